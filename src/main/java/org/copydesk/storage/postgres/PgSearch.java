package org.copydesk.storage.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import org.copydesk.domain.Article;
import org.copydesk.storage.jdbc.PendingIndex;
import org.copydesk.storage.jdbc.Rows;
import org.copydesk.text.BodyText;
import org.copydesk.text.SearchTokens;

/** The shared desk's full-text index: each article's bigram tsvector, renumbered newest first on every re-index. */
final class PgSearch extends PendingIndex {

    PgSearch(Connection c) {
        super(c);
    }

    @Override
    public void index(Article a) throws SQLException {
        clearStale(a.id());
        String text = a.title() + "\n" + a.subtitle() + "\n" + a.summary() + "\n" + BodyText.plain(a.bodyHtml());
        Rows.update(c, "UPDATE article SET search = ?::tsvector, search_seq = nextval('search_seq') WHERE id = ?",
                SearchTokens.tsVector(text), a.id());
    }
}
