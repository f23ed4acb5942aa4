package org.copydesk.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.domain.Article;
import org.copydesk.domain.FindQuery;
import org.copydesk.domain.NewArticle;
import org.copydesk.domain.Progress;
import org.copydesk.markup.Sanitizer;
import org.copydesk.proof.Checker;
import org.copydesk.proof.WordLists;
import org.copydesk.service.Desk;
import org.copydesk.service.DeskReplace;
import org.copydesk.site.SiteProfiles;

/**
 * Find and replace across a desk of {@code count} articles (1,500 characters each): the plan (every
 * change in context, nothing written), the replace in one transaction, and its undo; then a body
 * holding a table of 10,000 cells, cleaned and checked as the preview does it.
 */
final class ReplaceBench {

    private ReplaceBench() {
    }

    static void run(Path out, int count) throws Exception {
        Corpus corpus = new Corpus();
        Path dir = Benchmarks.freshDir(out, "replace");
        Random r = new Random(11);
        try (Desk desk = Desk.open(dir.resolve("desk.db"))) {
            List<NewArticle> drafts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                drafts.add(new NewArticle(corpus.article(r, 1500), List.of()));
            }
            desk.drafts().createAll(drafts);
            FindQuery q = FindQuery.words("委员", "代表");
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                DeskReplace.Plan plan = desk.replace().plan(q, null, null, Progress.NONE, () -> false);
                double planS = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                DeskReplace.Done done = desk.replace().apply(plan);
                double applyS = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                DeskReplace.Undone undone = desk.replace().undo(done.batch());
                double undoS = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%s: desk of %,d articles; 「委员」→「代表」: plan %.2f s (%,d changes in %,d articles), "
                                + "replace %.2f s (one transaction), undo %.2f s (%,d restored)%n",
                        round == 0 ? "first" : "again", count, planS, plan.changes(), plan.applied().size(), applyS, undoS,
                        undone.restored().size());
            }
        }
        StringBuilder t = new StringBuilder("<table><tr><th>序号</th><th>名称</th></tr>");
        for (int i = 0; i < 4999; i++) {
            t.append("<tr><td>").append(i + 1).append("</td><td>").append("社区服务项目").append(i).append("，进展顺利</td></tr>");
        }
        String raw = t.append("</table>").toString();
        Checker checker = new Checker(SiteProfiles.reference(), WordLists.defaults());
        Article base = new Article.Builder().title("一万个单元格的表格").channel("要闻").source("本网").editor("编辑").build();
        long[] cleanNs = new long[10];
        long[] checkNs = new long[10];
        for (int i = 0; i < 12; i++) {
            long t0 = System.nanoTime();
            String body = Sanitizer.clean(raw);
            long t1 = System.nanoTime();
            checker.check(base.toBuilder().bodyHtml(body).build());
            long t2 = System.nanoTime();
            if (i >= 2) {
                cleanNs[i - 2] = t1 - t0;
                checkNs[i - 2] = t2 - t1;
            }
        }
        Stats clean = Stats.ofNanos(cleanNs);
        Stats check = Stats.ofNanos(checkNs);
        System.out.printf("a table of 10,000 cells (%,d characters): sanitize median %.0f ms, check median %.0f ms (warm, 10 runs)%n",
                raw.length(), clean.median(), check.median());
    }
}
