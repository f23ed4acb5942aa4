package org.copydesk.markup;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one gate every body passes, on the way in (typing, pasting, importing) and again on the way
 * out (preview, export): it keeps only the site's markup ({@code p h2 h3 strong em a img figure
 * figcaption blockquote ul ol li br}, tables as a plain grid, a credit as {@code small} in a caption),
 * links and images with safe schemes or relative paths, and nothing that runs, loads or styles.
 * Clean output is a fixed point: cleaning it again changes nothing.
 */
public final class Sanitizer {

    /** The elements a body may contain. */
    public static final Set<String> ALLOWED = Set.of(
            "p", "h2", "h3", "strong", "em", "a", "img", "figure", "figcaption", "blockquote", "ul", "ol", "li", "br",
            "table", "thead", "tbody", "tr", "th", "td", "small");

    /** Elements whose content is never prose: dropped with everything inside them. */
    private static final String DROPPED_WITH_CONTENT = String.join(", ",
            "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
            "applet", "svg", "math", "canvas", "audio", "video", "source", "track", "head", "title", "meta",
            "link", "base", "input", "button", "select", "option", "optgroup", "textarea", "datalist",
            "output", "progress", "meter", "param", "map", "area", "portal", "dialog", "xmp", "plaintext",
            "noembed", "noframes", "picture");

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final Pattern TAB_OR_NEWLINE = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern EDGE_CONTROLS = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Set<String> INLINE = Set.of("strong", "em", "a", "img", "br", "small", "#text");
    private static final String BASE = "https://copydesk.invalid/";

    private static final Safelist SAFELIST = new Safelist()
            .addTags(ALLOWED.toArray(String[]::new))
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private Sanitizer() {
    }

