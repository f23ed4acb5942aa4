package org.copydesk.support;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.Status;

/** Articles written for the tests, in the shape of the desk's real copy. */
public final class TestDesk {

    private TestDesk() {
    }

    public static Article article(String title, String channel, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>");
        }
        return new Article.Builder()
                .title(title)
                .subtitle("")
                .summary("")
                .channel(channel)
                .keywords(List.of("国际", "外交"))
                .source("人民网")
                .author("记者甲")
                .editor("罗文")
                .publishedAt(LocalDateTime.of(2021, 5, 13, 8, 43))
                .status(Status.DRAFT)
                .bodyHtml(body.toString())
                .build();
    }

    public static Path db(Path dir) {
        return dir.resolve("desk.db");
    }

    /** The reference page as a stored, approved article (id 7) with a figure. */
    public static Article referenceArticle() {
        return new Article.Builder()
                .id(7)
                .title("外交部国际司—— 强化理论武装 践行“两个维护”")
                .channel("要闻")
                .keywords(List.of("国际", "工作", "习近平", "外交", "政治"))
                .source("人民网")
                .editor("罗文")
                .publishedAt(LocalDateTime.of(2021, 5, 13, 8, 43))
                .bodyHtml("<p>近年来，外交部国际司自觉用思想武装头脑。</p><p>每周司务会，国际司有一个固定的“第一议题”。</p>"
                        + "<figure><img src=\"abc123.png\" alt=\"图\"><figcaption>图说</figcaption></figure>")
                .status(Status.APPROVED)
                .createdAt(Instant.parse("2021-05-13T00:00:00Z"))
                .updatedAt(Instant.parse("2021-05-13T00:00:00Z"))
                .build();
    }

    /** The bytes of a small PNG picture. */
    public static byte[] png() {
        try {
            var img = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Signs the six rounds of an article in review by the people a 三审三校 desk needs (三审 by three
     * different people), then approves it as {@code approver}.
     */
    public static Article approve(org.copydesk.service.Desk desk, long id, String approver) {
        signAll(desk, id);
        return desk.review().approve(id, approver);
    }

    /** Signs every round of an article in review, 三审 by three different people. */
    public static void signAll(org.copydesk.service.Desk desk, long id) {
        String[] who = {"初审员", "复审员", "终审员", "校对一", "校对二", "校对三"};
        for (org.copydesk.domain.Round r : org.copydesk.domain.Round.values()) {
            desk.review().signOff(id, r, who[r.ordinal()], "");
        }
    }
}
