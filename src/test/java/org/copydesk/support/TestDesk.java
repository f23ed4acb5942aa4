package org.copydesk.support;

import java.nio.file.Path;
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
}
