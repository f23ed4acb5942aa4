package org.copydesk.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.copydesk.domain.ImageAsset;
import org.copydesk.storage.ImageTable;

/** Images in the SQLite file, one row per article and name. */
final class JdbcImages implements ImageTable {

    private final Connection c;

    JdbcImages(Connection c) {
        this.c = c;
    }

    @Override
    public void put(long articleId, ImageAsset image) throws SQLException {
        Rows.update(c, "INSERT INTO image (article_id, name, media_type, data) VALUES (?,?,?,?) "
                + "ON CONFLICT (article_id, name) DO UPDATE SET media_type=excluded.media_type, data=excluded.data",
                articleId, image.name(), image.mediaType(), image.data());
    }

    @Override
    public List<ImageAsset> list(long articleId) throws SQLException {
        return Rows.list(c, "SELECT name, media_type, data FROM image WHERE article_id=? ORDER BY name",
                rs -> new ImageAsset(rs.getString(1), rs.getString(2), rs.getBytes(3)), articleId);
    }

    @Override
    public List<String> names(long articleId) throws SQLException {
        return Rows.list(c, "SELECT name FROM image WHERE article_id=? ORDER BY name", rs -> rs.getString(1), articleId);
    }

    @Override
    public void copy(long fromArticle, long toArticle) throws SQLException {
        Rows.update(c, "INSERT INTO image (article_id, name, media_type, data) "
                + "SELECT ?, name, media_type, data FROM image WHERE article_id=?", toArticle, fromArticle);
    }
}
