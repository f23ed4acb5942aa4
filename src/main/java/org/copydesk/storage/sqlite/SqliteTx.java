package org.copydesk.storage.sqlite;

import java.sql.Connection;
import org.copydesk.storage.ArticleTable;
import org.copydesk.storage.ImageTable;
import org.copydesk.storage.MetaTable;
import org.copydesk.storage.ReviewTable;
import org.copydesk.storage.RevisionTable;
import org.copydesk.storage.SearchTable;
import org.copydesk.storage.TaggerTable;
import org.copydesk.storage.Tx;

/** The table families over one connection, inside the transaction {@link Database} runs the work in. */
final class SqliteTx implements Tx {

    private final Connection c;

    SqliteTx(Connection c) {
        this.c = c;
    }

    @Override
    public ArticleTable articles() {
        return new SqliteArticles(c);
    }

    @Override
    public RevisionTable revisions() {
        return new SqliteRevisions(c);
    }

    @Override
    public SearchTable search() {
        return new SqliteSearch(c);
    }

    @Override
    public ImageTable images() {
        return new SqliteImages(c);
    }

    @Override
    public ReviewTable review() {
        return new SqliteReview(c);
    }

    @Override
    public TaggerTable tagger() {
        return new SqliteTagger(c);
    }

    @Override
    public MetaTable meta() {
        return new SqliteMeta(c);
    }
}
