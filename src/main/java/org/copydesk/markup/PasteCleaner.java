package org.copydesk.markup;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Problem;
import org.copydesk.text.clean.CleanReport;
import org.copydesk.text.clean.Cleaner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * What happens to a paste into the body: HTML from a browser or Word goes through the same
 * sanitizer and cleaning as an import, so formatting outside the site's markup is dropped; images
 * embedded in the paste (data: URLs, as Word and browsers put them) are kept as images of the
 * article; plain text becomes paragraphs.
 */
public final class PasteCleaner {

    /** The cleaned fragment to insert, the images it refers to, and what cleaning changed. */
    public record Paste(String html, List<ImageAsset> images, CleanReport report) {
    }

    private PasteCleaner() {
    }

    public static Paste fromHtml(String html, Cleaner cleaner) {
        var doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        List<ImageAsset> images = new ArrayList<>();
        for (Element img : body.select("img[src^=data:], img[src^=DATA:]")) {
            String src = img.attr("src");
            int comma = src.indexOf(',');
            try {
                if (comma > 0 && src.substring(0, comma).toLowerCase(java.util.Locale.ROOT).contains(";base64")) {
                    ImageAsset asset = Images.fromBytes("paste", Base64.getMimeDecoder().decode(src.substring(comma + 1)));
                    images.add(asset);
                    img.attr("src", asset.name());
                    continue;
                }
            } catch (IllegalArgumentException | CopydeskException e) {
                // not an image we can keep: dropped below like any other data: URL
            }
            img.remove();
        }
        CleanReport report = new CleanReport();
        String clean = BodyCleaner.clean(body.html(), cleaner, report);
        return new Paste(clean, images, report);
    }

    public static Paste fromText(String text, Cleaner cleaner) {
        StringBuilder html = new StringBuilder();
        for (String line : (text == null ? "" : text).split("\\r?\\n")) {
            if (!line.isBlank()) {
                html.append("<p>").append(Entities.escape(line)).append("</p>");
            }
        }
        return fromHtml(html.toString(), cleaner);
    }

    /** A pasted picture (a screenshot, say) as an image of the article. */
    public static Paste fromImage(byte[] png) {
        if (png.length > Images.MAX_BYTES) {
            throw new CopydeskException(Problem.PASTED_IMAGE_TOO_LARGE, (png.length + 524_287) / 1_048_576, Images.MAX_BYTES / 1_048_576);
        }
        ImageAsset asset = Images.fromBytes("paste", png);
        return new Paste("<figure><img src=\"" + asset.name() + "\" alt=\"\"><figcaption></figcaption></figure><p><br></p>", List.of(asset),
                new CleanReport());
    }
}
