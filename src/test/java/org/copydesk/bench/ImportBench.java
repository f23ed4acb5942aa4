package org.copydesk.bench;

import com.hankcs.hanlp.HanLP;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.site.SiteProfiles;
import org.copydesk.service.Desk;
import org.copydesk.service.ImportService;

/**
 * Import throughput: 1,000 saved pages (a third GBK, a third Big5, a third UTF-8; Traditional with
 * pinyin annotations; navigation, dateline and furniture around a 1,500-character body), read,
 * recognised, cleaned and stored.
 */
final class ImportBench {

    private ImportBench() {
    }

    static void run(Path out, int pages) throws Exception {
        Corpus corpus = new Corpus();
        Path dir = out.resolve("import-pages");
        Files.createDirectories(dir);
        Random r = new Random(5);
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < pages; i++) {
            Path f = dir.resolve("page-" + i + ".html");
            byte[] b = page(corpus, r, i);
            Files.write(f, b);
            bytes += b.length;
            files.add(f);
        }
        Path dbFile = out.resolve("import.db");
        Files.deleteIfExists(dbFile);
        Files.deleteIfExists(out.resolve("import.db-wal"));
        try (Desk desk = Desk.open(dbFile)) {
            ImportService imports = desk.imports();
            // warm the converters and the JIT on a few pages first
            for (int i = 0; i < 30; i++) {
                imports.read(files.get(i));
            }
            long t0 = System.nanoTime();
            int stored = 0;
            int failed = 0;
            // as `copydesk import` does it: one batch, the tagger's counting beside the reading, all counted by its end
            try (ImportService.Batch batch = imports.batch()) {
                for (Path f : files) {
                    ImportService.FileResult res = imports.read(f);
                    if (res.ok()) {
                        stored += batch.store(res).size();
                    } else {
                        failed++;
                    }
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("import of %d pages (%.1f MB): %.2f s, %.0f pages/s, %.2f MB/s; stored %d, failed %d%n",
                    pages, bytes / 1e6, s, pages / s, bytes / 1e6 / s, stored, failed);
        }
    }

    private static byte[] page(Corpus corpus, Random r, int i) {
        String body = HanLP.convertToTraditionalChinese(corpus.body(r, 1500));
        // annotate a few characters with pinyin, as the reference page does
        body = body.replaceFirst("國", "國(guó)").replaceFirst("會", "會(huì)").replaceFirst("協", "協(xié)");
        String title = HanLP.convertToTraditionalChinese(corpus.article(r, 30).title());
        String html = "<html><head><meta charset=\"%s\"><title>%s</title></head><body>"
                + "<div class=\"nav\"><a>首頁</a> <a>要聞</a> <a>要論</a> <a>協商</a> <a>統戰</a></div>"
                + "<div>當前位置：首頁 &gt; 要聞 &gt; 正文</div><h1>%s</h1>"
                + "<div>2021-05-%02d 08:43:00 來源：人民網</div><div class=\"content\">%s</div>"
                + "<div>責任編輯：羅文</div><div>關鍵詞：國際 工作</div><div>版權所有</div></body></html>";
        String[] charsets = {"GB18030", "Big5-HKSCS", "UTF-8"};
        String cs = charsets[i % 3];
        String text = String.format(html, cs.startsWith("Big5") ? "big5" : cs.toLowerCase(), title, title, 1 + i % 28, body);
        if (cs.startsWith("Big5")) {
            text = text.replace("(guó)", "").replace("(huì)", "").replace("(xié)", "");
            StringBuilder sb = new StringBuilder();
            var enc = Charset.forName(cs).newEncoder();
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                sb.append(enc.canEncode(ch) ? ch : "");
            });
            text = sb.toString();
        }
        return text.getBytes(Charset.forName(cs));
    }
}
