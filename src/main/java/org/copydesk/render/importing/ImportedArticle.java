package org.copydesk.render.importing;

import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.ImageAsset;

/** A draft made from a file, not yet stored: the article, the images its body refers to, and the report. */
public record ImportedArticle(Article article, List<ImageAsset> images, ImportReport report) {

    public ImportedArticle {
        images = List.copyOf(images);
    }
}
