package org.copydesk.domain;

import java.util.List;

/** A draft made from a file, not yet stored: the article, the images its body refers to, and the report. */
public record ImportedArticle(Article article, List<ImageAsset> images, ImportReport report) {

    public ImportedArticle {
        images = List.copyOf(images);
    }
}
