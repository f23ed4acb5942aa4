// Finds a range of a body paragraph in the editor by the offsets a proofreading check gives, the
// paragraphs and offsets read as the desk reads them (paragraphs.js).
(function (paragraph, start, end, expected, replacement) {
    var doc = document.getElementById('doc');
    var blocks = cdParagraphs(doc);
    if (paragraph < 0 || paragraph >= blocks.length) return null;
    var places = cdPlaces(blocks[paragraph]);
    var at = places.at;
    var text = places.text;
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
