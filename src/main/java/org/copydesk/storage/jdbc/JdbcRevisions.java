package org.copydesk.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.copydesk.domain.Article;
import org.copydesk.domain.Revision;
import org.copydesk.storage.RevisionTable;

/** Revisions in the SQLite file: one row per snapshot, keywords joined in one column. */
final class JdbcRevisions implements RevisionTable {

    private final Connection c;

    JdbcRevisions(Connection c) {
        this.c = c;
    }

    @Override
    public void insert(Revision r) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO revision (" + ArticleColumns.NAMES
                + ", article_id, version, created_at, reason, keywords, uuid, parent, merged) VALUES ("
                + ArticleColumns.PLACEHOLDERS + ",?,?,?,?,?,?,?,?)")) {
            int i = ArticleColumns.bind(st, 1, r.snapshot());
            st.setLong(i++, r.articleId());
            st.setLong(i++, r.version());
            st.setString(i++, Timestamps.instant(r.createdAt()));
            st.setString(i++, r.reason());
            st.setString(i++, ArticleColumns.joinKeywords(r.snapshot().keywords()));
            st.setString(i++, r.uuid());
            st.setString(i++, r.parent());
            st.setString(i, r.merged());
            st.executeUpdate();
        }
    }

    @Override
    public List<Revision> list(long articleId) throws SQLException {
        return Rows.list(c, "SELECT * FROM revision WHERE article_id=? ORDER BY version DESC", JdbcRevisions::revision, articleId);
    }

    @Override
    public Optional<Revision> find(String uuid) throws SQLException {
        return Rows.first(c, "SELECT * FROM revision WHERE uuid=?", JdbcRevisions::revision, uuid);
    }

    @Override
    public List<Revision> withReason(String prefix) throws SQLException {
        // the first characters compared exactly: LIKE has wildcards the prefix could hold, and a range
        // depends on the server's collation
        return Rows.list(c, "SELECT * FROM revision WHERE substr(reason, 1, ?) = ? ORDER BY id", JdbcRevisions::revision,
                prefix.length(), prefix);
    }

    @Override
    public Optional<Revision> latest(long articleId) throws SQLException {
        return Rows.first(c, "SELECT * FROM revision WHERE article_id=? ORDER BY version DESC LIMIT 1",
                JdbcRevisions::revision, articleId);
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        long articleId = rs.getLong("article_id");
        Article snapshot = ArticleColumns.read(rs)
                .id(articleId)
                .keywords(ArticleColumns.splitKeywords(rs.getString("keywords")))
                .updatedAt(Timestamps.instant(rs.getString("created_at")))
                .build();
        return new Revision(rs.getLong("id"), rs.getString("uuid"), rs.getString("parent"), rs.getString("merged"), articleId,
                rs.getLong("version"), Timestamps.instant(rs.getString("created_at")), rs.getString("reason"), snapshot);
    }
}
