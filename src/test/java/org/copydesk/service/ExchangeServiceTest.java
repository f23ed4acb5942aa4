package org.copydesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleField;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Note;
import org.copydesk.domain.Receipt;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Round;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles passed between two (and three) desks in one test: each outcome, review records, convergence. */
class ExchangeServiceTest {

    @TempDir
    Path dir;

    private final List<Desk> open = new ArrayList<>();
    private int packages;

    private Desk desk(String name) {
        Desk d = openDesk(name);
        open.add(d);
        return d;
    }

    /** A desk of its own for each name (a file here; a shared desk in {@code PgExchangeServiceTest}). */
    protected Desk openDesk(String name) {
        return Desk.open(dir.resolve(name + ".db"));
    }

    @AfterEach
    void close() {
        open.forEach(Desk::close);
    }

    /** Sends the articles (by uuid) from one desk to another; returns the receipts. */
    private List<Receipt> send(Desk from, Desk to, String... uuids) {
        List<Long> ids = new ArrayList<>();
        for (String u : uuids) {
            ids.add(idOf(from, u));
        }
        Path file = dir.resolve("p" + (++packages) + ".cdpkg");
        from.exchange().pack(ids, null, file);
        return to.exchange().unpack(file).receipts();
    }

    private static long idOf(Desk d, String uuid) {
        return d.drafts().all().stream().filter(a -> a.uuid().equals(uuid)).findFirst().orElseThrow().id();
    }

    private static Article byUuid(Desk d, String uuid) {
        return d.drafts().get(idOf(d, uuid));
    }

    private static Set<String> revisionUuids(Desk d, String uuid) {
        Set<String> out = new HashSet<>();
        d.review().revisions(idOf(d, uuid)).forEach(r -> out.add(r.uuid()));
        return out;
    }

    private static Article edit(Desk d, Article a, String body) {
        return d.drafts().saveRevision(d.drafts().get(a.id()).toBuilder().bodyHtml(body).build());
    }

    private static final String BODY = "<p>第一段。</p><p>第二段。</p><p>第三段。</p>";

    private Article written(Desk d) {
        return d.drafts().saveRevision(d.drafts().create(TestDesk.article("外交部国际司强化理论武装", "要闻", "x")
                .toBuilder().bodyHtml(BODY).build()));
    }

