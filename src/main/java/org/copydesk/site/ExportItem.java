package org.copydesk.site;

import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.ImageAsset;

/** One article ready to be written out: the article, the images it stores and its related news. */
public record ExportItem(Article article, List<ImageAsset> images, List<ArticleSummary> related) {

    public ExportItem {
        images = List.copyOf(images);
        related = List.copyOf(related);
    }
}
