package org.copydesk.storage.jdbc;

import java.sql.Connection;
import org.copydesk.storage.ArticleTable;
import org.copydesk.storage.ImageTable;
import org.copydesk.storage.MetaTable;
import org.copydesk.storage.ReviewTable;
import org.copydesk.storage.RevisionTable;
import org.copydesk.storage.SearchTable;
import org.copydesk.storage.TaggerTable;
import org.copydesk.storage.Tx;

/** The table families over one connection, inside the transaction the store runs the work in. */
public final class JdbcTx implements Tx {

    private final Connection c;
    private final Dialect dialect;

    public JdbcTx(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    @Override
    public ArticleTable articles() {
        return new JdbcArticles(c, dialect);
    }

    @Override
    public RevisionTable revisions() {
        return new JdbcRevisions(c);
    }

    @Override
    public SearchTable search() {
        return dialect.search(c);
    }

    @Override
    public ImageTable images() {
        return new JdbcImages(c);
    }

    @Override
    public ReviewTable review() {
        return new JdbcReview(c, dialect);
    }

    @Override
    public TaggerTable tagger() {
        return new JdbcTagger(c);
    }

    @Override
    public org.copydesk.storage.LockTable locks() {
        return new JdbcLocks(c, dialect);
    }

    @Override
    public MetaTable meta() {
        return new JdbcMeta(c);
    }

    @Override
    public org.copydesk.storage.DeskRows rows() {
        return new JdbcDeskRows(c, dialect);
    }

    @Override
    public org.copydesk.storage.PublicationTable publications() {
        return new JdbcPublications(c);
    }
}