    @Test
    void aNewArticleArrivesWithItsHistoryImagesAndRecord() {
        Desk editor = desk("editor");
        Desk proofreader = desk("proof");
        Article a = written(editor);
        editor.drafts().putImage(a.id(), new ImageAsset("0123456789abcdef.png", "image/png", TestDesk.png()));
        editor.review().addNote(a.id(), 1, "第二段", "请核实", "编辑甲");
        editor.review().submit(a.id(), "编辑甲");
        List<Receipt> r = send(editor, proofreader, a.uuid());
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.outcome()).isEqualTo(Receipt.Outcome.NEW);
            assertThat(x.title()).isEqualTo(a.title());
        });
        Article there = byUuid(proofreader, a.uuid());
        assertThat(there.bodyHtml()).isEqualTo(BODY);
        assertThat(there.status()).isEqualTo(org.copydesk.domain.Status.IN_REVIEW);
        assertThat(revisionUuids(proofreader, a.uuid())).isEqualTo(revisionUuids(editor, a.uuid()));
        assertThat(proofreader.drafts().images(there.id())).extracting(ImageAsset::name).containsExactly("0123456789abcdef.png");
        assertThat(proofreader.review().notes(there.id())).extracting(Note::body).containsExactly("请核实");
        assertThat(proofreader.review().events(there.id())).extracting(ReviewEvent::uuid)
                .isEqualTo(editor.review().events(a.id()).stream().map(ReviewEvent::uuid).toList());
    }

    @Test
    void theSamePackageTwiceLeavesEverythingUnchanged() {
        Desk a = desk("a");
        Desk b = desk("b");
        Article x = written(a);
        Path file = dir.resolve("once.cdpkg");
        a.exchange().pack(List.of(x.id()), null, file);
        assertThat(b.exchange().unpack(file).receipts()).extracting(Receipt::outcome).containsExactly(Receipt.Outcome.NEW);
        assertThat(b.exchange().unpack(file).receipts()).extracting(Receipt::outcome).containsExactly(Receipt.Outcome.UNCHANGED);
        assertThat(b.drafts().count()).isEqualTo(1);
    }

    @Test
    void aPackageThatContinuesOurHistoryFastForwardsAndAnOlderOneChangesNothing() {
        Desk editor = desk("editor");
        Desk proofreader = desk("proof");
        Article a = written(editor);
        send(editor, proofreader, a.uuid());
        Path old = dir.resolve("old.cdpkg");
        editor.exchange().pack(List.of(a.id()), null, old);
        Article there = byUuid(proofreader, a.uuid());
        edit(proofreader, there, "<p>第一段。</p><p>第二段（校对改）。</p><p>第三段。</p>");
        assertThat(send(proofreader, editor, a.uuid())).extracting(Receipt::outcome).containsExactly(Receipt.Outcome.UPDATED);
        assertThat(editor.drafts().get(a.id()).bodyHtml()).contains("第二段（校对改）");
        assertThat(proofreader.exchange().unpack(old).receipts()).extracting(Receipt::outcome).containsExactly(Receipt.Outcome.UNCHANGED);
        assertThat(byUuid(proofreader, a.uuid()).bodyHtml()).contains("第二段（校对改）");
    }

    @Test
    void changesToDifferentParagraphsMergeIntoARevisionWithBothParentsAndTheDesksConverge() {
        Desk a = desk("a");
        Desk b = desk("b");
        Article x = written(a);
        send(a, b, x.uuid());
        edit(a, x, "<p>第一段（甲改）。</p><p>第二段。</p><p>第三段。</p>");
        Article onB = byUuid(b, x.uuid());
        b.drafts().saveRevision(b.drafts().get(onB.id()).toBuilder().title("新标题").bodyHtml("<p>第一段。</p><p>第二段。</p><p>第三段（乙改）。</p>").build());
        assertThat(send(b, a, x.uuid())).extracting(Receipt::outcome).containsExactly(Receipt.Outcome.MERGED);
        Article merged = a.drafts().get(x.id());
        assertThat(merged.title()).isEqualTo("新标题");
        assertThat(merged.bodyHtml()).isEqualTo("<p>第一段（甲改）。</p><p>第二段。</p><p>第三段（乙改）。</p>");
        Revision mergeRevision = a.review().revisions(x.id()).get(0);
        assertThat(mergeRevision.reason()).isEqualTo("merge");
        assertThat(mergeRevision.parents()).hasSize(2);
        assertThat(send(a, b, x.uuid())).extracting(Receipt::outcome).containsExactly(Receipt.Outcome.UPDATED);
        assertThat(byUuid(b, x.uuid()).sameWords(a.drafts().get(x.id()))).isTrue();
        assertThat(revisionUuids(b, x.uuid())).isEqualTo(revisionUuids(a, x.uuid()));
    }

    @Test
    void theSameParagraphChangedOnBothDesksIsAConflictUntilAPersonSettlesIt() {
        Desk a = desk("a");
        Desk b = desk("b");
        Article x = written(a);
        send(a, b, x.uuid());
        edit(a, x, "<p>第一段。</p><p>第二段（甲的说法）。</p><p>第三段。</p>");
        edit(b, byUuid(b, x.uuid()), "<p>第一段。</p><p>第二段（乙的说法）。</p><p>第三段。</p>");
        assertThat(send(b, a, x.uuid())).extracting(Receipt::outcome).containsExactly(Receipt.Outcome.CONFLICT);
        Article waiting = a.drafts().get(x.id());
        assertThat(waiting.conflict()).isTrue();
        assertThat(waiting.bodyHtml()).as("this desk's words stay until merged").contains("甲的说法");
        assertThat(a.drafts().list(ArticleQuery.all().withConflicts(true))).extracting(ArticleSummary::id).containsExactly(x.id());
        assertThat(a.publishing().gate(waiting).reasons()).extracting(g -> g.key()).contains("gate.conflict");
        assertThat(revisionUuids(a, x.uuid())).as("both sides' revisions are kept").containsAll(revisionUuids(b, x.uuid()));

        ExchangeService.Conflict c = a.exchange().conflict(x.id()).orElseThrow();
        assertThat(c.merge().bodyConflicts()).singleElement().satisfies(p -> {
            assertThat(p.mine()).containsExactly("<p>第二段（甲的说法）。</p>");
            assertThat(p.theirs()).containsExactly("<p>第二段（乙的说法）。</p>");
        });
        int at = c.merge().body().indexOf(c.merge().bodyConflicts().get(0));
        Article settled = a.exchange().resolve(x.id(), Map.of(), Map.of(at, List.of("<p>第二段（两人商定）。</p>")));
        assertThat(settled.conflict()).isFalse();
        assertThat(settled.bodyHtml()).isEqualTo("<p>第一段。</p><p>第二段（两人商定）。</p><p>第三段。</p>");
        assertThat(a.review().revisions(x.id()).get(0).parents()).hasSize(2);
        assertThat(send(a, b, x.uuid())).extracting(Receipt::outcome).containsExactly(Receipt.Outcome.UPDATED);
        assertThat(byUuid(b, x.uuid()).bodyHtml()).contains("两人商定");
    }

    @Test
    void reviewRecordsMergeAsAUnionAndAResolvedNoteStaysResolved() {
        Desk editor = desk("editor");
        Desk proofreader = desk("proof");
        Article a = written(editor);
        Note n = editor.review().addNote(a.id(), 0, "", "标题再斟酌", "编辑甲");
        editor.review().submit(a.id(), "编辑甲");
        send(editor, proofreader, a.uuid());
        long there = idOf(proofreader, a.uuid());
        proofreader.review().signOff(there, Round.PROOF_1, "校对乙", "");
        proofreader.review().addNote(there, 2, "", "数字核对", "校对乙");
        Note mine = proofreader.review().notes(there).stream().filter(x -> x.uuid().equals(n.uuid())).findFirst().orElseThrow();
        proofreader.review().resolve(mine.id(), "校对乙");
        editor.review().addNote(a.id(), 1, "", "第二段补充来源", "编辑甲");
        assertThat(send(proofreader, editor, a.uuid())).extracting(Receipt::outcome).containsExactly(Receipt.Outcome.UPDATED);
        assertThat(editor.review().notes(a.id())).extracting(Note::body)
                .containsExactlyInAnyOrder("标题再斟酌", "数字核对", "第二段补充来源");
        assertThat(editor.review().notes(a.id())).filteredOn(x -> x.uuid().equals(n.uuid())).singleElement()
                .satisfies(x -> assertThat(x.resolvedBy()).isEqualTo("校对乙"));
        assertThat(editor.review().signedRounds(a.id())).containsExactly(Round.PROOF_1);
        assertThat(editor.review().events(a.id())).filteredOn(e -> e.kind() == ReviewEvent.Kind.SIGNED_OFF)
                .singleElement().satisfies(e -> assertThat(e.who()).isEqualTo("校对乙"));
    }

    @Test
    void anArticleDeletedHereComesBackWhenTheOtherDeskSendsIt() {
        Desk a = desk("a");
        Desk b = desk("b");
        Article x = written(a);
        send(a, b, x.uuid());
        a.drafts().delete(x.id());
        edit(b, byUuid(b, x.uuid()), "<p>第一段。</p><p>第二段（续写）。</p><p>第三段。</p>");
        assertThat(send(b, a, x.uuid())).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Receipt.Outcome.NEW);
            assertThat(r.remark()).isNotEmpty();
        });
        assertThat(a.drafts().get(x.id()).bodyHtml()).contains("续写");
    }

    @Test
    void threeDesksPassAnArticleAroundAndEndTheSame() {
        Desk editor = desk("editor");
        Desk proofreader = desk("proof");
        Desk chief = desk("chief");
        Article a = written(editor);
        send(editor, proofreader, a.uuid());
        edit(proofreader, byUuid(proofreader, a.uuid()), "<p>第一段。</p><p>第二段（校对）。</p><p>第三段。</p>");
        send(proofreader, chief, a.uuid());
        Article onChief = byUuid(chief, a.uuid());
        chief.drafts().saveRevision(chief.drafts().get(onChief.id()).toBuilder().title("终审改定的标题").build());
        edit(editor, a, "<p>第一段（编辑补充）。</p><p>第二段。</p><p>第三段。</p>");
        assertThat(send(chief, editor, a.uuid())).extracting(Receipt::outcome).containsExactly(Receipt.Outcome.MERGED);
        send(editor, proofreader, a.uuid());
        send(editor, chief, a.uuid());
        Article e = editor.drafts().get(a.id());
        assertThat(e.title()).isEqualTo("终审改定的标题");
        assertThat(e.bodyHtml()).isEqualTo("<p>第一段（编辑补充）。</p><p>第二段（校对）。</p><p>第三段。</p>");
        assertThat(byUuid(proofreader, a.uuid()).sameWords(e)).isTrue();
        assertThat(byUuid(chief, a.uuid()).sameWords(e)).isTrue();
    }

    @Test
    void randomEditsAndExchangesInAnyOrderConvergeOrConflictAndLoseNoRevision() {
        for (int seed = 1; seed <= 12; seed++) {
            Random r = new Random(seed);
            Desk a = desk("pa" + seed);
            Desk b = desk("pb" + seed);
            Article x = written(a);
            send(a, b, x.uuid());
            Desk[] desks = {a, b};
            Set<String> made = new HashSet<>();
            for (int step = 0; step < 14; step++) {
                int who = r.nextInt(2);
                Desk d = desks[who];
                switch (r.nextInt(5)) {
                    case 0, 1 -> {
                        Article cur = byUuid(d, x.uuid());
                        List<String> paragraphs = new ArrayList<>(List.of(cur.bodyHtml().split("(?<=</p>)")));
                        int p = r.nextInt(paragraphs.size());
                        paragraphs.set(p, "<p>" + (who == 0 ? "甲" : "乙") + step + "改了第" + p + "段。</p>");
                        made.add(d.drafts().saveRevision(cur.toBuilder().bodyHtml(String.join("", paragraphs)).build()).revision());
                    }
                    case 2 -> {
                        Article cur = byUuid(d, x.uuid());
                        made.add(d.drafts().saveRevision(cur.toBuilder().subtitle((who == 0 ? "甲" : "乙") + step).build()).revision());
                    }
                    default -> {
                        Desk to = desks[1 - who];
                        send(d, to, x.uuid());
                        settle(to, x.uuid());
                    }
                }
            }
            for (int round = 0; round < 2; round++) {
                send(a, b, x.uuid());
                settle(b, x.uuid());
                send(b, a, x.uuid());
                settle(a, x.uuid());
            }
            made.remove("");
            assertThat(byUuid(a, x.uuid()).sameWords(byUuid(b, x.uuid()))).as("seed %d converges", seed).isTrue();
            assertThat(revisionUuids(a, x.uuid())).as("seed %d keeps every revision", seed).containsAll(made)
                    .isEqualTo(revisionUuids(b, x.uuid()));
        }
    }

    /** A person settles a conflict by keeping this desk's side. */
    private static void settle(Desk d, String uuid) {
        long id = idOf(d, uuid);
        if (d.exchange().conflict(id).isPresent()) {
            d.exchange().resolve(id, Map.<ArticleField, Object>of(), Map.of());
        }
    }
}
