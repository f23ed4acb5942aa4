package org.copydesk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Status;
import org.copydesk.text.BodyText;
import org.copydesk.text.SearchTokens;

/**
 * Articles in the SQLite file: the working copy that autosave keeps current, the revisions kept on
 * explicit saves and status changes, keywords, images, soft deletion and full-text search.
 */
public final class ArticleRepository {

    private static final String KEYWORD_SEPARATOR = "\u001F";
    private static final String COLUMNS =
            "id, title, subtitle, summary, channel, source, author, editor, published_at, status, body_html, "
                    + "created_at, updated_at, version";

    private final Database db;
    private final Clock clock;

    public ArticleRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    public ArticleRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    public Database database() {
        return db;
    }

    // ---- writing ---------------------------------------------------------------------------

    /** Stores a new article and returns it with its id and times. */
    public Article create(Article draft) {
        return db.write(c -> insert(c, draft));
    }

    /** Stores several new articles in one transaction: all of them, or none. */
    public List<Article> createAll(List<Article> drafts) {
        return db.write(c -> {
            List<Article> out = new ArrayList<>(drafts.size());
            for (Article a : drafts) {
                out.add(insert(c, a));
            }
            return out;
        });
    }

    /** A new article with the images its body refers to. */
    public record NewArticle(Article article, List<ImageAsset> images) {
    }

    /** Stores several new articles with their images in one transaction: all of them, or none. */
    public List<Article> createAllWithImages(List<NewArticle> drafts) {
        return db.write(c -> {
            List<Article> out = new ArrayList<>(drafts.size());
            for (NewArticle n : drafts) {
                Article stored = insert(c, n.article());
                for (ImageAsset img : n.images()) {
                    insertImage(c, stored.id(), img);
                }
                out.add(stored);
            }
            return out;
        });
    }

    private Article insert(Connection c, Article a) throws SQLException {
        Instant now = clock.instant();
        Instant created = a.createdAt() == null ? now : a.createdAt();
        Instant updated = a.updatedAt() == null ? now : a.updatedAt();
        long id;
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO article (title, subtitle, summary, channel, source, author, editor, published_at, "
                        + "status, body_html, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id")) {
            bindFields(st, a);
            st.setString(11, Timestamps.instant(created));
            st.setString(12, Timestamps.instant(updated));
            st.setLong(13, a.version());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        Article stored = a.toBuilder().id(id).createdAt(created).updatedAt(updated).build();
        writeKeywords(c, id, stored.keywords());
        index(c, stored, false);
        return stored;
    }

    /**
     * Stores the working copy of an existing article (autosave): every field, no revision. Returns the
     * article as stored, with its new change time.
     */
    public Article saveWorkingCopy(Article a) {
        return db.write(c -> {
            Article stored = update(c, a, clock.instant());
            // the index catches up before the next search: autosave stays cheap while typing
            try (PreparedStatement st = c.prepareStatement("INSERT OR IGNORE INTO search_pending (article_id) VALUES (?)")) {
                st.setLong(1, stored.id());
                st.executeUpdate();
            }
            return stored;
        });
    }

    /** Stores the article and keeps a revision of it (an explicit save, Ctrl+S). */
    public Article saveRevision(Article a, String reason) {
        return db.write(c -> saveRevision(c, a, reason));
    }

    /** Moves an article to another status and keeps a revision of the change. */
    public Article changeStatus(long id, Status status, String reason) {
        return db.write(c -> changeStatus(c, id, status, reason));
    }

    /** {@link #saveRevision(Article, String)} inside a transaction another store owns. */
    Article saveRevision(Connection c, Article a, String reason) throws SQLException {
        Article stored = update(c, a, clock.instant());
        index(c, stored, true);
        return recordRevision(c, stored, reason);
    }

    /** {@link #changeStatus(long, Status, String)} inside a transaction another store owns. */
    Article changeStatus(Connection c, long id, Status status, String reason) throws SQLException {
        Article current = loadLive(c, id);
        return saveRevision(c, current.toBuilder().status(status).build(), reason);
    }

