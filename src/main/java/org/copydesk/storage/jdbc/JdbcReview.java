package org.copydesk.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.domain.Dismissal;
import org.copydesk.domain.Note;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Round;
import org.copydesk.storage.ReviewTable;

/** The review record: notes, events, dismissals, rule switches and word lists. */
final class JdbcReview implements ReviewTable {

    private final Connection c;
    private final Dialect dialect;

    JdbcReview(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    @Override
    public List<Note> notes(long articleId) throws SQLException {
        return Rows.list(c, "SELECT * FROM note WHERE article_id=? ORDER BY id", JdbcReview::note, articleId);
    }

    @Override
    public Optional<Note> note(long noteId) throws SQLException {
        return Rows.first(c, "SELECT * FROM note WHERE id=?", JdbcReview::note, noteId);
    }

    @Override
    public long insertNote(Note n) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO note (uuid, article_id, paragraph, anchor, body, author, created_at, resolved_at, resolved_by) "
                        + "VALUES (?,?,?,?,?,?,?,?,?) RETURNING id")) {
            st.setString(1, n.uuid());
            st.setLong(2, n.articleId());
            st.setInt(3, n.paragraph());
            st.setString(4, n.anchor());
            st.setString(5, n.body());
            st.setString(6, n.author());
            st.setString(7, Timestamps.instant(n.createdAt()));
            st.setString(8, n.resolvedAt() == null ? null : Timestamps.instant(n.resolvedAt()));
            st.setString(9, n.resolvedBy());
            try (ResultSet keys = st.executeQuery()) {
                keys.next();
                // the others with the article open see the note come
                dialect.announce(c, n.articleId());
                return keys.getLong(1);
            }
        }
    }

    @Override
    public boolean setResolved(long noteId, String who, Instant at) throws SQLException {
        boolean found = Rows.update(c, "UPDATE note SET resolved_at=?, resolved_by=? WHERE id=?",
                who == null ? null : Timestamps.instant(at), who, noteId) == 1;
        if (found) {
            Optional<Long> article = Rows.first(c, "SELECT article_id FROM note WHERE id=?", rs -> rs.getLong(1), noteId);
            if (article.isPresent()) {
                dialect.announce(c, article.get());
            }
        }
        return found;
    }

    @Override
    public void setResolution(String noteUuid, Instant resolvedAt, String resolvedBy) throws SQLException {
        Rows.update(c, "UPDATE note SET resolved_at=?, resolved_by=? WHERE uuid=?",
                resolvedAt == null ? null : Timestamps.instant(resolvedAt), resolvedBy, noteUuid);
    }

    private static Note note(ResultSet rs) throws SQLException {
        String resolved = rs.getString("resolved_at");
        return new Note(rs.getLong("id"), rs.getString("uuid"), rs.getLong("article_id"), rs.getInt("paragraph"), rs.getString("anchor"),
                rs.getString("body"), rs.getString("author"), Timestamps.instant(rs.getString("created_at")),
                resolved == null ? null : Timestamps.instant(resolved), rs.getString("resolved_by"));
    }

    @Override
    public List<ReviewEvent> events(long articleId) throws SQLException {
        return Rows.list(c, "SELECT * FROM review_event WHERE article_id=? ORDER BY id", rs -> {
            String round = rs.getString("round");
            return new ReviewEvent(rs.getLong("id"), rs.getString("uuid"), articleId, ReviewEvent.Kind.valueOf(rs.getString("kind")),
                    round.isEmpty() ? null : Round.fromCode(round), rs.getString("who"),
                    Timestamps.instant(rs.getString("at")), rs.getString("text"));
        }, articleId);
    }

    @Override
    public void insertEvent(ReviewEvent e) throws SQLException {
        Rows.update(c, "INSERT INTO review_event (uuid, article_id, kind, round, who, at, text) VALUES (?,?,?,?,?,?,?)",
                e.uuid(), e.articleId(), e.kind().name(), e.round() == null ? "" : e.round().code(), e.who(),
                Timestamps.instant(e.at()), e.text() == null ? "" : e.text());
        dialect.announce(c, e.articleId());
    }

    @Override
    public Set<Dismissal> dismissals(long articleId) throws SQLException {
        return new HashSet<>(Rows.list(c, "SELECT rule, field, text, context FROM dismissal WHERE article_id=?",
                rs -> new Dismissal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), articleId));
    }

    @Override
    public void dismiss(long articleId, Dismissal d, String who, Instant at) throws SQLException {
        Rows.update(c, "INSERT INTO dismissal (article_id, rule, field, text, context, who, at) VALUES (?,?,?,?,?,?,?) "
                        + "ON CONFLICT (article_id, rule, field, text, context) DO UPDATE SET who=excluded.who, at=excluded.at",
                articleId, d.rule(), d.field(), d.text(), d.context(), who, Timestamps.instant(at));
    }

    @Override
    public int clearDismissals(long articleId) throws SQLException {
        return Rows.update(c, "DELETE FROM dismissal WHERE article_id=?", articleId);
    }

    @Override
    public Set<String> disabledRules() throws SQLException {
        return new HashSet<>(Rows.list(c, "SELECT rule FROM rule_setting WHERE enabled = 0", rs -> rs.getString(1)));
    }

    @Override
    public void setRuleEnabled(String rule, boolean enabled) throws SQLException {
        Rows.update(c, "INSERT INTO rule_setting (rule, enabled) VALUES (?, ?) ON CONFLICT (rule) DO UPDATE SET enabled=excluded.enabled",
                rule, enabled ? 1 : 0);
    }

    @Override
    public Map<String, String> wordLists() throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : Rows.list(c, "SELECT kind, text FROM word_list ORDER BY kind",
                rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            out.put(row[0], row[1]);
        }
        return out;
    }

    @Override
    public void putWordList(String kind, String text) throws SQLException {
        if (text == null) {
            Rows.update(c, "DELETE FROM word_list WHERE kind=?", kind);
        } else {
            Rows.update(c, "INSERT INTO word_list (kind, text) VALUES (?, ?) ON CONFLICT (kind) DO UPDATE SET text=excluded.text",
                    kind, text);
        }
    }
}
