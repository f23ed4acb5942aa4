package org.copydesk.storage;

import java.sql.SQLException;
import java.util.List;
import org.copydesk.domain.ImageAsset;

/** The images stored with each article, by the name its body refers to them by. */
public interface ImageTable {

    /** Stores an image with an article (replacing one of the same name). */
    void put(long articleId, ImageAsset image) throws SQLException;

    /** An article's images, by name. */
    List<ImageAsset> list(long articleId) throws SQLException;

    /** An article's image names, in the order of {@link #list}, without reading the images. */
    List<String> names(long articleId) throws SQLException;

    /** Gives an article copies of another's images. */
    void copy(long fromArticle, long toArticle) throws SQLException;
}
