package org.copydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.domain.Article;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.NewArticle;
import org.copydesk.domain.Receipt;
import org.copydesk.service.Desk;
import org.copydesk.service.ExchangeService;

/**
 * Articles between desks: 1,000 articles with history (three revisions each), an image and a note,
 * packed on one desk, received on an empty one, received again (all unchanged), and a package of
 * the other desk's edits received back (all updated).
 */
final class ExchangeBench {

    private ExchangeBench() {
    }

    static void run(Path out, int count) throws Exception {
        Corpus corpus = new Corpus();
        Path dir = Benchmarks.freshDir(out, "exchange");
        Random r = new Random(5);
        byte[] png = Files.readAllBytes(Path.of("resources/sample/figure.png"));
        try (Desk a = Desk.open(dir.resolve("a.db")); Desk b = Desk.open(dir.resolve("b.db"))) {
            List<NewArticle> drafts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte[] picture = png.clone();
                picture[picture.length - 1] ^= (byte) i;
                picture[picture.length - 2] ^= (byte) (i >> 8);
                ImageAsset img = new ImageAsset(String.format("%016x.png", i), "image/png", picture);
                Article art = corpus.article(r, 1500);
                drafts.add(new NewArticle(art.toBuilder().bodyHtml(art.bodyHtml() + "<figure><img src=\"" + img.name() + "\"></figure>").build(),
                        List.of(img)));
            }
            List<Article> stored = a.drafts().createAll(drafts);
            for (Article x : stored) {
                Article v = a.drafts().saveRevision(x.toBuilder().subtitle("第二版").build());
                a.drafts().saveRevision(v.toBuilder().summary("第三版").build());
                a.review().addNote(x.id(), 0, "", "请核实", "校对甲");
            }
            System.out.printf("desk: %,d articles, three revisions, an image and a note each%n", stored.size());
            Path pkg = dir.resolve("all.cdpkg");
            long t0 = System.nanoTime();
            ExchangeService.Packed packed = a.exchange().pack(List.of(), null, pkg);
            double packS = (System.nanoTime() - t0) / 1e9;
            System.out.printf("pack --all: %.2f s, package %.1f MB (%,d articles)%n", packS, packed.bytes() / 1e6, packed.articles().size());

            t0 = System.nanoTime();
            ExchangeService.Received first = b.exchange().unpack(pkg);
            double unpackS = (System.nanoTime() - t0) / 1e9;
            System.out.printf("unpack into an empty desk: %.2f s (%s)%n", unpackS, first.summary());
            t0 = System.nanoTime();
            ExchangeService.Received again = b.exchange().unpack(pkg);
            System.out.printf("unpack the same package again: %.2f s (%s)%n", (System.nanoTime() - t0) / 1e9, again.summary());

            for (Article x : b.drafts().all()) {
                b.drafts().saveRevision(x.toBuilder().title(x.title() + "（校）").build());
            }
            Path back = dir.resolve("back.cdpkg");
            b.exchange().pack(List.of(), null, back);
            t0 = System.nanoTime();
            ExchangeService.Received returned = a.exchange().unpack(back);
            System.out.printf("unpack the other desk's edits back: %.2f s (%s)%n", (System.nanoTime() - t0) / 1e9, returned.summary());
            long updated = returned.count(Receipt.Outcome.UPDATED);
            if (updated != count) {
                throw new IllegalStateException("expected every article updated, got " + returned.summary());
            }
        }
    }
}
