package org.copydesk.storage.sqlite;

import java.nio.file.Path;
import org.copydesk.storage.Store;
import org.copydesk.storage.jdbc.JdbcTx;

/** The desk in one SQLite file: the {@link Store} over a {@link Database}. */
public final class SqliteStore implements Store {

    private final Database db;

    public SqliteStore(Database db) {
        this.db = db;
    }

    /** Opens (creating and migrating as needed) the file. */
    public static SqliteStore open(Path file, boolean createParents, Database.Access access) {
        return new SqliteStore(Database.open(file, createParents, access));
    }

    @Override
    public <T> T read(Work<T> work) {
        return db.read(c -> work.run(new JdbcTx(c, SqliteDialect.INSTANCE)));
    }

    @Override
    public <T> T write(Work<T> work) {
        return db.write(c -> work.run(new JdbcTx(c, SqliteDialect.INSTANCE)));
    }

    @Override
    public boolean readOnlyMedia() {
        return db.readOnlyMedia();
    }

    @Override
    public boolean readOnly() {
        return db.readOnly();
    }

    @Override
    public String location() {
        return db.path().toString();
    }

    public Path path() {
        return db.path();
    }

    @Override
    public java.util.Optional<Path> file() {
        return java.util.Optional.of(db.path());
    }

    @Override
    public void backUpTo(Path target) {
        db.backUpTo(target);
    }

    @Override
    public void close() {
        db.close();
    }
}
