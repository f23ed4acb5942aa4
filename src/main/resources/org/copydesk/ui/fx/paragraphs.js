// The paragraphs of a body as the desk counts them (p, h2, h3, li, figcaption, table cells, a
// quotation without paragraphs of its own; blanks skipped; the root itself when it has text but no
// paragraphs), and where each character of a paragraph's text is: a run of white space counts once,
// ends trimmed. The same reading as the desk's own (BodyText), so offsets from a check or a search
// land on the same characters here.
function cdParagraphs(root) {
    var SELECTOR = 'p, h2, h3, li, figcaption, th, td, blockquote';
    function isBlock(e) { return !(e.tagName === 'BLOCKQUOTE' && e.querySelector('p, ul, ol')); }
    function normal(s) { return s.replace(/\u00A0/g, ' ').replace(/[ \t\r\n]+/g, ' ').trim(); }
    var blocks = [];
    var all = root.querySelectorAll(SELECTOR);
    for (var b = 0; b < all.length; b++) {
        var e = all[b];
        if (!isBlock(e)) continue;
        var inner = e.querySelectorAll(SELECTOR), nested = false;
        for (var k = 0; k < inner.length; k++) { if (isBlock(inner[k])) { nested = true; break; } }
        if (nested) continue;
        if (normal(e.textContent) !== '') blocks.push(e);
    }
    if (blocks.length === 0 && normal(root.textContent) !== '') blocks.push(root);
    return blocks;
}
function cdPlaces(block) {
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, null, false);
    var at = [], text = '', pending = false, node;
    while ((node = walker.nextNode())) {
        var raw = node.nodeValue;
        for (var j = 0; j < raw.length; j++) {
            var c = raw.charAt(j);
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00A0') { pending = text.length > 0; continue; }
            if (pending) { at.push([node, j]); text += ' '; pending = false; }
            at.push([node, j]);
            text += c;
        }
    }
    return { at: at, text: text };
}
