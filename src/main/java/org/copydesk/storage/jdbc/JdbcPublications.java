package org.copydesk.storage.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.copydesk.storage.PublicationTable;

/** Publications in the publication table. */
final class JdbcPublications implements PublicationTable {

    private final Connection c;

    JdbcPublications(Connection c) {
        this.c = c;
    }

    @Override
    public Optional<Publication> find(long articleId) throws SQLException {
        return Rows.first(c, "SELECT p.article_id, a.uuid, p.path, p.revision, p.first_at, p.related FROM publication p JOIN article a ON a.id = p.article_id "
                        + "WHERE p.article_id=?",
                JdbcPublications::publication, articleId);
    }

    @Override
    public void put(Publication p) throws SQLException {
        Rows.update(c, "INSERT INTO publication (article_id, path, revision, first_at, related) VALUES (?,?,?,?,?) "
                        + "ON CONFLICT (article_id) DO UPDATE SET related = CASE WHEN publication.revision = excluded.revision "
                        + "THEN publication.related ELSE excluded.related END, revision=excluded.revision",
                p.articleId(), p.path(), p.revision(), Timestamps.instant(p.firstAt()), related(p.related()));
    }

    @Override
    public void setRelated(long articleId, List<Long> related) throws SQLException {
        Rows.update(c, "UPDATE publication SET related=? WHERE article_id=?", related(related), articleId);
    }

    private static String related(List<Long> ids) {
        return ids == null ? null : String.join(",", ids.stream().map(String::valueOf).toList());
    }

    @Override
    public List<Long> atPath(String path) throws SQLException {
        return Rows.list(c, "SELECT article_id FROM publication WHERE path=? ORDER BY article_id", rs -> rs.getLong(1), path);
    }

    @Override
    public List<Publication> published() throws SQLException {
        return Rows.list(c, "SELECT p.article_id, a.uuid, p.path, p.revision, p.first_at, p.related FROM publication p JOIN article a ON a.id = p.article_id "
                + "WHERE a.deleted_at IS NULL AND a.status = 'published' ORDER BY p.article_id", JdbcPublications::publication);
    }

    private static Publication publication(ResultSet rs) throws SQLException {
        String related = rs.getString(6);
        return new Publication(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Timestamps.instant(rs.getString(5)),
                related == null ? null : related.isEmpty() ? List.of()
                        : java.util.Arrays.stream(related.split(",")).map(Long::valueOf).toList());
    }
}
