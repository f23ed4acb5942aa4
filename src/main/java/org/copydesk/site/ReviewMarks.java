package org.copydesk.site;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Note;
import org.copydesk.domain.Severity;
import org.copydesk.l10n.Messages;
import org.copydesk.text.BodyText;
import org.copydesk.text.TextDiff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The review copy of a page: every finding marked where it is ({@code <mark class="cd-finding">}
 * with the finding's index and message), notes beside their paragraphs, and a bar at the top with the
 * counts and the findings about fields. Only the preview shows this copy; the exported page is
 * rendered without it.
 */
public final class ReviewMarks {

    /** The stylesheet of the marks, written next to the preview's pages (never into an export). */
    public static final String STYLESHEET = "review.css";

    private ReviewMarks() {
    }

    /**
     * Marks the page body (as the renderer puts it on the page) with the body's findings and notes.
     *
     * @param findings every finding of the article; a mark carries its index in this list
     */
    public static String body(String pageBodyHtml, List<Finding> findings, List<Note> notes) {
        Document doc = Jsoup.parseBodyFragment(pageBodyHtml);
        List<Element> blocks = BodyText.blocks(doc.body());
        Map<Integer, List<Integer>> byParagraph = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (Finding.BODY.equals(f.field()) && f.paragraph() >= 0) {
                byParagraph.computeIfAbsent(f.paragraph(), k -> new ArrayList<>()).add(i);
            }
        }
        byParagraph.forEach((p, indexes) -> {
            if (p < blocks.size()) {
                mark(blocks.get(p), findings, indexes);
            }
        });
        for (Note n : notes) {
            if (n.paragraph() >= 0 && n.paragraph() < blocks.size()) {
                Element block = blocks.get(n.paragraph());
                Element aside = noteElement(n);
                if (block == doc.body()) {
                    block.prependChild(aside);
                } else {
                    block.before(aside);
                }
            }
        }
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return doc.body().html();
    }

    /**
     * Finishes a review copy: the stylesheet link, the bar with the counts, the field findings and the
     * notes on the whole article, and marks on the title, subtitle and summary where the page shows them.
     *
     * @param stylesheetHref where {@link #STYLESHEET} is, relative to the page
     */
    public static void page(Document doc, List<Finding> findings, List<Note> notes, Map<String, String> fields,
                            String stylesheetHref) {
        Messages m = Messages.get();
        Element body = doc.body();
        Element bar = new Element("div").addClass("cd-review");
        bar.appendElement("link").attr("rel", "stylesheet").attr("href", stylesheetHref);
        Map<Severity, Long> counts = findings.stream().collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
        long open = notes.stream().filter(Note::open).count();
        Element summary = bar.appendElement("p").addClass("cd-counts");
        for (Severity s : Severity.values()) {
            summary.appendElement("span").addClass("cd-count").addClass(severityClass(s))
                    .text(m.get("review.count." + s.code(), counts.getOrDefault(s, 0L)));
        }
        summary.appendElement("span").addClass("cd-count").addClass("cd-notes").text(m.get("review.count.notes", open));
        Element list = new Element("ul").addClass("cd-field-findings");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!Finding.BODY.equals(f.field())) {
                list.appendElement("li").addClass("cd-finding").addClass(severityClass(f.severity()))
                        .attr("data-finding", Integer.toString(i))
                        .text(m.get("field." + f.field()) + m.get("review.colon") + f.message());
            }
        }
        if (list.childrenSize() > 0) {
            bar.appendChild(list);
        }
        for (Note n : notes) {
            if (n.paragraph() < 0) {
                bar.appendChild(noteElement(n));
            }
        }
        body.prependChild(bar);
        for (String field : List.of("title", "subtitle", "summary")) {
            String value = fields.getOrDefault(field, "");
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                if (f.field().equals(field) && f.end() > f.start() && f.end() <= value.length()
                        && !f.rule().equals("title-length") && !f.rule().equals("required-field")) {
                    indexes.add(i);
                }
            }
            if (indexes.isEmpty() || value.isBlank()) {
                continue;
            }
            body.select("*").stream()
                    .filter(e -> e != body && !e.hasClass("cd-review") && e.children().isEmpty()
                            && BodyText.normalise(e.wholeText()).equals(value.strip()))
                    .findFirst()
                    .ifPresent(e -> mark(e, findings, indexes));
        }
    }

    private static Element noteElement(Note n) {
        Messages m = Messages.get();
        Element aside = new Element("aside").addClass("cd-note").addClass(n.open() ? "cd-open" : "cd-resolved")
                .attr("data-note", Long.toString(n.id()));
        aside.appendElement("span").addClass("cd-note-head")
                .text(m.get(n.open() ? "review.note.open" : "review.note.resolved", n.author()));
        if (!n.anchor().isEmpty()) {
            aside.appendElement("q").text(n.anchor());
        }
        aside.appendElement("span").addClass("cd-note-body").text(n.body());
        return aside;
    }

    private static String severityClass(Severity s) {
        return "cd-" + s.code();
    }

    /**
     * Wraps the characters each finding covers (offsets in the element's text as {@link BodyText}
     * reads it) in marks. Overlapping findings share a mark that lists them all, so marks never nest.
     */
    private static void mark(Element block, List<Finding> findings, List<Integer> indexes) {
        List<TextNode> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                nodes.add(t);
            }
        }, block);
        // the normalised position of every raw character: runs of white space count once, ends are trimmed
        List<int[]> positions = new ArrayList<>();
        int pos = 0;
        boolean pendingSpace = false;
        boolean any = false;
        StringBuilder normal = new StringBuilder();
        for (TextNode t : nodes) {
            String raw = t.getWholeText();
            int[] at = new int[raw.length()];
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0') {
                    pendingSpace = any;
                    at[i] = -1;
                    continue;
                }
                if (pendingSpace) {
                    normal.append(' ');
                    pos++;
                    pendingSpace = false;
                }
                at[i] = pos++;
                normal.append(c);
                any = true;
            }
            positions.add(at);
        }
        if (!normal.toString().equals(BodyText.normalise(block.wholeText()))) {
            return; // the text is not laid out as the check read it: leave it unmarked rather than mark the wrong words
        }
        BitSet[] cover = new BitSet[pos];
        for (int idx : indexes) {
            Finding f = findings.get(idx);
            int start = Math.max(0, f.start());
            int end = Math.min(pos, Math.max(f.end(), start + 1));
            for (int p = start; p < end; p++) {
                if (cover[p] == null) {
                    cover[p] = new BitSet();
                }
                cover[p].set(idx);
            }
        }
        for (int n = 0; n < nodes.size(); n++) {
            replace(nodes.get(n), positions.get(n), cover, findings);
        }
    }

    private static void replace(TextNode t, int[] at, BitSet[] cover, List<Finding> findings) {
        String raw = t.getWholeText();
        if (raw.isEmpty()) {
            return;
        }
        // white space the check did not count goes with the character before it
        BitSet[] here = new BitSet[raw.length()];
        for (int i = 0; i < raw.length(); i++) {
            here[i] = at[i] >= 0 ? cover[at[i]] : (i > 0 ? here[i - 1] : null);
        }
        List<Node> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= raw.length(); i++) {
            if (i == raw.length() || !Objects.equals(here[i], here[from])) {
                pieces.add(piece(raw.substring(from, i), here[from], findings));
                from = i;
            }
        }
        if (pieces.size() == 1 && pieces.get(0) instanceof TextNode) {
            return;
        }
        for (Node p : pieces) {
            t.before(p);
        }
        t.remove();
    }

    private static Node piece(String text, BitSet cover, List<Finding> findings) {
        if (cover == null || cover.isEmpty()) {
            return new TextNode(text);
        }
        Severity worst = Severity.HINT;
        List<String> ids = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (int i = cover.nextSetBit(0); i >= 0; i = cover.nextSetBit(i + 1)) {
            Finding f = findings.get(i);
            if (f.severity().ordinal() < worst.ordinal()) {
                worst = f.severity();
            }
            ids.add(Integer.toString(i));
            messages.add(f.message());
        }
        Element mark = new Element("mark").addClass("cd-finding").addClass(severityClass(worst))
                .attr("data-finding", String.join(" ", ids)).attr("title", String.join("\n", messages));
        mark.appendText(text);
        return mark;
    }

    // ---- comparing revisions ---------------------------------------------------------------------

    /** A body showing the changes between two revisions: insertions and deletions marked in each paragraph. */
    public static String comparisonBody(List<TextDiff.Paragraph> paragraphs) {
        return comparisonBody(paragraphs, "", "");
    }

    /** The block elements a comparison keeps as they are; anything else (a list item, a caption) shows as a paragraph. */
    private static final java.util.Set<String> KEPT_BLOCKS = java.util.Set.of("p", "h2", "h3", "blockquote");

    /**
     * The comparison as the article's body, in the markup of the revisions compared: each paragraph
     * keeps its kind (heading, quotation) and its bold, emphasis and links, with the changes marked
     * inside them. A paragraph whose markup cannot be lined up with its text is shown as plain text.
     *
     * @param beforeHtml the older revision's body, whose paragraphs the deleted ones are taken from
     * @param afterHtml  the newer revision's body
     */
    public static String comparisonBody(List<TextDiff.Paragraph> paragraphs, String beforeHtml, String afterHtml) {
        List<Element> before = org.copydesk.text.BodyText.blocks(org.jsoup.Jsoup.parseBodyFragment(beforeHtml).body());
        List<Element> after = org.copydesk.text.BodyText.blocks(org.jsoup.Jsoup.parseBodyFragment(afterHtml).body());
        int ib = 0;
        int ia = 0;
        Element root = new Element("div");
        for (TextDiff.Paragraph p : paragraphs) {
            Element source = switch (p.op()) {
                case DELETED -> ib < before.size() ? before.get(ib++) : null;
                case INSERTED -> ia < after.size() ? after.get(ia++) : null;
                default -> {
                    ib++;
                    yield ia < after.size() ? after.get(ia++) : null;
                }
            };
            Element para = source != null && marked(source, p.spans()) ? source.clone() : null;
            if (para == null) {
                para = new Element(source != null && KEPT_BLOCKS.contains(source.tagName()) ? source.tagName() : "p");
                spans(para, p.spans());
            } else {
                para.clearAttributes();
                if (!KEPT_BLOCKS.contains(para.tagName())) {
                    para.tagName("p");
                }
                mark(para, p.spans());
            }
            if (p.op() == TextDiff.Op.INSERTED) {
                para.addClass("cd-ins-block");
            } else if (p.op() == TextDiff.Op.DELETED) {
                para.addClass("cd-del-block");
            }
            root.appendChild(para);
        }
        return root.html();
    }

    /** True when the element's text is exactly the text its spans say it is (so the marks can go inside its markup). */
    private static boolean marked(Element e, List<TextDiff.Span> spans) {
        StringBuilder expected = new StringBuilder();
        boolean deletedWhole = spans.stream().allMatch(s -> s.op() == TextDiff.Op.DELETED);
        for (TextDiff.Span s : spans) {
            if (deletedWhole || s.op() != TextDiff.Op.DELETED) {
                expected.append(s.text());
            }
        }
        return textNodes(e).stream().map(org.jsoup.nodes.TextNode::getWholeText).collect(java.util.stream.Collectors.joining())
                .contentEquals(expected);
    }

    private static List<org.jsoup.nodes.TextNode> textNodes(Element e) {
        List<org.jsoup.nodes.TextNode> out = new java.util.ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t && !t.getWholeText().isEmpty()) {
                out.add(t);
            }
        }, e);
        return out;
    }

    /**
     * Marks the spans inside an element whose text they cover: kept text stays as it is, inserted text
     * is wrapped in {@code <ins>} where it lies (inside a link or bold as it may be), deleted text is
     * put back as {@code <del>} where it was. A paragraph deleted whole has all of its text marked.
     */
    private static void mark(Element e, List<TextDiff.Span> spans) {
        List<org.jsoup.nodes.TextNode> nodes = textNodes(e);
        if (spans.stream().allMatch(s -> s.op() == TextDiff.Op.DELETED)) {
            nodes.forEach(t -> t.wrap("<del class=\"cd-del\"></del>"));
            return;
        }
        int node = 0;
        int offset = 0;
        for (TextDiff.Span s : spans) {
            if (s.op() == TextDiff.Op.DELETED) {
                Element del = new Element("del").addClass("cd-del").text(s.text());
                if (node < nodes.size()) {
                    org.jsoup.nodes.TextNode at = nodes.get(node);
                    if (offset > 0) {
                        at = at.splitText(offset);
                        nodes.set(node, at);
                        offset = 0;
                    }
                    at.before(del);
                } else if (!nodes.isEmpty()) {
                    nodes.get(nodes.size() - 1).after(del);
                } else {
                    e.appendChild(del);
                }
                continue;
            }
            int left = s.text().length();
            while (left > 0 && node < nodes.size()) {
                org.jsoup.nodes.TextNode t = nodes.get(node);
                if (offset > 0) {
                    t = t.splitText(offset);
                    nodes.set(node, t);
                    offset = 0;
                }
                int len = t.getWholeText().length();
                if (left < len) {
                    org.jsoup.nodes.TextNode rest = t.splitText(left);
                    if (s.op() == TextDiff.Op.INSERTED) {
                        t.wrap("<ins class=\"cd-ins\"></ins>");
                    }
                    nodes.set(node, rest);
                    left = 0;
                } else {
                    if (s.op() == TextDiff.Op.INSERTED) {
                        t.wrap("<ins class=\"cd-ins\"></ins>");
                    }
                    left -= len;
                    node++;
                }
            }
        }
    }

    /**
     * Puts the comparison's heading and the changed fields at the top of the page.
     *
     * @param fields a label for each changed field with the changes in it
     */
    public static void comparisonBar(Document doc, String heading, Map<String, List<TextDiff.Span>> fields,
                                     String stylesheetHref) {
        Element bar = new Element("div").addClass("cd-compare");
        bar.appendElement("link").attr("rel", "stylesheet").attr("href", stylesheetHref);
        bar.appendElement("p").text(heading);
        if (!fields.isEmpty()) {
            Element dl = bar.appendElement("dl");
            fields.forEach((label, spans) -> {
                dl.appendElement("dt").text(label);
                spans(dl.appendElement("dd"), spans);
            });
        }
        doc.body().prependChild(bar);
    }

    private static void spans(Element parent, List<TextDiff.Span> spans) {
        for (TextDiff.Span s : spans) {
            switch (s.op()) {
                case SAME -> parent.appendText(s.text());
                case INSERTED -> parent.appendElement("ins").addClass("cd-ins").text(s.text());
                case DELETED -> parent.appendElement("del").addClass("cd-del").text(s.text());
                default -> throw new IllegalStateException();
            }
        }
    }
}
