package org.copydesk.storage;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.domain.KeywordUse;

/**
 * What the tagger keeps: the desk's keyword vocabulary (with use counts, rename, merge and delete),
 * each article's counted terms, and trained models with the fingerprint of what they learned from.
 */
public interface TaggerTable {

    /** An article's counted terms, with the digest of the article version they were counted from. */
    record Terms(long articleId, String digest, Map<String, Integer> counts) {
    }

    /** The vocabulary, most used first (deleted words left out). */
    List<KeywordUse> vocabulary() throws SQLException;

    /** The words in use on some article, most used first (deleted words left out). */
    List<KeywordUse> keywordUses() throws SQLException;

    /** Words that must never be suggested again (deleted by the desk). */
    List<String> deleted() throws SQLException;

    /** Counts a use of each added word and takes one back for each removed word. */
    void countUses(Collection<String> added, Collection<String> removed) throws SQLException;

    /**
     * Renames a keyword in the vocabulary and on every article that carries it; onto an existing word
     * this is a merge (uses add up, an article with both keeps one). Returns how many articles changed;
     * empty when the word is not in the vocabulary.
     */
    Optional<Integer> rename(String from, String to) throws SQLException;

    /** Takes a word out of the vocabulary (articles keep it); false when it is not there. */
    boolean delete(String word) throws SQLException;

    Map<Long, Terms> allTerms() throws SQLException;

    /** Stores counted terms; those of articles deleted meanwhile are dropped. */
    void putTerms(List<Terms> terms) throws SQLException;

    /** A saved model's bytes, if its fingerprint matches. */
    Optional<byte[]> model(String name, String fingerprint) throws SQLException;

    void putModel(String name, String fingerprint, byte[] data) throws SQLException;
}
