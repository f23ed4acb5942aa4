// Table editing in the body: op is 'row' (a row below the caret's), 'column' (a column right of
// the caret's), 'deleteRow', 'deleteColumn'. The caret's cell decides where; returns false when the
// caret is not in a table. A table always keeps its header row and at least one row and two columns.
(function (op) {
    var sel = window.getSelection();
    if (!sel.rangeCount) return false;
    var node = sel.anchorNode;
    while (node && node.nodeType !== 1) node = node.parentNode;
    var cell = node ? node.closest('td, th') : null;
    if (!cell || !document.getElementById('doc').contains(cell)) return false;
    var row = cell.parentNode, table = row.closest('table');
    var rows = table.querySelectorAll('tr');
    var index = Array.prototype.indexOf.call(row.children, cell);
    function place(c) {
        var r = document.createRange();
        r.selectNodeContents(c);
        r.collapse(true);
        sel.removeAllRanges();
        sel.addRange(r);
    }
    if (op === 'row') {
        var fresh = document.createElement('tr');
        for (var i = 0; i < row.children.length; i++) {
            var td = document.createElement('td');
            td.appendChild(document.createElement('br'));
            fresh.appendChild(td);
        }
        if (row.parentNode.tagName === 'THEAD') {
            var body = table.querySelector('tbody');
            if (!body) { body = document.createElement('tbody'); table.appendChild(body); }
            body.insertBefore(fresh, body.firstChild);
        } else {
            row.parentNode.insertBefore(fresh, row.nextSibling);
        }
        place(fresh.children[Math.min(index, fresh.children.length - 1)]);
        return true;
    }
    if (op === 'column') {
        for (var k = 0; k < rows.length; k++) {
            var ref = rows[k].children[index];
            var c = document.createElement(rows[k].children[0] && rows[k].children[0].tagName === 'TH' ? 'th' : 'td');
            c.appendChild(document.createElement('br'));
            rows[k].insertBefore(c, ref ? ref.nextSibling : null);
        }
        place(row.children[index + 1]);
        return true;
    }
    if (op === 'deleteRow') {
        if (row.parentNode.tagName === 'THEAD' || rows.length <= 2) return false;
        var next = row.nextElementSibling || row.previousElementSibling;
        row.parentNode.removeChild(row);
        if (next) place(next.children[Math.min(index, next.children.length - 1)]);
        return true;
    }
    if (op === 'deleteColumn') {
        if (row.children.length <= 2) return false;
        for (var n = 0; n < rows.length; n++) {
            var gone = rows[n].children[index];
            if (gone) rows[n].removeChild(gone);
        }
        place(row.children[Math.min(index, row.children.length - 1)]);
        return true;
    }
    return false;
})
