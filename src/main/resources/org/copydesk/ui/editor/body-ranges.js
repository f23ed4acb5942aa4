// Finds a range of a body paragraph in the editor by the offsets a proofreading check gives: the
// paragraphs are counted as the desk counts them (p, h2, h3, li, figcaption, table cells, a quotation without
// paragraphs of its own), and offsets count a run of white space once, ends trimmed.
(function (paragraph, start, end, expected, replacement) {
    var doc = document.getElementById('doc');
    var SELECTOR = 'p, h2, h3, li, figcaption, th, td, blockquote';
    function isBlock(e) {
        if (e.tagName === 'BLOCKQUOTE' && e.querySelector('p, ul, ol')) return false;
        return true;
    }
    function normal(s) { return s.replace(/\u00A0/g, ' ').replace(/[ \t\r\n]+/g, ' ').trim(); }
    var blocks = [];
    var all = doc.querySelectorAll(SELECTOR);
    for (var i = 0; i < all.length; i++) {
        var e = all[i];
        if (!isBlock(e)) continue;
        var inner = e.querySelectorAll(SELECTOR);
        var nested = false;
        for (var k = 0; k < inner.length; k++) { if (isBlock(inner[k])) { nested = true; break; } }
        if (nested) continue;
        if (normal(e.textContent) !== '') blocks.push(e);
    }
    if (blocks.length === 0 && normal(doc.textContent) !== '') blocks.push(doc);
    if (paragraph < 0 || paragraph >= blocks.length) return null;
    var block = blocks[paragraph];
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, null, false);
    var at = [];
    var text = '';
    var pending = false;
    var node;
    while ((node = walker.nextNode())) {
        var raw = node.nodeValue;
        for (var j = 0; j < raw.length; j++) {
            var c = raw.charAt(j);
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00A0') {
                pending = text.length > 0;
                continue;
            }
            if (pending) { at.push([node, j]); text += ' '; pending = false; }
            at.push([node, j]);
            text += c;
        }
    }
    if (start < 0 || end > text.length || start >= end) return null;
    if (expected !== null && text.substring(start, end) !== expected) return null;
    var range = document.createRange();
    range.setStart(at[start][0], at[start][1]);
    var last = at[end - 1];
    range.setEnd(last[0], last[1] + 1);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    var rect = range.getBoundingClientRect();
    window.scrollBy(0, rect.top - window.innerHeight / 3);
    if (replacement !== null) {
        doc.focus();
        document.execCommand('insertText', false, replacement);
    }
    return text.substring(start, end);
})
