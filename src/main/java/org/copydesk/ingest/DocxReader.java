package org.copydesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Problem;
import org.copydesk.markup.Images;
import org.jsoup.nodes.Entities;

/**
 * Reads a Word document ({@code .docx}) with Apache POI: paragraphs, headings (Title and Heading 1
 * hint at the title, Heading 2/3 become 二级/三级标题), list items, bold and italic, links and
 * pictures. A file that is not a Word document, whatever its name, is refused.
 */
public final class DocxReader {

    private DocxReader() {
    }

    public static RawPage read(Path file) {
        List<PageLine> lines = new ArrayList<>();
        List<ImageAsset> images = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p, lines, images, notes);
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                paragraph(p, lines, images, notes);
                            }
                        }
                    }
                }
            }
        } catch (IOException | org.apache.poi.ooxml.POIXMLException
                 | IllegalArgumentException | IllegalStateException e) {
            throw new CopydeskException(expandsTooFar(e) ? Problem.DOCX_TOO_LARGE : Problem.DOCX_INVALID, e, file);
        }
        return new RawPage("docx", lines, images, Map.of(), notes);
    }

    /** POI refused a part that unpacks to far more than it holds (a zip bomb) or to more than it allows. */
    private static boolean expandsTooFar(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = String.valueOf(t.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("ZipSecureFile") || msg.contains("exceeds the max")) {
                return true;
            }
        }
        return false;
    }

    private static void paragraph(XWPFParagraph p, List<PageLine> lines, List<ImageAsset> images, List<String> notes) {
        StringBuilder html = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            for (XWPFPicture pic : run.getEmbeddedPictures()) {
                try {
                    ImageAsset img = Images.fromBytes(pic.getDescription(), pic.getPictureData().getData());
                    if (images.stream().noneMatch(i -> i.name().equals(img.name()))) {
                        images.add(img);
                    }
                    String alt = pic.getDescription() == null ? "" : pic.getDescription();
                    html.append("<img src=\"").append(img.name()).append("\" alt=\"").append(Entities.escape(alt)).append("\">");
                } catch (CopydeskException e) {
                    notes.add("image-dropped:" + pic.getPictureData().getFileName());
                }
            }
            String text = run.text();
            if (text == null || text.isEmpty()) {
                continue;
            }
            String piece = Entities.escape(text);
            if (run.isItalic()) {
                piece = "<em>" + piece + "</em>";
            }
            if (run.isBold()) {
                piece = "<strong>" + piece + "</strong>";
            }
            if (run instanceof XWPFHyperlinkRun link && link.getHyperlink(p.getDocument()) != null) {
                String url = link.getHyperlink(p.getDocument()).getURL();
                piece = "<a href=\"" + Entities.escape(url) + "\">" + piece + "</a>";
            }
            html.append(piece);
        }
        String text = p.getText().strip();
        if (text.isEmpty() && html.indexOf("<img") < 0) {
            return;
        }
        lines.add(new PageLine(text, html.toString(), text.isEmpty() ? "img" : kind(p)));
    }

    private static String kind(XWPFParagraph p) {
        String id = p.getStyleID() == null ? "" : p.getStyleID();
        String name = "";
        if (!id.isEmpty() && p.getDocument().getStyles() != null && p.getDocument().getStyles().getStyle(id) != null) {
            name = p.getDocument().getStyles().getStyle(id).getName();
        }
        String s = (name.isEmpty() ? id : name).toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.equals("title")) {
            return "title";
        }
        if (s.equals("subtitle")) {
            return "subtitle";
        }
        if (s.equals("heading1")) {
            return "h1";
        }
        if (s.equals("heading2")) {
            return "h2";
        }
        if (s.startsWith("heading")) {
            return "h3";
        }
        return p.getNumID() != null ? "li" : "p";
    }
}
