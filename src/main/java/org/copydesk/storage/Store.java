package org.copydesk.storage;

import java.sql.SQLException;

/**
 * A desk's store: the one place articles, revisions, images, the review record and the tagger's data
 * are kept. Every read and write is a piece of work over the table families of one transaction
 * ({@link Tx}); writes are serialised and all-or-nothing. Implementations hold SQL only: the rules
 * about what may be written live in the services.
 */
public interface Store extends AutoCloseable {

    /** A piece of work over the tables of one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /** Runs a read; any thread may call it. */
    <T> T read(Work<T> work);

    /** Runs a write in one transaction, serialised with every other write, and waits for it. */
    <T> T write(Work<T> work);

    /** True when this store may only be read (another copy of the program holds it). */
    boolean readOnly();

    /** True when the desk is read-only because of where its file is (a disc, a read-only mount). */
    default boolean readOnlyMedia() {
        return false;
    }

    /** Where the store is, for messages: a file or a server address. */
    String location();

    /** True for a store other programs write at the same time (a shared desk on a server). */
    default boolean shared() {
        return false;
    }

    /**
     * Calls {@code changed} with an article's number whenever another client writes it (0: anything
     * may have changed, after the connection to the others was lost and found again). Nothing for a
     * store no other program writes. Closing the result stops listening.
     */
    default AutoCloseable listen(java.util.function.LongConsumer changed) {
        return () -> { };
    }

    /** The file the desk lives in; empty for a desk on a server (backed up by the server). */
    default java.util.Optional<java.nio.file.Path> file() {
        return java.util.Optional.empty();
    }

    /** Writes a consistent copy of the desk to {@code target} while it stays open; a file store only. */
    default void backUpTo(java.nio.file.Path target) {
        throw new org.copydesk.domain.CopydeskException(org.copydesk.domain.Problem.BACKUP_UNAVAILABLE);
    }

    @Override
    void close();
}
