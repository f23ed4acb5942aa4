package org.copydesk.storage;

import java.sql.SQLException;
import java.util.List;
import org.copydesk.domain.Article;

/**
 * The full-text index over titles and bodies. Autosave only marks an article stale; the next search
 * (or any other save) indexes it again, so typing never pays for re-indexing.
 */
public interface SearchTable {

    /** Indexes the article as it is now (as the most recently changed) and clears its stale mark. */
    void index(Article a) throws SQLException;

    void markStale(long articleId) throws SQLException;

    /** True when some article's index entry is older than its working copy. */
    boolean anyStale() throws SQLException;

    List<Long> stale() throws SQLException;

    /** Clears a stale mark without indexing (the article is gone). */
    void clearStale(long articleId) throws SQLException;
}
