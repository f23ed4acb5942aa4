// Marks the matches of a search in a page: ranges are [paragraph, start, end] in the paragraphs as
// the desk counts them (paragraphs.js). Earlier marks are taken away first;
// the match numbered `current` is outlined and scrolled into view. A match that runs across bold or
// link boundaries is left unmarked (the selection still shows it). Returns how many were marked.
(function (rootSelector, ranges, current) {
    var old = document.querySelectorAll('mark.cd-find');
    for (var i = 0; i < old.length; i++) {
        var m = old[i], parent = m.parentNode;
        while (m.firstChild) parent.insertBefore(m.firstChild, m);
        parent.removeChild(m);
        parent.normalize();
    }
    var root = document.querySelector(rootSelector);
    if (!root || ranges.length === 0) return 0;
    var blocks = cdParagraphs(root);
    // from the last range back, so the places of earlier ones stay where they were
    var order = ranges.map(function (r, n) { return [r[0], r[1], r[2], n]; });
    order.sort(function (x, y) { return x[0] !== y[0] ? y[0] - x[0] : y[1] - x[1]; });
    var marked = 0, currentMark = null;
    for (var r = 0; r < order.length; r++) {
        var p = order[r][0], s = order[r][1], t = order[r][2];
        if (p < 0 || p >= blocks.length) continue;
        var at = cdPlaces(blocks[p]).at;
        if (s < 0 || t > at.length || s >= t) continue;
        var first = at[s], last = at[t - 1];
        if (first[0] !== last[0]) continue;
        var range = document.createRange();
        range.setStart(first[0], first[1]);
        range.setEnd(last[0], last[1] + 1);
        var mark = document.createElement('mark');
        mark.className = order[r][3] === current ? 'cd-find cd-find-current' : 'cd-find';
        // styled through the object model: a published page's security policy refuses style sheets written into it
        mark.style.backgroundColor = order[r][3] === current ? '#ff9f43' : '#ffe58a';
        mark.style.color = 'inherit';
        if (order[r][3] === current) mark.style.outline = '2px solid #d9480f';
        range.surroundContents(mark);
        if (order[r][3] === current) currentMark = mark;
        marked++;
    }
    if (currentMark) {
        var rect = currentMark.getBoundingClientRect();
        if (rect.top < 0 || rect.bottom > window.innerHeight) window.scrollBy(0, rect.top - window.innerHeight / 3);
    }
    return marked;
})
