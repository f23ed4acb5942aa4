package org.copydesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    private static Problem problemOf(Runnable r) {
        try {
            r.run();
        } catch (CopydeskException e) {
            return e.problem();
        }
        throw new AssertionError("expected a CopydeskException");
    }

    @Test
    void opensInWalModeWithForeignKeysOn() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            String mode = db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            int fk = db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA foreign_keys")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(mode).isEqualToIgnoringCase("wal");
            assertThat(fk).isEqualTo(1);
        }
    }

    @Test
    void aSecondWriterOnTheSameFileIsRefused() {
        Path file = dir.resolve("a.db");
        try (Database first = Database.open(file)) {
            assertThat(problemOf(() -> Database.open(file).close())).isEqualTo(Problem.DB_IN_USE);
        }
        // once the first copy closes, the file is free again
        Database.open(file).close();
    }

    @Test
    void aReaderFallsBackToReadOnlyWhileAnotherCopyHoldsTheFile() {
        Path file = dir.resolve("a.db");
        try (Database first = Database.open(file)) {
            add(first, TestDesk.article("已有稿件", "要闻", "正文"));
            try (Database second = Database.open(file, Database.Access.READ_WRITE_OR_READ_ONLY)) {
                assertThat(second.readOnly()).isTrue();
                SqliteStore store = new SqliteStore(second);
                assertThat(store.<Integer>read(tx -> tx.articles().count())).isEqualTo(1);
                assertThat(problemOf(() -> add(second, TestDesk.article("x", "要闻", "y")))).isEqualTo(Problem.DB_IN_USE);
            }
        }
    }

    @Test
    void aMissingFolderIsReportedNotCreated() {
        Path file = dir.resolve("no/such/folder/a.db");
        assertThat(problemOf(() -> Database.open(file))).isEqualTo(Problem.DB_DIRECTORY_MISSING);
        assertThat(Files.exists(dir.resolve("no"))).isFalse();
    }

    @Test
    void theDefaultLocationsFolderIsCreated() {
        Path file = dir.resolve("data/copydesk/a.db");
        Database.open(file, true, Database.Access.READ_WRITE).close();
        assertThat(file).exists();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "这不是数据库，而是一份笔记。");
        assertThat(problemOf(() -> Database.open(file))).isEqualTo(Problem.DB_NOT_A_DATABASE);
        assertThat(Files.readString(file)).isEqualTo("这不是数据库，而是一份笔记。");
    }

    @Test
    void aDirectoryInPlaceOfTheFileIsRefused() throws Exception {
        Path file = Files.createDirectory(dir.resolve("d.db"));
        assertThat(problemOf(() -> Database.open(file))).isEqualTo(Problem.DB_NOT_A_DATABASE);
    }

    @Test
    void aDamagedDatabaseIsReportedAsSuch() throws Exception {
        Path file = dir.resolve("damaged.db");
        try (Database db = Database.open(file)) {
            for (int i = 0; i < 50; i++) {
                add(db, TestDesk.article("稿件" + i, "要闻", "正文".repeat(200)));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        // keep the header, scribble over the pages behind it
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        Files.deleteIfExists(dir.resolve("damaged.db-wal"));
        Files.deleteIfExists(dir.resolve("damaged.db-shm"));
        assertThat(problemOf(() -> {
            try (Database db = Database.open(file)) {
                new SqliteStore(db).read(tx -> tx.articles().list(org.copydesk.domain.ArticleQuery.all()));
            }
        })).isIn(Problem.DB_NOT_A_DATABASE, Problem.DB_FAILED);
    }

    @Test
    void writesRunOnTheWriterThreadNotTheCaller() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            String thread = db.write(c -> Thread.currentThread().getName());
            assertThat(thread).isEqualTo("copydesk-db-writer");
            assertThat(thread).isNotEqualTo(Thread.currentThread().getName());
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')");
                }
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(new SqliteStore(db).<java.util.Optional<String>>read(tx -> tx.meta().get("k"))).isEmpty();
        }
    }

    /** Stores an article straight into the table, as a service would after its rules. */
    private static long add(Database db, org.copydesk.domain.Article a) {
        java.time.Instant now = java.time.Instant.parse("2026-11-20T01:30:00Z");
        return new SqliteStore(db).write(tx -> tx.articles().insert(a.toBuilder()
                .uuid(java.util.UUID.randomUUID().toString()).createdAt(now).updatedAt(now).build(), "测试"));
    }

    @Test
    void aFullDiskIsSaidInOneLineAndWhatWasStoredStays() throws Exception {
        try (Database db = Database.open(dir.resolve("full.db"))) {
            db.write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("CREATE TABLE kept(x)");
                    st.execute("INSERT INTO kept VALUES ('before')");
                    // the file may not grow past where it is now: as good as a full disk
                    long pages;
                    try (var rs = st.executeQuery("PRAGMA page_count")) {
                        pages = rs.getLong(1);
                    }
                    st.execute("PRAGMA max_page_count = " + (pages + 1));
                }
                return null;
            });
            CopydeskException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> db.write(c -> {
                try (var st = c.prepareStatement("INSERT INTO kept VALUES (randomblob(200000))")) {
                    st.executeUpdate();
                }
                return null;
            }), CopydeskException.class);
            assertThat(e.problem()).isEqualTo(Problem.DISK_FULL);
            assertThat(org.copydesk.l10n.Messages.get().get("problem.DISK_FULL", e.args())).startsWith("磁盘已满");
            // when SQLite ends the transaction without saying why, the commit's "no transaction is active"
            // is not what the person reads either
            CopydeskException quiet = org.assertj.core.api.Assertions.catchThrowableOfType(() -> db.write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO kept VALUES (randomblob(200000))");
                }
                return null;
            }), CopydeskException.class);
            assertThat(quiet.problem()).isIn(Problem.DISK_FULL, Problem.DB_WRITE_FAILED);
            assertThat(org.copydesk.l10n.Messages.get().get("problem." + quiet.problem().name(), quiet.args()))
                    .doesNotContain("SQLITE", "transaction").contains("full.db");
            String kept = db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*), min(x) FROM kept")) {
                    return rs.getInt(1) + " " + rs.getString(2);
                }
            });
            assertThat(kept).isEqualTo("1 before");
        }
    }
}
