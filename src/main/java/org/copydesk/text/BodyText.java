package org.copydesk.text;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the plain text out of a body in the site's markup: its paragraphs and its counts. */
public final class BodyText {

    /** The elements that make a paragraph of their own, as the desk counts them. */
    private static final String BLOCKS = "p, h2, h3, li, figcaption, th, td, blockquote:not(:has(p, ul, ol))";

    private BodyText() {
    }

    /** The text of each paragraph, heading, list item, caption and table cell, in reading order, blanks skipped. */
    public static List<String> paragraphs(String bodyHtml) {
        Document doc = Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml);
        return blocks(doc.body()).stream().map(e -> normalise(e.wholeText())).toList();
    }

    /**
     * The elements under {@code root} that {@link #paragraphs} reads its paragraphs from, in the same
     * order (so paragraph {@code i} is the text of element {@code i}); {@code root} itself when the
     * body has text but no paragraph elements.
     */
    public static List<Element> blocks(Element root) {
        List<Element> out = new ArrayList<>();
        for (Element e : root.select(BLOCKS)) {
            if (e == root || !e.select(BLOCKS).stream().filter(inner -> inner != e).toList().isEmpty()) {
                continue;
            }
            if (!normalise(e.wholeText()).isEmpty()) {
                out.add(e);
            }
        }
        if (out.isEmpty() && !normalise(root.wholeText()).isEmpty()) {
            out.add(root);
        }
        return out;
    }

    /** All the body's text on one line per paragraph. */
    public static String plain(String bodyHtml) {
        return String.join("\n", paragraphs(bodyHtml));
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");

    /**
     * The body's text without parsing it: tags become spaces, entities are decoded. For statistics
     * over many articles (training a classifier), where {@link #plain}'s paragraph structure is not needed.
     */
    public static String quickText(String bodyHtml) {
        return org.jsoup.parser.Parser.unescapeEntities(TAG.matcher(bodyHtml == null ? "" : bodyHtml).replaceAll(" "), false);
    }

    /** Characters as a Chinese desk counts them (字数): every code point that is not white space. */
    public static int characterCount(String text) {
        return (int) text.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000 && cp != 0xA0).count();
    }

    /** Counts of one body, for the status bar. */
    public record Stats(int characters, int paragraphs) {
    }

    public static Stats stats(String bodyHtml) {
        List<String> ps = paragraphs(bodyHtml);
        int chars = ps.stream().mapToInt(BodyText::characterCount).sum();
        return new Stats(chars, ps.size());
    }

    /** A paragraph's text as the desk reads it: white space runs become one space, ends trimmed. */
    public static String normalise(String s) {
        return s.replace('\u00A0', ' ').replaceAll("[ \\t\\r\\n]+", " ").strip();
    }
}
