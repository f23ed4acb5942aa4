package org.copydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.site.SiteProfiles;
import org.copydesk.storage.sqlite.BackupFiles;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;

    private final DraftServiceTest.MutableClock clock = new DraftServiceTest.MutableClock(Instant.parse("2026-11-20T01:30:00Z"));

    private Desk open(Path db) {
        return Desk.open(db, false, SiteProfiles.reference(), Desk.Access.READ_WRITE, clock);
    }

    @Test
    void aBackupIsMadeWhileTheDeskIsOpenAndHoldsEveryArticleAsItWas() {
        Path db = dir.resolve("copydesk.db");
        try (Desk desk = open(db)) {
            desk.drafts().create(TestDesk.article("第一篇", "要闻", "正文一。"));
            desk.drafts().create(TestDesk.article("第二篇", "要闻", "正文二。"));
            assertThat(desk.backups().available()).isTrue();
            Backup b = desk.backups().make();
            assertThat(b.file().getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(b.bytes()).isPositive();
            assertThat(b.file().getFileName().toString()).startsWith("copydesk-").endsWith(".db");
            // the desk goes on being written after the copy
            desk.drafts().create(TestDesk.article("第三篇", "要闻", "正文三。"));
            try (Desk copy = Desk.open(b.file(), false, SiteProfiles.reference(), Desk.Access.READ_WRITE)) {
                assertThat(copy.drafts().list(org.copydesk.domain.ArticleQuery.all())).extracting(s -> s.title())
                        .containsExactlyInAnyOrder("第一篇", "第二篇");
            }
            assertThat(dir.resolve("backups")).isDirectoryNotContaining("glob:**.part");
        }
    }

    @Test
    void aBackupIsDueWhenTheLastIsAnHourOld() {
        try (Desk desk = open(dir.resolve("copydesk.db"))) {
            assertThat(desk.backups().makeIfDue()).as("none yet").isPresent();
            clock.advance(Duration.ofMinutes(59));
            assertThat(desk.backups().makeIfDue()).isEmpty();
            clock.advance(Duration.ofMinutes(2));
            assertThat(desk.backups().makeIfDue()).isPresent();
            assertThat(desk.backups().list()).hasSize(2);
            assertThat(desk.backups().list().get(0).at()).isAfter(desk.backups().list().get(1).at());
        }
    }

    @Test
    void theSetKeepsTheLast24HoursAndTheLast14DaysAndTheLastFiveMadeBeforeAChange() throws Exception {
        Path db = dir.resolve("copydesk.db");
        Files.createDirectories(BackupFiles.folder(db));
        Instant start = clock.instant();
        // three copies an hour for 20 days, and seven before upgrades
        for (int h = 0; h < 20 * 24; h++) {
            for (int k = 0; k < 3; k++) {
                Files.writeString(BackupFiles.name(db, start.minus(Duration.ofHours(h)).minus(Duration.ofMinutes(k * 10L)), ""), "x");
            }
        }
        for (int k = 0; k < 7; k++) {
            Files.writeString(BackupFiles.name(db, start.minus(Duration.ofDays(k)).plusSeconds(1), "before-v" + k), "x");
        }
        try (Desk desk = open(db)) {
            desk.backups().make();
            List<Backup> left = desk.backups().list();
            long routine = left.stream().filter(b -> b.why().isEmpty()).count();
            // the newest of each of the last 24 hours (the new one among them) and of each of the last 14 days;
            // the newest of today and of yesterday are already among those hours
            assertThat(routine).isEqualTo(24 + 12);
            assertThat(left.stream().filter(b -> !b.why().isEmpty())).hasSize(5);
            assertThat(left.stream().filter(b -> b.why().isEmpty()).findFirst().orElseThrow().at()).isEqualTo(start);
            assertThat(left.get(left.size() - 1).at()).isAfter(start.minus(Duration.ofDays(14)));
        }
    }

    @Test
    void restoringPutsTheBackupInPlaceAndKeepsTheCurrentFileAside() throws Exception {
        Path db = dir.resolve("copydesk.db");
        Backup b;
        try (Desk desk = open(db)) {
            desk.drafts().create(TestDesk.article("备份前", "要闻", "正文。"));
            b = desk.backups().make();
            desk.drafts().create(TestDesk.article("备份后", "要闻", "正文。"));
            assertThatThrownBy(() -> BackupService.restore(db, b.file(), clock)).as("not while the desk is open")
                    .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DB_IN_USE));
        }
        Path aside = BackupService.restore(db, b.file(), clock);
        assertThat(aside.getFileName().toString()).startsWith("copydesk.db.before-restore-");
        try (Desk desk = open(db)) {
            assertThat(desk.drafts().list(org.copydesk.domain.ArticleQuery.all())).extracting(s -> s.title()).containsExactly("备份前");
        }
        try (Desk old = Desk.open(aside, false, SiteProfiles.reference(), Desk.Access.READ_WRITE)) {
            assertThat(old.drafts().list(org.copydesk.domain.ArticleQuery.all())).extracting(s -> s.title())
                    .containsExactlyInAnyOrder("备份前", "备份后");
        }
        assertThat(BackupService.find(db, "1").file()).isEqualTo(b.file());
        assertThatThrownBy(() -> BackupService.find(db, "9"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BACKUP_NOT_FOUND));
        Path notADesk = Files.writeString(dir.resolve("note.db"), "not a database");
        assertThatThrownBy(() -> BackupService.restore(db, notADesk, clock))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DB_NOT_A_DATABASE));
        assertThat(db).exists();
    }
}
