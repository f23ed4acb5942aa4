package org.copydesk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Note;
import org.copydesk.domain.Problem;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Round;
import org.copydesk.domain.Status;

/**
 * What review keeps in the database: notes on paragraphs, the record of submissions, approvals,
 * send-backs and round sign-offs, findings dismissed per article, the rules a desk switched off and
 * the desk's own word lists. A status change and its record entry are written in one transaction.
 */
public final class ReviewStore {

    /**
     * A finding a proofreader dismissed: the rule, the field, the text it found and a few characters
     * around it, so the same false alarm stays quiet while the words around it stay the same.
     */
    public record Dismissal(String rule, String field, String text, String context) {
    }

    private final Database db;
    private final ArticleRepository articles;
    private final Clock clock;

    public ReviewStore(ArticleRepository articles) {
        this.db = articles.database();
        this.articles = articles;
        this.clock = articles.clock();
    }

    // ---- notes ---------------------------------------------------------------------------------

    /** An article's notes in the order they were written. */
    public List<Note> notes(long articleId) {
        return db.read(c -> Rows.list(c, "SELECT * FROM note WHERE article_id=? ORDER BY id", ReviewStore::note, articleId));
    }

    public Note addNote(long articleId, int paragraph, String anchor, String body, String author) {
        return db.write(c -> {
            ArticleRepository.loadLive(c, articleId);
            return loadNote(c, insertNote(c, articleId, paragraph, anchor, body, author));
        });
    }

