package org.copydesk.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.domain.KeywordUse;
import org.copydesk.storage.TaggerTable;

/** The tagger's tables in the SQLite file: vocabulary, counted terms, models. */
final class JdbcTagger implements TaggerTable {

    private final Connection c;

    JdbcTagger(Connection c) {
        this.c = c;
    }

    @Override
    public List<KeywordUse> vocabulary() throws SQLException {
        return Rows.list(c, "SELECT word, uses FROM vocabulary WHERE deleted = 0 ORDER BY uses DESC, word",
                rs -> new KeywordUse(rs.getString(1), rs.getInt(2)));
    }

    @Override
    public List<KeywordUse> keywordUses() throws SQLException {
        return Rows.list(c, "SELECT word, uses FROM vocabulary WHERE deleted = 0 AND uses > 0 ORDER BY uses DESC, word",
                rs -> new KeywordUse(rs.getString(1), rs.getInt(2)));
    }

    @Override
    public List<String> deleted() throws SQLException {
        return Rows.list(c, "SELECT word FROM vocabulary WHERE deleted = 1", rs -> rs.getString(1));
    }

    @Override
    public void countUses(Collection<String> added, Collection<String> removed) throws SQLException {
        batch("INSERT INTO vocabulary (word, uses) VALUES (?, 1) ON CONFLICT (word) DO UPDATE SET uses = vocabulary.uses + 1, deleted = 0", added);
        batch("UPDATE vocabulary SET uses = CASE WHEN uses > 0 THEN uses - 1 ELSE 0 END WHERE word = ?", removed);
    }

    private void batch(String sql, Collection<String> words) throws SQLException {
        if (words.isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (String w : words) {
                st.setString(1, w);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    @Override
    public Optional<Integer> rename(String from, String to) throws SQLException {
        Optional<Integer> uses = Rows.first(c, "SELECT uses FROM vocabulary WHERE word = ?", rs -> rs.getInt(1), from);
        if (uses.isEmpty()) {
            return Optional.empty();
        }
        Rows.update(c, "DELETE FROM article_keyword WHERE word = ? AND article_id IN "
                + "(SELECT article_id FROM article_keyword WHERE word = ?)", from, to);
        int changed = Rows.update(c, "UPDATE article_keyword SET word = ? WHERE word = ?", to, from);
        Rows.update(c, "INSERT INTO vocabulary (word, uses) VALUES (?, ?) "
                + "ON CONFLICT (word) DO UPDATE SET uses = vocabulary.uses + excluded.uses, deleted = 0", to, uses.get());
        Rows.update(c, "DELETE FROM vocabulary WHERE word = ?", from);
        return Optional.of(changed);
    }

    @Override
    public boolean delete(String word) throws SQLException {
        return Rows.update(c, "UPDATE vocabulary SET deleted = 1 WHERE word = ?", word) > 0;
    }

    @Override
    public Map<Long, Terms> allTerms() throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        List<String> encoded = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT article_id, digest, terms FROM article_terms")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                digests.add(rs.getString(2));
                encoded.add(rs.getString(3));
            }
        }
        // a large archive's counts are read back on every core
        List<Map<String, Integer>> decoded = encoded.parallelStream().map(JdbcTagger::decode).toList();
        Map<Long, Terms> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), new Terms(ids.get(i), digests.get(i), decoded.get(i)));
        }
        return out;
    }

    @Override
    public void putTerms(List<Terms> terms) throws SQLException {
        // only articles still in the file: one deleted meanwhile has no terms worth keeping
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO article_terms (article_id, digest, terms) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM article WHERE id = ?) "
                        + "ON CONFLICT (article_id) DO UPDATE SET digest = excluded.digest, terms = excluded.terms")) {
            for (Terms t : terms) {
                st.setLong(1, t.articleId());
                st.setString(2, t.digest());
                st.setString(3, encode(t.counts()));
                st.setLong(4, t.articleId());
                st.addBatch();
            }
            st.executeBatch();
        }
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

    @Override
    public Optional<byte[]> model(String name, String fingerprint) throws SQLException {
        return Rows.first(c, "SELECT data FROM model WHERE name = ? AND fingerprint = ?", rs -> rs.getBytes(1), name, fingerprint);
    }

    @Override
    public void putModel(String name, String fingerprint, byte[] data) throws SQLException {
        Rows.update(c, "INSERT INTO model (name, fingerprint, data) VALUES (?,?,?) "
                + "ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, data = excluded.data",
                name, fingerprint, data);
    }
}
