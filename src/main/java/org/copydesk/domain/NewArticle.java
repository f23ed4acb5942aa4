package org.copydesk.domain;

import java.util.List;

/** An article not stored yet, with the images its body refers to. */
public record NewArticle(Article article, List<ImageAsset> images) {

    public NewArticle {
        images = List.copyOf(images);
    }
}