    private long insertNote(Connection c, long articleId, int paragraph, String anchor, String body, String author)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO note (article_id, paragraph, anchor, body, author, created_at) VALUES (?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setLong(1, articleId);
            st.setInt(2, paragraph);
            st.setString(3, anchor);
            st.setString(4, body);
            st.setString(5, author);
            st.setString(6, Timestamps.instant(clock.instant()));
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Marks a note resolved ({@code who} non-null) or open again ({@code who} null). */
    public Note setResolved(long noteId, String who) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE note SET resolved_at=?, resolved_by=? WHERE id=?")) {
                if (who == null) {
                    st.setNull(1, Types.VARCHAR);
                    st.setNull(2, Types.VARCHAR);
                } else {
                    st.setString(1, Timestamps.instant(clock.instant()));
                    st.setString(2, who);
                }
                st.setLong(3, noteId);
                if (st.executeUpdate() != 1) {
                    throw new CopydeskException(Problem.NOTE_NOT_FOUND, noteId);
                }
            }
            return loadNote(c, noteId);
        });
    }

    private static Note loadNote(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM note WHERE id=?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new CopydeskException(Problem.NOTE_NOT_FOUND, id);
                }
                return note(rs);
            }
        }
    }

    private static Note note(ResultSet rs) throws SQLException {
        String resolved = rs.getString("resolved_at");
        return new Note(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("paragraph"), rs.getString("anchor"),
                rs.getString("body"), rs.getString("author"), Timestamps.instant(rs.getString("created_at")),
                resolved == null ? null : Timestamps.instant(resolved), rs.getString("resolved_by"));
    }

    // ---- the review record -----------------------------------------------------------------------

    /** An article's review record, oldest first. */
    public List<ReviewEvent> events(long articleId) {
        return db.read(c -> Rows.list(c, "SELECT * FROM review_event WHERE article_id=? ORDER BY id", rs -> {
            String round = rs.getString("round");
            return new ReviewEvent(rs.getLong("id"), articleId, ReviewEvent.Kind.valueOf(rs.getString("kind")),
                    round.isEmpty() ? null : Round.fromCode(round), rs.getString("who"),
                    Timestamps.instant(rs.getString("at")), rs.getString("text"));
        }, articleId));
    }

    /** Records an event that changes no status (a round signed off, an export despite the gate). */
    public void record(long articleId, ReviewEvent.Kind kind, Round round, String who, String text) {
        db.write(c -> {
            ArticleRepository.loadLive(c, articleId);
            insertEvent(c, articleId, kind, round, who, text);
            return null;
        });
    }

    /**
     * Moves an article to {@code status}, keeps a revision of the change and records the event, all
     * or nothing. Returns the article as stored.
     */
    public Article transition(long articleId, Status status, ReviewEvent.Kind kind, String who, String text) {
        return transition(articleId, status, kind, who, text, false);
    }

    /** As {@link #transition(long, Status, ReviewEvent.Kind, String, String)}; with {@code asNote} the text also becomes an open note on the article. */
    public Article transition(long articleId, Status status, ReviewEvent.Kind kind, String who, String text, boolean asNote) {
        return db.write(c -> {
            Article stored = articles.changeStatus(c, articleId, status, "status:" + status.code());
            insertEvent(c, articleId, kind, null, who, text);
            if (asNote) {
                insertNote(c, articleId, -1, "", text, who);
            }
            return stored;
        });
    }

    /**
     * Puts an earlier revision's words back (every field but the status, which review owns), as a new
     * revision, and records who did it.
     */
    public Article restore(long articleId, long version, String who) {
        return db.write(c -> {
            Article current = ArticleRepository.loadLive(c, articleId);
            Article old = articles.revisions(c, articleId).stream().filter(r -> r.version() == version).findFirst()
                    .orElseThrow(() -> new CopydeskException(Problem.REVISION_NOT_FOUND, version, articleId))
                    .snapshot();
            Article restored = old.toBuilder().id(articleId).status(current.status()).version(current.version())
                    .createdAt(current.createdAt()).build();
            Article stored = articles.saveRevision(c, restored, "restore:" + version);
            insertEvent(c, articleId, ReviewEvent.Kind.RESTORED, null, who, Long.toString(version));
            return stored;
        });
    }

    private void insertEvent(Connection c, long articleId, ReviewEvent.Kind kind, Round round, String who, String text)
            throws SQLException {
        insertEvent(c, articleId, kind, round, who, text, clock.instant());
    }

    static void insertEvent(Connection c, long articleId, ReviewEvent.Kind kind, Round round, String who, String text,
                            java.time.Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO review_event (article_id, kind, round, who, at, text) VALUES (?,?,?,?,?,?)")) {
            st.setLong(1, articleId);
            st.setString(2, kind.name());
            st.setString(3, round == null ? "" : round.code());
            st.setString(4, who);
            st.setString(5, Timestamps.instant(at));
            st.setString(6, text == null ? "" : text);
            st.executeUpdate();
        }
    }

    // ---- dismissed findings ----------------------------------------------------------------------

    public Set<Dismissal> dismissals(long articleId) {
        return db.read(c -> new HashSet<>(Rows.list(c, "SELECT rule, field, text, context FROM dismissal WHERE article_id=?",
                rs -> new Dismissal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), articleId)));
    }

    public void dismiss(long articleId, Dismissal d, String who) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT OR REPLACE INTO dismissal (article_id, rule, field, text, context, who, at) VALUES (?,?,?,?,?,?,?)")) {
                st.setLong(1, articleId);
                st.setString(2, d.rule());
                st.setString(3, d.field());
                st.setString(4, d.text());
                st.setString(5, d.context());
                st.setString(6, who);
                st.setString(7, Timestamps.instant(clock.instant()));
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Brings every dismissed finding of an article back. */
    public int clearDismissals(long articleId) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM dismissal WHERE article_id=?")) {
                st.setLong(1, articleId);
                return st.executeUpdate();
            }
        });
    }

    // ---- desk settings ---------------------------------------------------------------------------

    /** The rules the desk switched off. */
    public Set<String> disabledRules() {
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT rule FROM rule_setting WHERE enabled = 0")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public void setRuleEnabled(String rule, boolean enabled) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO rule_setting (rule, enabled) VALUES (?, ?) ON CONFLICT (rule) DO UPDATE SET enabled=excluded.enabled")) {
                st.setString(1, rule);
                st.setInt(2, enabled ? 1 : 0);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** The desk's own word lists by kind; a kind the desk never edited is absent. */
    public Map<String, String> wordLists() {
        return db.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT kind, text FROM word_list ORDER BY kind")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /** Stores a word list, or (text null) goes back to the profile's list. */
    public void putWordList(String kind, String text) {
        db.write(c -> {
            if (text == null) {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM word_list WHERE kind=?")) {
                    st.setString(1, kind);
                    st.executeUpdate();
                }
            } else {
                try (PreparedStatement st = c.prepareStatement(
                        "INSERT INTO word_list (kind, text) VALUES (?, ?) ON CONFLICT (kind) DO UPDATE SET text=excluded.text")) {
                    st.setString(1, kind);
                    st.setString(2, text);
                    st.executeUpdate();
                }
            }
            return null;
        });
    }
}
