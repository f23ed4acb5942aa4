package org.copydesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.site.SiteProfiles;
import org.copydesk.support.TestDesk;
import org.copydesk.support.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Twenty people writing at once for a minute (copydesk.writers.seconds to change it), four to an
 * article, each in a paragraph of their own, each on their own connections: every write is stored,
 * or refused and then merged as the window merges it, and no stored write is lost.
 */
class SharedDeskWritersTest {

    private static final int WRITERS = 20;
    private static final int PER_ARTICLE = 4;
    private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>");

    /** One writer's figures; {@code last} is the number of its last write the desk said it stored. */
    private record Tally(int writer, long attempted, long stored, long refused, long merged, long unmerged, long last) {
    }

    @Test
    void twentyWritersForAMinuteLoseNothing() throws Exception {
        TestPostgres.require();
        String address = TestPostgres.newDatabase();
        int seconds = Integer.getInteger("copydesk.writers.seconds", 60);
        List<Long> articles = new ArrayList<>();
        try (Desk setup = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "setup")) {
            for (int i = 0; i < WRITERS / PER_ARTICLE; i++) {
                // each writer's paragraph sits between fixed ones, so that two writers' changes never touch
                articles.add(setup.drafts().create(TestDesk.article("并发稿件 " + i, "要闻",
                        "w-0", "——", "w-1", "——", "w-2", "——", "w-3")).id());
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Tally>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            running.add(pool.submit(() -> write(address, writer, articles.get(writer / PER_ARTICLE), deadline)));
        }
        List<Tally> tallies = new ArrayList<>();
        for (Future<Tally> f : running) {
            tallies.add(f.get(seconds + 120L, TimeUnit.SECONDS));
        }
        pool.shutdown();

        long attempted = tallies.stream().mapToLong(Tally::attempted).sum();
        long stored = tallies.stream().mapToLong(Tally::stored).sum();
        long refused = tallies.stream().mapToLong(Tally::refused).sum();
        long merged = tallies.stream().mapToLong(Tally::merged).sum();
        long unmerged = tallies.stream().mapToLong(Tally::unmerged).sum();
        int lost = 0;
        try (Desk check = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "check")) {
            for (Tally t : tallies) {
                List<String> paragraphs = paragraphs(check.drafts().get(articles.get(t.writer() / PER_ARTICLE)).bodyHtml());
                String expected = t.last() == 0 ? "w-" + (t.writer() % PER_ARTICLE) : token(t.writer(), t.last());
                if (!paragraphs.get(2 * (t.writer() % PER_ARTICLE)).equals(expected)) {
                    lost++;
                }
            }
        }
        System.out.printf("shared desk, %d writers for %d s on %d articles: %d writes attempted, %d stored "
                        + "(%d of them after a merge), %d refused as based on an old version, %d lost%n",
                WRITERS, seconds, articles.size(), attempted, stored, merged, refused, lost);
        assertThat(unmerged).as("writes to different paragraphs that did not merge").isZero();
        assertThat(lost).as("stored writes missing from the articles").isZero();
        assertThat(stored).as("every writer stored something").isGreaterThanOrEqualTo(WRITERS);
        assertThat(tallies).allSatisfy(t -> assertThat(t.stored()).isPositive());
        assertThat(attempted).isEqualTo(tallies.stream().mapToLong(t -> t.stored() - t.merged() + t.refused()).sum());
        assertThat(refused).as("four writers to an article meet each other").isPositive();
    }

    private static Tally write(String address, int writer, long id, long deadline) {
        long attempted = 0;
        long stored = 0;
        long refused = 0;
        long merged = 0;
        long unmerged = 0;
        long last = 0;
        int own = 2 * (writer % PER_ARTICLE);
        try (Desk desk = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "writer-" + writer)) {
            for (long n = 1; System.nanoTime() < deadline; n++) {
                Article base = desk.drafts().get(id);
                List<String> paragraphs = paragraphs(base.bodyHtml());
                paragraphs.set(own, token(writer, n));
                Article mine = base.toBuilder().bodyHtml(html(paragraphs)).build();
                attempted++;
                try {
                    desk.drafts().saveWorkingCopy(mine);
                    stored++;
                    last = n;
                } catch (CopydeskException e) {
                    if (e.problem() != Problem.EDIT_CONFLICT) {
                        throw e;
                    }
                    refused++;
                    // as the window does: merge with what the others stored, and save the merge
                    DraftService.EditMerge m = desk.drafts().mergeEdit(base, mine);
                    if (!m.clean()) {
                        unmerged++;
                    } else {
                        try {
                            desk.drafts().saveMerged(m.merged(), m.theirs());
                            stored++;
                            merged++;
                            last = n;
                        } catch (CopydeskException again) {
                            if (again.problem() != Problem.EDIT_CONFLICT) {
                                throw again;
                            }
                            // someone stored again meanwhile: the next round starts from theirs
                        }
                    }
                }
            }
        }
        return new Tally(writer, attempted, stored, refused, merged, unmerged, last);
    }

    private static String token(int writer, long n) {
        return "w" + writer + "-" + n;
    }

    private static List<String> paragraphs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String html(List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        paragraphs.forEach(p -> b.append("<p>").append(p).append("</p>"));
        return b.toString();
    }
}