    /** The live article, or {@link Problem#ARTICLE_NOT_FOUND}. */
    static Article loadLive(Connection c, long id) throws SQLException {
        return load(c, id).orElseThrow(() -> new CopydeskException(Problem.ARTICLE_NOT_FOUND, id));
    }

    /**
     * An approved article whose words change goes back to review: its approval was for other words.
     * The change is put on its review record. (A published article may be corrected and stays published.)
     */
    private static Article reopenIfChanged(Connection c, Article a, Instant now) throws SQLException {
        if (a.status() != Status.APPROVED) {
            return a;
        }
        Optional<Article> before = load(c, a.id());
        if (before.isEmpty() || before.get().status() != Status.APPROVED || sameWords(before.get(), a)) {
            return a;
        }
        ReviewStore.insertEvent(c, a.id(), org.copydesk.domain.ReviewEvent.Kind.REOPENED, null, "", "", now);
        return a.toBuilder().status(Status.IN_REVIEW).build();
    }

    private static boolean sameWords(Article x, Article y) {
        return x.title().equals(y.title()) && x.subtitle().equals(y.subtitle()) && x.summary().equals(y.summary())
                && x.channel().equals(y.channel()) && x.source().equals(y.source()) && x.author().equals(y.author())
                && x.editor().equals(y.editor()) && java.util.Objects.equals(x.publishedAt(), y.publishedAt())
                && x.keywords().equals(y.keywords()) && x.bodyHtml().equals(y.bodyHtml());
    }

