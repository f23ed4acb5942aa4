package org.copydesk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;

/**
 * What the tagger keeps in the database: the desk's keyword vocabulary (with use counts, rename,
 * merge and delete), each article's counted terms (so they are not counted again on every start),
 * and trained models with the fingerprint of what they learned from.
 */
public final class TaggerStore {

    /** A keyword of the desk's vocabulary and on how many articles it was accepted. */
    public record Word(String word, int uses) {
    }

    /** An article's counted terms, with the digest of the article version they were counted from. */
    public record Terms(long articleId, String digest, Map<String, Integer> counts) {
    }

    private final Database db;

    public TaggerStore(Database db) {
        this.db = db;
    }

    // ---- vocabulary ----------------------------------------------------------------------------

    /** The vocabulary, most used first (deleted words left out). */
    public List<Word> vocabulary() {
        return db.read(c -> Rows.list(c, "SELECT word, uses FROM vocabulary WHERE deleted = 0 ORDER BY uses DESC, word",
                rs -> new Word(rs.getString(1), rs.getInt(2))));
    }

    /** Words that must never be suggested again (deleted by the desk). */
    public List<String> deleted() {
        return db.read(c -> Rows.list(c, "SELECT word FROM vocabulary WHERE deleted = 1", rs -> rs.getString(1)));
    }

    /**
     * Renames a keyword everywhere: in the vocabulary and on every article that carries it. If the new
     * name already exists this is a merge (习近平总书记 → 习近平): uses add up, and an article that has
     * both keeps one.
     */
    public int rename(String from, String to) {
        String target = to.strip();
        if (target.isEmpty() || target.equals(from)) {
            return 0;
        }
        return db.write(c -> {
            int changed;
            try (PreparedStatement dup = c.prepareStatement(
                    "DELETE FROM article_keyword WHERE word = ? AND article_id IN "
                            + "(SELECT article_id FROM article_keyword WHERE word = ?)")) {
                dup.setString(1, from);
                dup.setString(2, target);
                dup.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE article_keyword SET word = ? WHERE word = ?")) {
                st.setString(1, target);
                st.setString(2, from);
                changed = st.executeUpdate();
            }
            int uses = 0;
            try (PreparedStatement st = c.prepareStatement("SELECT uses FROM vocabulary WHERE word = ?")) {
                st.setString(1, from);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        uses = rs.getInt(1);
                    } else {
                        throw new CopydeskException(Problem.KEYWORD_NOT_FOUND, from);
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO vocabulary (word, uses) VALUES (?, ?) "
                            + "ON CONFLICT (word) DO UPDATE SET uses = uses + excluded.uses, deleted = 0")) {
                st.setString(1, target);
                st.setInt(2, uses);
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM vocabulary WHERE word = ?")) {
                st.setString(1, from);
                st.executeUpdate();
            }
            return changed;
        });
    }

    /** Takes a word out of the vocabulary: it is no longer suggested or completed. Articles keep it. */
    public void delete(String word) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE vocabulary SET deleted = 1 WHERE word = ?")) {
                st.setString(1, word);
                if (st.executeUpdate() == 0) {
                    throw new CopydeskException(Problem.KEYWORD_NOT_FOUND, word);
                }
            }
            return null;
        });
    }

    // ---- counted terms -------------------------------------------------------------------------

    public Map<Long, Terms> allTerms() {
        return db.read(c -> {
            Map<Long, Terms> out = new LinkedHashMap<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT article_id, digest, terms FROM article_terms")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Terms(rs.getLong(1), rs.getString(2), decode(rs.getString(3))));
                }
            }
            return out;
        });
    }

    public void putTerms(List<Terms> terms) {
        if (terms.isEmpty() || db.readOnly()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO article_terms (article_id, digest, terms) VALUES (?,?,?) "
                            + "ON CONFLICT (article_id) DO UPDATE SET digest = excluded.digest, terms = excluded.terms")) {
                for (Terms t : terms) {
                    st.setLong(1, t.articleId());
                    st.setString(2, t.digest());
                    st.setString(3, encode(t.counts()));
                    st.addBatch();
                }
                st.executeBatch();
            } catch (java.sql.SQLException e) {
                // an article deleted meanwhile: its terms are not worth keeping
                if (!String.valueOf(e.getMessage()).contains("FOREIGN KEY")) {
                    throw e;
                }
            }
            return null;
        });
    }

    private static String encode(Map<String, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((t, n) -> sb.append(t).append('\t').append(n).append('\n'));
        return sb.toString();
    }

    private static Map<String, Integer> decode(String s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String line : s.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                try {
                    out.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
                } catch (NumberFormatException e) {
                    // a damaged line costs one term; the digest check recounts the article later
                }
            }
        }
        return out;
    }

    // ---- models --------------------------------------------------------------------------------

    /** A saved model's bytes, if its fingerprint matches. */
    public Optional<byte[]> model(String name, String fingerprint) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT data FROM model WHERE name = ? AND fingerprint = ?")) {
                st.setString(1, name);
                st.setString(2, fingerprint);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    public void putModel(String name, String fingerprint, byte[] data) {
        if (db.readOnly()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO model (name, fingerprint, data) VALUES (?,?,?) "
                            + "ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, data = excluded.data")) {
                st.setString(1, name);
                st.setString(2, fingerprint);
                st.setBytes(3, data);
                st.executeUpdate();
            }
            return null;
        });
    }
}
