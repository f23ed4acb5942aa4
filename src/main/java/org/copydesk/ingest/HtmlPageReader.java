package org.copydesk.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.markup.Images;
import org.copydesk.markup.Sanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML page ({@code .html}, {@code .htm}, {@code .shtml}) into lines: every block that holds
 * text of its own becomes a line, with its markup, so that the recogniser sees the page the way a
 * reader does (navigation, breadcrumb, title, dateline, paragraphs, furniture). Images saved beside
 * the page or embedded in it are read and stored; remote images cannot be fetched offline and are
 * dropped, with a note.
 */
public final class HtmlPageReader {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "td",
            "th", "blockquote", "pre", "figcaption", "div", "section", "article", "header", "footer", "nav", "aside",
            "main", "ul", "ol", "table", "tr", "tbody", "thead", "figure", "form", "center", "dl", "address", "span.line");
    private static final String NOT_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, math, "
            + "canvas, audio, video, select, button, input, textarea, form label, link, meta, head";

    private HtmlPageReader() {
    }

    public static RawPage read(byte[] bytes, Path file) {
        String where = file.toString();
        TextDecoder.Decoded d = TextDecoder.decode(bytes, TextDecoder.declared(bytes), where);
        Document doc = Jsoup.parse(d.text(), file.toUri().toString());
        doc.outputSettings().prettyPrint(false);
        Map<String, String> hints = new LinkedHashMap<>();
        String title = doc.title().strip();
        if (!title.isEmpty()) {
            hints.put("title", title);
        }
        Element keywords = doc.selectFirst("meta[name=keywords]");
        if (keywords != null && !keywords.attr("content").isBlank()) {
            hints.put("keywords", keywords.attr("content").strip());
        }
        Element description = doc.selectFirst("meta[name=description]");
        if (description != null && !description.attr("content").isBlank()) {
            hints.put("description", description.attr("content").strip());
        }
        doc.select(NOT_CONTENT).remove();
        List<ImageAsset> images = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (d.truncated()) {
            notes.add("truncated");
        }
        for (Element img : doc.select("img")) {
            resolveImage(img, file, images, notes);
        }
        List<PageLine> lines = new ArrayList<>();
        collect(doc.body(), lines);
        return new RawPage(d.charset(), lines, images, hints, notes);
    }

    /** Emits the blocks under {@code e} that hold text (or an image) of their own. */
    private static void collect(Element e, List<PageLine> lines) {
        if (e == null) {
            return;
        }
        if (e.normalName().equals("figure")) {
            // a figure stays whole: its picture and its caption belong together
            lines.add(new PageLine(e.text().strip(), e.html().strip(), e.select("img").isEmpty() ? "p" : "figure"));
            return;
        }
        if (e.normalName().equals("table") && !e.text().isBlank() && Sanitizer.dataTable(e)) {
            // a table of data stays a table; a page laid out in tables is read line by line
            lines.add(new PageLine(e.text().strip(), e.outerHtml().strip(), "table"));
            return;
        }
        if (e.normalName().equals("blockquote") && !e.text().isBlank()) {
            // so does a quotation, paragraphs and all
            lines.add(new PageLine(e.text().strip(), e.html().strip(), "blockquote"));
            return;
        }
        boolean hasBlockChild = e.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()) || c.normalName().equals("br") && isLineBreakContainer(e));
        if (!hasBlockChild) {
            emit(e, lines);
            return;
        }
        // loose text between block children becomes lines of its own
        StringBuilder loose = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof Element c && (BLOCKS.contains(c.normalName()) || c.normalName().equals("br"))) {
                flushLoose(loose, lines);
                if (!c.normalName().equals("br")) {
                    collect(c, lines);
                }
            } else {
                loose.append(n.outerHtml());
            }
        }
        flushLoose(loose, lines);
    }

    private static boolean isLineBreakContainer(Element e) {
        return !e.normalName().equals("p");
    }

    private static void flushLoose(StringBuilder html, List<PageLine> lines) {
        if (html.length() == 0) {
            return;
        }
        Document fragment = Jsoup.parseBodyFragment(html.toString());
        fragment.outputSettings().prettyPrint(false);
        Element holder = fragment.body();
        html.setLength(0);
        if (!holder.text().isBlank() || !holder.select("img").isEmpty()) {
            lines.add(new PageLine(holder.text().strip(), holder.html().strip(), holder.text().isBlank() ? "img" : "div"));
        }
    }

    private static void emit(Element e, List<PageLine> lines) {
        String text = e.text().strip();
        if (text.isEmpty() && e.select("img").isEmpty()) {
            return;
        }
        String kind = e.normalName();
        if (kind.equals("li") && e.parent() != null && e.parent().normalName().equals("ol")) {
            kind = "oli";
        }
        if (text.isEmpty()) {
            kind = kind.equals("p") ? "pimg" : "img";
        } else if (isLinkBar(e, text)) {
            // a bar of links (navigation, tools): its words, one per link, so that they read as a bar
            text = String.join(" ", e.select("a").eachText());
            kind = e.closest("nav") != null ? "nav" : "links";
        }
        lines.add(new PageLine(text, e.html().strip(), kind));
    }

    /** Two or more links that make up nearly all of the text: a bar, not a sentence with links in it. */
    private static boolean isLinkBar(Element e, String text) {
        var links = e.select("a");
        if (links.size() < 2) {
            return false;
        }
        int linked = links.eachText().stream().mapToInt(String::length).sum();
        return linked >= text.replaceAll("[\\s|｜/>·]", "").length() * 0.8;
    }

    /** Reads an image the page refers to and points the page at its stored name; drops what cannot be read. */
    private static void resolveImage(Element img, Path page, List<ImageAsset> images, List<String> notes) {
        String src = img.attr("src").strip();
        try {
            byte[] data = null;
            if (src.startsWith("data:")) {
                int comma = src.indexOf(',');
                if (comma > 0 && src.substring(0, comma).contains(";base64")) {
                    data = Base64.getMimeDecoder().decode(src.substring(comma + 1));
                }
            } else if (!src.isEmpty() && !src.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !src.startsWith("//")) {
                Path local = page.toAbsolutePath().getParent().resolve(URI.create(encodePath(src)).getPath()).normalize();
                if (Files.isRegularFile(local) && Files.size(local) <= Images.MAX_BYTES) {
                    data = Files.readAllBytes(local);
                }
            } else if (src.toLowerCase(java.util.Locale.ROOT).startsWith("file:")) {
                Path local = Path.of(URI.create(src));
                if (Files.isRegularFile(local) && Files.size(local) <= Images.MAX_BYTES) {
                    data = Files.readAllBytes(local);
                }
            }
            if (data != null) {
                ImageAsset asset = Images.fromBytes(src, data);
                if (images.stream().noneMatch(i -> i.name().equals(asset.name()))) {
                    images.add(asset);
                }
                img.attr("src", asset.name());
                return;
            }
        } catch (IOException | IllegalArgumentException | CopydeskException e) {
            // falls through: the image is dropped and the report says so
        }
        notes.add("image-dropped:" + src);
        img.remove();
    }

    private static String encodePath(String src) {
        return src.replace(" ", "%20").replaceAll("[?#].*$", "");
    }

    /** True when the name is an image the body refers to by name (used by tests). */
    static boolean isStoredName(String src) {
        return Images.isArticleImage(src);
    }
}
