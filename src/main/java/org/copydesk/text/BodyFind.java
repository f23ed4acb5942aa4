package org.copydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.copydesk.domain.FindQuery;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Find and replace in a body's words, never in its markup: paragraphs are read as the desk reads
 * them ({@link BodyText#paragraphs}), so a match is placed by paragraph and offset like a finding,
 * and a replacement changes the text where the match was, inside whatever bold or link holds it.
 * A match that runs across a bold word and the plain words beside it is replaced in the first
 * piece and taken out of the others.
 */
public final class BodyFind {

    /** One match in the body: paragraph {@code paragraph}, characters [start, end) of its text. */
    public record Hit(int paragraph, int start, int end, String text, String replacement, String paragraphText) {
    }

    private BodyFind() {
    }

    /** Every match in the body, paragraph by paragraph. */
    public static List<Hit> find(String bodyHtml, FindQuery q, Pattern p) {
        List<Hit> out = new ArrayList<>();
        List<String> paragraphs = BodyText.paragraphs(bodyHtml);
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            for (FindQuery.Match m : q.matches(p, text)) {
                out.add(new Hit(i, m.start(), m.end(), m.text(), m.replacement(), text));
            }
        }
        return out;
    }

    /** The body with every match replaced (the same string when nothing matches). */
    public static String replace(String bodyHtml, FindQuery q, Pattern p) {
        return replace(bodyHtml, q, p, -1, -1);
    }

    /**
     * The body with one match replaced: the match that starts at {@code start} in paragraph
     * {@code paragraph} (all of them when {@code paragraph} is negative).
     */
    public static String replace(String bodyHtml, FindQuery q, Pattern p, int paragraph, int start) {
        if (bodyHtml == null || bodyHtml.isEmpty()) {
            return bodyHtml == null ? "" : bodyHtml;
        }
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        List<Element> blocks = BodyText.blocks(doc.body());
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            if (paragraph >= 0 && i != paragraph) {
                continue;
            }
            Places places = new Places(blocks.get(i));
            List<FindQuery.Match> ms = q.matches(p, places.text.toString());
            if (paragraph >= 0) {
                ms = ms.stream().filter(m -> m.start() == start).toList();
            }
            // from the last match back, so earlier places stay where they were
            for (int k = ms.size() - 1; k >= 0; k--) {
                places.replace(ms.get(k));
                changed = true;
            }
        }
        if (!changed) {
            return bodyHtml;
        }
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return doc.body().html();
    }

    /** A paragraph's text as the desk reads it, and where each of its characters is in the page's text nodes. */
    private static final class Places {
        final StringBuilder text = new StringBuilder();
        final List<TextNode> nodes = new ArrayList<>();
        final List<Integer> offsets = new ArrayList<>();

        Places(Element block) {
            boolean[] pending = {false};
            NodeTraversor.traverse((node, depth) -> {
                if (!(node instanceof TextNode t)) {
                    return;
                }
                String raw = t.getWholeText();
                for (int j = 0; j < raw.length(); j++) {
                    char c = raw.charAt(j);
                    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0') {
                        pending[0] = text.length() > 0;
                        continue;
                    }
                    if (pending[0]) {
                        add(t, j, ' ');
                        pending[0] = false;
                    }
                    add(t, j, c);
                }
            }, block);
            // the ends trimmed as BodyText trims them (an ideographic space too), so offsets agree
            int from = 0;
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int to = text.length();
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from > 0 || to < text.length()) {
                text.delete(to, text.length()).delete(0, from);
                nodes.subList(to, nodes.size()).clear();
                nodes.subList(0, from).clear();
                offsets.subList(to, offsets.size()).clear();
                offsets.subList(0, from).clear();
            }
        }

        private void add(TextNode node, int offset, char c) {
            nodes.add(node);
            offsets.add(offset);
            text.append(c);
        }

        /** Puts the replacement where the match starts and takes the rest of the match out of the page. */
        void replace(FindQuery.Match m) {
            TextNode first = nodes.get(m.start());
            TextNode last = nodes.get(m.end() - 1);
            int from = offsets.get(m.start());
            int to = offsets.get(m.end() - 1) + 1;
            if (first == last) {
                String w = first.getWholeText();
                first.text(w.substring(0, from) + m.replacement() + w.substring(to));
                return;
            }
            String w = first.getWholeText();
            first.text(w.substring(0, from) + m.replacement());
            TextNode previous = first;
            for (int k = m.start() + 1; k < m.end(); k++) {
                TextNode n = nodes.get(k);
                if (n == previous) {
                    continue;
                }
                previous = n;
                String nw = n.getWholeText();
                n.text(n == last ? nw.substring(to) : "");
            }
        }
    }
}
