package org.copydesk.markup;

import java.util.List;
import org.copydesk.text.clean.CleanReport;
import org.copydesk.text.clean.CleanStep;
import org.copydesk.text.clean.Cleaner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Runs the cleaning pipeline over a body in the site's markup: every text node is cleaned, the
 * edges of every paragraph are trimmed (indentation such as 　　 goes), and the markup is kept.
 * The body is sanitised before and after.
 */
public final class BodyCleaner {

    private static final String BLOCKS = "p, h2, h3, li, figcaption, th, td, blockquote";

    private BodyCleaner() {
    }

    public static String clean(String bodyHtml, Cleaner cleaner, CleanReport report) {
        Element body = Jsoup.parseBodyFragment(Sanitizer.clean(bodyHtml)).body();
        List<TextNode> texts = new java.util.ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                texts.add(t);
            }
        }, body);
        // paragraphs numbered as the article will number them: blocks in reading order that have text
        java.util.Map<Element, Integer> paragraphOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            TextNode t = texts.get(i);
            Element block = t.parent() == null ? null : t.parent().closest(BLOCKS);
            report.at("body", block == null ? -1 : paragraphOf.computeIfAbsent(block, k -> paragraphOf.size()));
            String before = i > 0 && sameBlock(texts.get(i - 1), block) ? lastChar(texts.get(i - 1).getWholeText()) : "";
            String after = i + 1 < texts.size() && sameBlock(texts.get(i + 1), block) ? firstChar(texts.get(i + 1).getWholeText()) : "";
            t.text(cleaner.cleanPiece(t.getWholeText(), report, before, after));
        }
        CleanStep.Counter trimmed = new CleanStep.Counter();
        for (Element block : body.select(BLOCKS)) {
            if (!block.textNodes().isEmpty() || !block.children().isEmpty()) {
                TextNode first = firstText(block);
                TextNode last = lastText(block);
                if (first != null) {
                    first.text(leading(first.getWholeText(), trimmed));
                }
                if (last != null) {
                    last.text(trailing(last.getWholeText(), trimmed));
                }
            }
        }
        report.count("punctuation", trimmed.count());
        body.ownerDocument().outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return Sanitizer.clean(body.html());
    }

    private static boolean sameBlock(TextNode t, Element block) {
        return block != null && t.parent() != null && t.parent().closest(BLOCKS) == block;
    }

    private static String lastChar(String s) {
        return s.isEmpty() ? "" : s.substring(s.length() - 1);
    }

    private static String firstChar(String s) {
        return s.isEmpty() ? "" : s.substring(0, 1);
    }

    private static TextNode firstText(Node n) {
        for (Node c : n.childNodes()) {
            if (c instanceof TextNode t) {
                return t;
            }
            if (c instanceof Element e && !e.normalName().equals("br")) {
                TextNode inner = firstText(c);
                if (inner != null) {
                    return inner;
                }
            }
            if (c instanceof Element) {
                return null;
            }
        }
        return null;
    }

    private static TextNode lastText(Node n) {
        for (int i = n.childNodeSize() - 1; i >= 0; i--) {
            Node c = n.childNode(i);
            if (c instanceof TextNode t) {
                return t;
            }
            if (c instanceof Element) {
                return lastText(c);
            }
        }
        return null;
    }

    private static String leading(String s, CleanStep.Counter c) {
        String r = s.replaceFirst("^[\\s\\u00A0\\u3000]+", "");
        if (!r.equals(s) && !s.isBlank()) {
            c.add(1);
        }
        return r;
    }

    private static String trailing(String s, CleanStep.Counter c) {
        String r = s.replaceFirst("[\\s\\u00A0\\u3000]+$", "");
        if (!r.equals(s) && !s.isBlank()) {
            c.add(1);
        }
        return r;
    }
}
