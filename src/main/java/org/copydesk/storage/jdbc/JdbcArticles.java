package org.copydesk.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.Status;
import org.copydesk.storage.ArticleTable;

/** Articles and their keywords; a search narrows the list through the dialect's full-text index. */
final class JdbcArticles implements ArticleTable {

    private final Dialect dialect;

    private static final String COLUMNS = "id, uuid, " + ArticleColumns.NAMES + ", created_at, updated_at, version, conflict, "
            + "(SELECT r.uuid FROM revision r WHERE r.article_id = article.id ORDER BY r.version DESC LIMIT 1) AS head";
    private static final String SUMMARY = "id, title, channel, status, published_at, updated_at, conflict";

    private final Connection c;

    JdbcArticles(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    @Override
    public long insert(Article a, String by) throws SQLException {
        long id;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO article (uuid, " + ArticleColumns.NAMES
                + ", created_at, updated_at, version, updated_by) VALUES (?," + ArticleColumns.PLACEHOLDERS + ",?,?,?,?) RETURNING id")) {
            st.setString(1, a.uuid());
            int i = ArticleColumns.bind(st, 2, a);
            st.setString(i++, Timestamps.instant(a.createdAt()));
            st.setString(i++, Timestamps.instant(a.updatedAt()));
            st.setLong(i++, a.version());
            st.setString(i, by);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        writeKeywords(id, a.keywords());
        dialect.announce(c, id);
        return id;
    }

    @Override
    public boolean update(Article a, String by) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE article SET " + ArticleColumns.ASSIGNMENTS
                + ", updated_at=?, version=?, updated_by=? WHERE id=? AND deleted_at IS NULL")) {
            int i = ArticleColumns.bind(st, 1, a);
            st.setString(i++, Timestamps.instant(a.updatedAt()));
            st.setLong(i++, a.version());
            st.setString(i++, by);
            st.setLong(i, a.id());
            if (st.executeUpdate() != 1) {
                return false;
            }
        }
        writeKeywords(a.id(), a.keywords());
        dialect.announce(c, a.id());
        return true;
    }

    private void writeKeywords(long id, List<String> keywords) throws SQLException {
        Rows.update(c, "DELETE FROM article_keyword WHERE article_id=?", id);
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO article_keyword (article_id, position, word) VALUES (?,?,?)")) {
            int pos = 0;
            for (String k : keywords) {
                ins.setLong(1, id);
                ins.setInt(2, pos++);
                ins.setString(3, k);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    @Override
    public Optional<Head> head(long id) throws SQLException {
        Optional<Head> row = Rows.first(c, "SELECT id, uuid, status, version, created_at, updated_at, updated_by FROM article "
                        + "WHERE id=? AND deleted_at IS NULL" + dialect.forUpdate(),
                rs -> new Head(rs.getLong(1), rs.getString(2), Status.fromCode(rs.getString(3)), rs.getLong(4),
                        Timestamps.instant(rs.getString(5)), List.of(), Timestamps.instant(rs.getString(6)), rs.getString(7)), id);
        if (row.isEmpty()) {
            return row;
        }
        Head h = row.get();
        return Optional.of(new Head(h.id(), h.uuid(), h.status(), h.version(), h.createdAt(), keywords(id), h.updatedAt(), h.updatedBy()));
    }

    private List<String> keywords(long id) throws SQLException {
        return Rows.list(c, "SELECT word FROM article_keyword WHERE article_id=? ORDER BY position", rs -> rs.getString(1), id);
    }

    @Override
    public Optional<Article> find(long id) throws SQLException {
        return load("id=?", id);
    }

    @Override
    public Optional<Article> findByUuid(String uuid) throws SQLException {
        return load("uuid=?", uuid);
    }

    private Optional<Article> load(String where, Object key) throws SQLException {
        Optional<Article.Builder> row = Rows.first(c, "SELECT " + COLUMNS + " FROM article WHERE " + where
                + " AND deleted_at IS NULL", rs -> ArticleColumns.read(rs)
                .id(rs.getLong("id"))
                .uuid(rs.getString("uuid"))
                .createdAt(Timestamps.instant(rs.getString("created_at")))
                .updatedAt(Timestamps.instant(rs.getString("updated_at")))
                .revision(rs.getString("head"))
                .conflict(rs.getString("conflict") != null), key);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Article.Builder b = row.get();
        long id = b.build().id();
        return Optional.of(b.keywords(keywords(id)).build());
    }

    @Override
    public List<ArticleSummary> list(ArticleQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        Dialect.SearchClause match = dialect.searchClause(q.search());
        if (match == null) {
            sql.append("SELECT ").append(SUMMARY).append(" FROM article a WHERE deleted_at IS NULL");
        } else {
            sql.append("SELECT a.id, a.title, a.channel, a.status, a.published_at, a.updated_at, a.conflict FROM ")
                    .append(match.from()).append(" WHERE ").append(match.where()).append(" AND a.deleted_at IS NULL");
            args.add(match.parameter());
        }
        q.status().ifPresent(s -> {
            sql.append(" AND status=?");
            args.add(s.code());
        });
        q.channel().ifPresent(ch -> {
            sql.append(" AND channel=?");
            args.add(ch);
        });
        if (q.conflicts()) {
            sql.append(" AND conflict IS NOT NULL");
        }
        sql.append(match == null ? " ORDER BY updated_at DESC, id DESC LIMIT ?" : " ORDER BY " + match.order() + " LIMIT ?");
        args.add(q.limit());
        return Rows.list(c, sql.toString(), JdbcArticles::summary, args.toArray());
    }

    /** A list row: id, title, channel, status, published_at, updated_at, conflict, in that order. */
    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                Status.fromCode(rs.getString(4)), Timestamps.local(rs.getString(5)), Timestamps.instant(rs.getString(6)),
                rs.getString(7) != null);
    }

    @Override
    public List<CorpusEntry> corpus() throws SQLException {
        Map<Long, List<String>> keywords = new HashMap<>();
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT article_id, word FROM article_keyword ORDER BY article_id, position")) {
            while (rs.next()) {
                keywords.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return Rows.list(c, "SELECT id, title, summary, channel, body_html FROM article WHERE deleted_at IS NULL ORDER BY id",
                rs -> new CorpusEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        keywords.getOrDefault(rs.getLong(1), List.of()), rs.getString(5)));
    }

    @Override
    public List<Long> ids() throws SQLException {
        return Rows.list(c, "SELECT id FROM article WHERE deleted_at IS NULL ORDER BY id", rs -> rs.getLong(1));
    }

    @Override
    public int count() throws SQLException {
        return Rows.first(c, "SELECT count(*) FROM article WHERE deleted_at IS NULL", rs -> rs.getInt(1)).orElse(0);
    }

    @Override
    public List<ArticleSummary> recentInChannel(String channel, long excludeId, int limit) throws SQLException {
        return Rows.list(c, "SELECT " + SUMMARY + " FROM article "
                        + "WHERE deleted_at IS NULL AND channel=? AND id<>? AND title<>'' "
                        + "ORDER BY coalesce(published_at, substr(updated_at, 1, 16)) DESC, id DESC LIMIT ?",
                JdbcArticles::summary, channel, excludeId, limit);
    }

    @Override
    public Optional<Located> locate(String uuid) throws SQLException {
        return Rows.first(c, "SELECT id, deleted_at IS NOT NULL FROM article WHERE uuid=?",
                rs -> new Located(rs.getLong(1), rs.getBoolean(2)), uuid);
    }

    @Override
    public Optional<String> conflict(long id) throws SQLException {
        return Rows.first(c, "SELECT conflict FROM article WHERE id=?", rs -> rs.getString(1), id);
    }

    @Override
    public void setConflict(long id, String conflict) throws SQLException {
        Rows.update(c, "UPDATE article SET conflict=? WHERE id=?", conflict, id);
    }

    @Override
    public List<Long> changedSince(Instant since) throws SQLException {
        return Rows.list(c, "SELECT id FROM article WHERE deleted_at IS NULL AND updated_at >= ? ORDER BY id",
                rs -> rs.getLong(1), Timestamps.instant(since));
    }

    @Override
    public boolean markDeleted(long id, Instant at) throws SQLException {
        return Rows.update(c, "UPDATE article SET deleted_at=? WHERE id=? AND deleted_at IS NULL", Timestamps.instant(at), id) == 1;
    }

    @Override
    public boolean undelete(long id) throws SQLException {
        return Rows.update(c, "UPDATE article SET deleted_at=NULL WHERE id=?", id) == 1;
    }
}
