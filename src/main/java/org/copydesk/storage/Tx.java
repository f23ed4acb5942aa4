package org.copydesk.storage;

/** The table families of one transaction: whatever is done through them commits or rolls back together. */
public interface Tx {

    ArticleTable articles();

    RevisionTable revisions();

    SearchTable search();

    ImageTable images();

    ReviewTable review();

    TaggerTable tagger();

    MetaTable meta();

    LockTable locks();

    PublicationTable publications();

    /** The whole desk as rows, for copying it into another. */
    DeskRows rows();
}