    private Article update(Connection c, Article original, Instant now) throws SQLException {
        Article a = reopenIfChanged(c, original, now);
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE article SET title=?, subtitle=?, summary=?, channel=?, source=?, author=?, editor=?, "
                        + "published_at=?, status=?, body_html=?, updated_at=? WHERE id=? AND deleted_at IS NULL")) {
            bindFields(st, a);
            st.setString(11, Timestamps.instant(now));
            st.setLong(12, a.id());
            if (st.executeUpdate() != 1) {
                throw new CopydeskException(Problem.ARTICLE_NOT_FOUND, a.id());
            }
        }
        writeKeywords(c, a.id(), a.keywords());
        return a.toBuilder().updatedAt(now).build();
    }

    private Article recordRevision(Connection c, Article a, String reason) throws SQLException {
        long version;
        try (PreparedStatement st = c.prepareStatement("SELECT version FROM article WHERE id=?")) {
            st.setLong(1, a.id());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                version = rs.getLong(1) + 1;
            }
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE article SET version=? WHERE id=?")) {
            st.setLong(1, version);
            st.setLong(2, a.id());
            st.executeUpdate();
        }
        Article stored = a.toBuilder().version(version).build();
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO revision (title, subtitle, summary, channel, source, author, editor, published_at, "
                        + "status, body_html, article_id, version, created_at, reason, keywords) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            bindFields(st, stored);
            st.setLong(11, stored.id());
            st.setLong(12, version);
            st.setString(13, Timestamps.instant(stored.updatedAt()));
            st.setString(14, reason == null ? "" : reason);
            st.setString(15, String.join(KEYWORD_SEPARATOR, stored.keywords()));
            st.executeUpdate();
        }
        return stored;
    }

    private static void bindFields(PreparedStatement st, Article a) throws SQLException {
        st.setString(1, a.title());
        st.setString(2, a.subtitle());
        st.setString(3, a.summary());
        st.setString(4, a.channel());
        st.setString(5, a.source());
        st.setString(6, a.author());
        st.setString(7, a.editor());
        if (a.publishedAt() == null) {
            st.setNull(8, Types.VARCHAR);
        } else {
            st.setString(8, Timestamps.local(a.publishedAt()));
        }
        st.setString(9, a.status().code());
        st.setString(10, a.bodyHtml());
    }

    private static void writeKeywords(Connection c, long id, List<String> keywords) throws SQLException {
        // the vocabulary counts a use each time a keyword is put on an article, and takes it back when removed
        List<String> before = keywords(c, id);
        List<String> added = keywords.stream().filter(k -> !before.contains(k)).toList();
        List<String> removed = before.stream().filter(k -> !keywords.contains(k)).toList();
        try (PreparedStatement up = c.prepareStatement(
                "INSERT INTO vocabulary (word, uses) VALUES (?, 1) ON CONFLICT (word) DO UPDATE SET uses = uses + 1, deleted = 0")) {
            for (String k : added) {
                up.setString(1, k);
                up.addBatch();
            }
            up.executeBatch();
        }
        try (PreparedStatement down = c.prepareStatement("UPDATE vocabulary SET uses = max(0, uses - 1) WHERE word = ?")) {
            for (String k : removed) {
                down.setString(1, k);
                down.addBatch();
            }
            down.executeBatch();
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM article_keyword WHERE article_id=?")) {
            del.setLong(1, id);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO article_keyword (article_id, position, word) VALUES (?,?,?)")) {
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

    /**
     * Puts the article's current title and body in the search index under a new sequence number,
     * the highest so far, so that the index lists matches in order of last change.
     */
    private static void index(Connection c, Article a, boolean replace) throws SQLException {
        try (PreparedStatement done = c.prepareStatement("DELETE FROM search_pending WHERE article_id=?")) {
            done.setLong(1, a.id());
            done.executeUpdate();
        }
        if (replace) {
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM article_search WHERE rowid = (SELECT search_seq FROM article WHERE id=?)")) {
                del.setLong(1, a.id());
                del.executeUpdate();
            }
        }
        long seq;
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(search_seq), 0) + 1 FROM article")) {
            rs.next();
            seq = rs.getLong(1);
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE article SET search_seq=? WHERE id=?")) {
            up.setLong(1, seq);
            up.setLong(2, a.id());
            up.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO article_search (rowid, title, body) VALUES (?,?,?)")) {
            ins.setLong(1, seq);
            ins.setString(2, SearchTokens.indexForm(a.title() + "\n" + a.subtitle()));
            ins.setString(3, SearchTokens.indexForm(a.summary() + "\n" + BodyText.plain(a.bodyHtml())));
            ins.executeUpdate();
        }
    }

    /** Moves an article to the bin: it leaves every list but can be brought back with {@link #restore}. */
    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE article SET deleted_at=? WHERE id=? AND deleted_at IS NULL")) {
                st.setString(1, Timestamps.instant(clock.instant()));
                st.setLong(2, id);
                if (st.executeUpdate() != 1) {
                    throw new CopydeskException(Problem.ARTICLE_NOT_FOUND, id);
                }
            }
            return null;
        });
    }

    public void restore(long id) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE article SET deleted_at=NULL WHERE id=?")) {
                st.setLong(1, id);
                if (st.executeUpdate() != 1) {
                    throw new CopydeskException(Problem.ARTICLE_NOT_FOUND, id);
                }
            }
            return null;
        });
    }

    /** Brings the search index up to date with autosaved working copies; cheap when nothing is pending. */
    void catchUpIndex() {
        boolean pending = db.read(c -> {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM search_pending LIMIT 1")) {
                return rs.next();
            }
        });
        if (!pending || db.readOnly()) {
            return;
        }
        db.write(c -> {
            for (long id : Rows.list(c, "SELECT article_id FROM search_pending", rs -> rs.getLong(1))) {
                Optional<Article> a = load(c, id);
                if (a.isPresent()) {
                    index(c, a.get(), true);
                } else {
                    try (PreparedStatement st = c.prepareStatement("DELETE FROM search_pending WHERE article_id=?")) {
                        st.setLong(1, id);
                        st.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** A new draft with the same fields and images, titled with the given suffix, back in draft status. */
    public Article duplicate(long id, String titleSuffix) {
        return db.write(c -> {
            Article original = load(c, id).orElseThrow(() -> new CopydeskException(Problem.ARTICLE_NOT_FOUND, id));
            Article copy = insert(c, original.toBuilder().id(0).title(original.title() + titleSuffix)
                    .status(Status.DRAFT).version(0).createdAt(null).updatedAt(null).build());
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO image (article_id, name, media_type, data) "
                            + "SELECT ?, name, media_type, data FROM image WHERE article_id=?")) {
                st.setLong(1, copy.id());
                st.setLong(2, id);
                st.executeUpdate();
            }
            return copy;
        });
    }

    // ---- images ----------------------------------------------------------------------------

    public void putImage(long articleId, ImageAsset image) {
        db.write(c -> {
            insertImage(c, articleId, image);
            return null;
        });
    }

    private static void insertImage(Connection c, long articleId, ImageAsset image) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO image (article_id, name, media_type, data) VALUES (?,?,?,?) "
                        + "ON CONFLICT (article_id, name) DO UPDATE SET media_type=excluded.media_type, data=excluded.data")) {
            st.setLong(1, articleId);
            st.setString(2, image.name());
            st.setString(3, image.mediaType());
            st.setBytes(4, image.data());
            st.executeUpdate();
        }
    }

    public List<ImageAsset> images(long articleId) {
        return db.read(c -> Rows.list(c, "SELECT name, media_type, data FROM image WHERE article_id=? ORDER BY name",
                rs -> new ImageAsset(rs.getString(1), rs.getString(2), rs.getBytes(3)), articleId));
    }

    // ---- reading ---------------------------------------------------------------------------

    public Optional<Article> find(long id) {
        return db.read(c -> load(c, id));
    }

    public Article get(long id) {
        return find(id).orElseThrow(() -> new CopydeskException(Problem.ARTICLE_NOT_FOUND, id));
    }

    private static Optional<Article> load(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM article WHERE id=? AND deleted_at IS NULL")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(article(rs, keywords(c, id)));
            }
        }
    }

    private static List<String> keywords(Connection c, long id) throws SQLException {
        return Rows.list(c, "SELECT word FROM article_keyword WHERE article_id=? ORDER BY position", rs -> rs.getString(1), id);
    }

    private static Article article(ResultSet rs, List<String> keywords) throws SQLException {
        return content(rs)
                .id(rs.getLong("id"))
                .keywords(keywords)
                .createdAt(Timestamps.instant(rs.getString("created_at")))
                .updatedAt(Timestamps.instant(rs.getString("updated_at")))
                .build();
    }

    /** The columns an article row and a revision row share: the article's words, fields and version. */
    private static Article.Builder content(ResultSet rs) throws SQLException {
        return new Article.Builder()
                .title(rs.getString("title"))
                .subtitle(rs.getString("subtitle"))
                .summary(rs.getString("summary"))
                .channel(rs.getString("channel"))
                .source(rs.getString("source"))
                .author(rs.getString("author"))
                .editor(rs.getString("editor"))
                .publishedAt(Timestamps.local(rs.getString("published_at")))
                .status(Status.fromCode(rs.getString("status")))
                .bodyHtml(rs.getString("body_html"))
                .version(rs.getLong("version"));
    }

    /** The live articles that match the query, most recently changed first. */
    public List<ArticleSummary> list(ArticleQuery q) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        String match = SearchTokens.matchExpression(q.search());
        if (match.isEmpty()) {
            sql.append("SELECT id, title, channel, status, published_at, updated_at FROM article a WHERE deleted_at IS NULL");
        } else {
            catchUpIndex();
            // the index yields matches newest change first, so the query stops once it has enough
            sql.append("SELECT a.id, a.title, a.channel, a.status, a.published_at, a.updated_at "
                    + "FROM article_search s JOIN article a ON a.search_seq = s.rowid "
                    + "WHERE article_search MATCH ? AND a.deleted_at IS NULL");
            args.add(match);
        }
        q.status().ifPresent(s -> {
            sql.append(" AND status=?");
            args.add(s.code());
        });
        q.channel().ifPresent(ch -> {
            sql.append(" AND channel=?");
            args.add(ch);
        });
        sql.append(match.isEmpty() ? " ORDER BY updated_at DESC, id DESC LIMIT ?" : " ORDER BY s.rowid DESC LIMIT ?");
        args.add(q.limit());
        return db.read(c -> Rows.list(c, sql.toString(), ArticleRepository::summary, args.toArray()));
    }

    /** A list row: id, title, channel, status, published_at, updated_at, in that order. */
    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                Status.fromCode(rs.getString(4)), Timestamps.local(rs.getString(5)), Timestamps.instant(rs.getString(6)));
    }

    /** One live article as the tagger reads it. */
    public record CorpusEntry(long id, String title, String summary, String channel, List<String> keywords, String bodyHtml) {
    }

    /** Every live article's text, in two queries, for the tagger's index and training. */
    public List<CorpusEntry> corpus() {
        return db.read(c -> {
            Map<Long, List<String>> keywords = new java.util.HashMap<>();
            try (var st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT article_id, word FROM article_keyword ORDER BY article_id, position")) {
                while (rs.next()) {
                    keywords.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            List<CorpusEntry> out = new ArrayList<>();
            try (var st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, title, summary, channel, body_html FROM article "
                         + "WHERE deleted_at IS NULL ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new CorpusEntry(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            keywords.getOrDefault(id, List.of()), rs.getString(5)));
                }
            }
            return out;
        });
    }

    /** Every live article, oldest first, for export and batch work. */
    public List<Article> all() {
        List<Long> ids = db.read(c -> Rows.list(c, "SELECT id FROM article WHERE deleted_at IS NULL ORDER BY id", rs -> rs.getLong(1)));
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public int count() {
        return db.read(c -> {
            try (var st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM article WHERE deleted_at IS NULL")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** The most recently published (or changed) other articles of a channel. */
    public List<ArticleSummary> recentInChannel(String channel, long excludeId, int limit) {
        return db.read(c -> Rows.list(c,
                "SELECT id, title, channel, status, published_at, updated_at FROM article "
                        + "WHERE deleted_at IS NULL AND channel=? AND id<>? AND title<>'' "
                        + "ORDER BY coalesce(published_at, substr(updated_at, 1, 16)) DESC, id DESC LIMIT ?",
                ArticleRepository::summary, channel, excludeId, limit));
    }

    /**
     * The desk's keyword vocabulary for autocompletion: every keyword accepted on an article, most
     * used first; words the desk deleted from the vocabulary are left out.
     */
    public List<KeywordUse> keywordUses() {
        return db.read(c -> Rows.list(c,
                "SELECT word, uses FROM vocabulary WHERE deleted = 0 AND uses > 0 ORDER BY uses DESC, word",
                rs -> new KeywordUse(rs.getString(1), rs.getInt(2))));
    }

    /** An article's revisions, newest first. */
    public List<Revision> revisions(long articleId) {
        return db.read(c -> revisions(c, articleId));
    }

    List<Revision> revisions(Connection c, long articleId) throws SQLException {
        return Rows.list(c, "SELECT * FROM revision WHERE article_id=? ORDER BY version DESC", rs -> {
            String kw = rs.getString("keywords");
            Article snapshot = content(rs)
                    .id(articleId)
                    .keywords(kw.isEmpty() ? List.of() : Arrays.asList(kw.split(KEYWORD_SEPARATOR)))
                    .updatedAt(Timestamps.instant(rs.getString("created_at")))
                    .build();
            return new Revision(rs.getLong("id"), articleId, rs.getLong("version"),
                    Timestamps.instant(rs.getString("created_at")), rs.getString("reason"), snapshot);
        }, articleId);
    }

    // ---- desk-wide facts ---------------------------------------------------------------------

    public Optional<String> meta(String key) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT value FROM meta WHERE key=?")) {
                st.setString(1, key);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void putMeta(String key, String value) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value=excluded.value")) {
                st.setString(1, key);
                st.setString(2, value);
                st.executeUpdate();
            }
            return null;
        });
    }
}