    /** The body reduced to the site's markup. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        normaliseTags(dirty.body());
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        Element body = clean.body();
        checkUrls(body);
        wrapLooseInline(body);
        dropEmptyBlocks(body);
        clean.outputSettings()
                .prettyPrint(false)
                .escapeMode(Entities.EscapeMode.base)
                .charset("UTF-8");
        return body.html().strip();
    }

    /** Maps what editors and word processors produce onto the site's markup before cleaning. */
    private static void normaliseTags(Element body) {
        body.select(DROPPED_WITH_CONTENT).remove();
        body.select("form").unwrap();
        // comments can hide conditional markup; they carry nothing a reader sees
        removeComments(body);
        tables(body);
        for (Element e : body.getAllElements()) {
            if (e.hasAttr(GRID) && (e.normalName().equals("td") || e.normalName().equals("th"))) {
                continue;
            }
            switch (e.normalName()) {
                case "b" -> e.tagName("strong");
                case "i", "cite", "dfn" -> e.tagName("em");
                case "h1" -> e.tagName("h2");
                case "h4", "h5", "h6" -> e.tagName("h3");
                case "div", "section", "article", "main", "header", "footer", "aside", "center", "address",
                        "pre", "dd", "dt", "td", "th", "caption" -> {
                    boolean hasBlocks = !e.select("> p, > h1, > h2, > h3, > h4, > h5, > h6, > ul, > ol, > blockquote, "
                            + "> figure, > div, > section, > table, > pre").isEmpty();
                    if (hasBlocks) {
                        e.unwrap();
                    } else {
                        e.tagName("p");
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Marks a table kept as a grid, and its cells, while the tags are mapped; the cleaning drops it. */
    private static final String GRID = "data-copydesk-grid";
    private static final String CELL_BLOCKS = "p, div, span, font";
    private static final String NOT_IN_A_CELL = "ul, ol, li, h1, h2, h3, h4, h5, h6, blockquote, figure, pre, section, article";

    /**
     * A table of data (two rows or more, two cells or more in each, words and pictures in its cells)
     * stays a table: a plain grid, its paragraphs in a cell joined by line breaks, its caption a
     * paragraph before it. Anything else built of tables (a page laid out in them, a table in a
     * table) is read as the paragraphs it holds.
     */
    private static void tables(Element body) {
        List<Element> all = body.select("table");
        for (int i = all.size() - 1; i >= 0; i--) {
            Element table = all.get(i);
            if (!grid(table)) {
                table.select("> caption").tagName("p");
                for (Element part : table.select("tr, thead, tbody, tfoot")) {
                    if (part.closest("table") == table) {
                        part.unwrap();
                    }
                }
                table.unwrap();
                continue;
            }
            for (Element caption : table.select("> caption")) {
                caption.tagName("p");
                table.before(caption);
            }
            table.select("tfoot").tagName("tbody");
            table.attr(GRID, "");
            for (Element cell : table.select("td, th")) {
                cell.attr(GRID, "");
                List<Element> blocks = cell.select(CELL_BLOCKS);
                for (Element b : blocks) {
                    if (!b.normalName().equals("span") && !b.normalName().equals("font") && b.nextElementSibling() != null) {
                        b.after("<br>");
                    }
                    b.unwrap();
                }
            }
        }
    }

    /** True for a table of data that stays a table (not a page laid out in tables). */
    public static boolean dataTable(Element table) {
        return grid(table);
    }

    private static boolean grid(Element table) {
        if (!table.select("table").stream().filter(t -> t != table).toList().isEmpty()) {
            return false;
        }
        List<Element> rows = table.select("tr");
        if (rows.size() < 2) {
            return false;
        }
        for (Element row : rows) {
            if (row.select("> td, > th").size() < 2) {
                return false;
            }
        }
        return table.select(NOT_IN_A_CELL).isEmpty();
    }

    private static void removeComments(Node node) {
        for (int i = node.childNodeSize() - 1; i >= 0; i--) {
            Node child = node.childNode(i);
            if (child.nodeName().equals("#comment")) {
                child.remove();
            } else {
                removeComments(child);
            }
        }
    }

    /**
     * A second look at every link and image after the library's check, in the browser's terms:
     * browsers ignore tabs, newlines and leading control characters in a URL, so {@code java\tscript:}
     * is {@code javascript:}. The URL is stored in the form the browser would read.
     */
    private static void checkUrls(Element body) {
        for (Element a : body.select("a")) {
            String href = safeUrl(a.attr("href"), LINK_SCHEMES);
            if (href == null) {
                a.unwrap();
            } else {
                a.attr("href", href);
            }
        }
        for (Element img : body.select("img")) {
            String src = safeUrl(img.attr("src"), IMAGE_SCHEMES);
            if (src == null) {
                img.remove();
            } else {
                img.attr("src", src);
            }
        }
    }

    /** The link as a browser would read it, or null if it is not a safe link (http, https, mailto, relative). */
    public static String safeLink(String url) {
        return safeUrl(url, LINK_SCHEMES);
    }

    static String safeUrl(String raw, Set<String> schemes) {
        if (raw == null) {
            return null;
        }
        // what a browser does before reading a URL: drop tabs and newlines, trim controls and spaces
        String url = EDGE_CONTROLS.matcher(TAB_OR_NEWLINE.matcher(raw).replaceAll("")).replaceAll("");
        if (url.isEmpty()) {
            return null;
        }
        var m = SCHEME.matcher(url);
        if (m.find()) {
            return schemes.contains(m.group(1).toLowerCase(Locale.ROOT)) ? url : null;
        }
        if (url.indexOf(':') >= 0) {
            String beforeColon = url.substring(0, url.indexOf(':'));
            if (!beforeColon.contains("/") && !beforeColon.contains("?") && !beforeColon.contains("#")) {
                // something that a lenient parser might still read as a scheme
                return null;
            }
        }
        if (url.startsWith("\\")) {
            return null;
        }
        return url;
    }

    /** Text and inline elements directly in the body belong in a paragraph; orphan list items in a list. */
    private static void wrapLooseInline(Element body) {
        List<Node> children = List.copyOf(body.childNodes());
        Element paragraph = null;
        for (Node child : children) {
            boolean inline = INLINE.contains(child.nodeName());
            if (child instanceof TextNode t && t.isBlank()) {
                if (paragraph != null) {
                    paragraph.appendChild(child);
                } else {
                    child.remove();
                }
                continue;
            }
            if (inline) {
                if (paragraph == null) {
                    paragraph = new Element("p");
                    child.before(paragraph);
                }
                paragraph.appendChild(child);
            } else {
                paragraph = null;
            }
        }
        for (Element li : body.select("li")) {
            Element parent = li.parent();
            if (parent != null && !parent.normalName().equals("ul") && !parent.normalName().equals("ol")) {
                li.wrap("<ul></ul>");
            }
        }
    }

    private static void dropEmptyBlocks(Element body) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Element e : body.select("p, h2, h3, li, blockquote, figure, figcaption, ul, ol, strong, em, a")) {
                if (e.select("img").isEmpty() && e.text().isBlank()) {
                    e.remove();
                    changed = true;
                }
            }
        }
        for (Element table : body.select("table")) {
            if (table.select("img").isEmpty() && table.text().isBlank()) {
                table.remove();
            }
        }
        // a credit is the small print of a caption, nowhere else
        for (Element small : body.select("small")) {
            if (small.closest("figcaption") == null) {
                small.unwrap();
            }
        }
        // white space between blocks is layout of the source, not content: drop it so output is canonical
        for (Element container : body.select("body, ul, ol, blockquote, figure, table, thead, tbody, tr")) {
            for (TextNode t : container.textNodes()) {
                if (t.isBlank()) {
                    t.remove();
                }
            }
        }
    }
}
