package org.copydesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    private Connection raw(Path db) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    private static List<String> objects(Connection c) throws Exception {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type || ':' || name FROM sqlite_master ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void migrationOneCreatesTheArticleSchemaAndRecordsItsVersion() throws Exception {
        Path db = dir.resolve("m1.db");
        try (Connection c = raw(db)) {
            Migrations.apply(c, 0, 1);
            assertThat(Migrations.userVersion(c)).isEqualTo(1);
            assertThat(objects(c)).contains("table:article", "table:article_keyword", "table:image",
                    "table:revision", "table:meta", "table:article_search");
        }
    }

    @Test
    void everyMigrationAppliesOnTopOfThePreviousOneAndNoneIsSkipped() throws Exception {
        Path db = dir.resolve("all.db");
        try (Connection c = raw(db)) {
            for (int v = 1; v <= Migrations.latest(); v++) {
                Migrations.apply(c, v - 1, v);
                assertThat(Migrations.userVersion(c)).isEqualTo(v);
            }
        }
    }

    @Test
    void migrationFourAddsTheReviewTablesWithoutTouchingExistingArticles() throws Exception {
        Path db = dir.resolve("m4.db");
        try (Connection c = raw(db)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.apply(c, 0, 3);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO article (id, title, created_at, updated_at) VALUES (7, '旧稿', '2021-05-13T00:43:00Z', '2021-05-13T00:43:00Z')");
            }
            Migrations.apply(c, 3, 4);
            assertThat(Migrations.userVersion(c)).isEqualTo(4);
            assertThat(objects(c)).contains("table:note", "table:review_event", "table:dismissal", "table:rule_setting",
                    "table:word_list");
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO note (article_id, paragraph, body, author, created_at) VALUES (7, 0, '核实', '校对', 'x')");
                try (ResultSet rs = st.executeQuery("SELECT title FROM article WHERE id = 7")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("旧稿");
                }
                // notes go with their article
                st.execute("DELETE FROM article WHERE id = 7");
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM note")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
        }
    }

    @Test
    void migrationFiveGivesEveryArticleAndRevisionAUuidAndChainsRevisionsToTheirParents() throws Exception {
        Path db = dir.resolve("m5.db");
        try (Connection c = raw(db)) {
            Migrations.apply(c, 0, 4);
            try (Statement st = c.createStatement()) {
                for (int id = 1; id <= 2; id++) {
                    st.execute("INSERT INTO article (id, title, created_at, updated_at) VALUES (" + id
                            + ", '旧稿', '2021-05-13T00:43:00Z', '2021-05-13T00:43:00Z')");
                    for (int v = 1; v <= 3; v++) {
                        st.execute("INSERT INTO revision (article_id, version, created_at, reason, title, subtitle, summary, channel, "
                                + "keywords, source, author, editor, status, body_html) VALUES (" + id + ", " + v
                                + ", 'x', 'save', '旧稿', '', '', '', '', '', '', '', 'draft', '')");
                    }
                }
            }
            Migrations.apply(c, 4, 5);
            List<String> articleUuids = column(c, "SELECT uuid FROM article ORDER BY id");
            assertThat(articleUuids).hasSize(2).doesNotHaveDuplicates()
                    .allMatch(u -> u.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
            List<String> uuids = column(c, "SELECT uuid FROM revision WHERE article_id = 1 ORDER BY version");
            List<String> parents = column(c, "SELECT parent FROM revision WHERE article_id = 1 ORDER BY version");
            assertThat(uuids).doesNotHaveDuplicates().doesNotContainNull();
            assertThat(parents).containsExactly("", uuids.get(0), uuids.get(1));
            assertThat(column(c, "SELECT uuid FROM revision")).hasSize(6).doesNotHaveDuplicates();
        }
    }

    private static List<String> column(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void anOlderDeskIsBackedUpAsItWasBeforeItsStructureChanges() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = raw(db)) {
            Migrations.apply(c, 0, Migrations.latest() - 1);
        }
        assertThat(BackupFiles.list(db)).isEmpty();
        try (Database d = Database.open(db)) {
            assertThat(d.read(Migrations::userVersion)).isEqualTo(Migrations.latest());
        }
        assertThat(BackupFiles.list(db)).singleElement().satisfies(e -> {
            assertThat(e.why()).isEqualTo("before-v" + Migrations.latest());
            assertThat(e.file().getParent()).isEqualTo(dir.resolve("backups"));
            try (Connection c = raw(e.file())) {
                assertThat(Migrations.userVersion(c)).as("the copy is the desk as it was").isEqualTo(Migrations.latest() - 1);
            } catch (Exception x) {
                throw new AssertionError(x);
            }
        });
        try (Database d = Database.open(db)) {
            assertThat(d.path()).exists();
        }
        assertThat(BackupFiles.list(db)).as("no migration, no backup").hasSize(1);
    }

    @Test
    void openingMigratesAFreshFileToTheLatestVersion() throws Exception {
        Path db = dir.resolve("fresh.db");
        try (Database d = Database.open(db)) {
            int version = d.read(Migrations::userVersion);
            assertThat(version).isEqualTo(Migrations.latest());
        }
        assertThat(BackupFiles.list(db)).as("a new file has nothing to keep").isEmpty();
    }

    @Test
    void aMigrationThatFailsLeavesTheVersionWhereItWas() throws Exception {
        Path db = dir.resolve("half.db");
        try (Connection c = raw(db)) {
            try (Statement st = c.createStatement()) {
                // an object in the way makes migration 1 fail part-way through
                st.execute("CREATE TABLE meta (x)");
            }
            assertThatThrownBy(() -> Migrations.apply(c, 0, 1)).isInstanceOf(java.sql.SQLException.class);
            assertThat(Migrations.userVersion(c)).isZero();
            assertThat(objects(c)).doesNotContain("table:article");
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        Path db = dir.resolve("newer.db");
        try (Connection c = raw(db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE future (x)");
            st.execute("PRAGMA user_version = " + (Migrations.latest() + 5));
        }
        assertThatThrownBy(() -> Database.open(db))
                .isInstanceOfSatisfying(CopydeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.DB_NEWER_VERSION);
                    assertThat(e.args()).contains(String.valueOf(Migrations.latest() + 5));
                });
        try (Connection c = raw(db)) {
            assertThat(Migrations.userVersion(c)).isEqualTo(Migrations.latest() + 5);
            assertThat(objects(c)).containsExactly("table:future");
        }
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        assertThat(Migrations.statements("-- a comment; with a semicolon\nCREATE TABLE a (x);\n\nCREATE TABLE b (y);"))
                .containsExactly("CREATE TABLE a (x)", "CREATE TABLE b (y)");
    }
}
