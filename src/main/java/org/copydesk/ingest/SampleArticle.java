package org.copydesk.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.NewArticle;
import org.copydesk.domain.SiteProfile;
import org.copydesk.markup.Images;
import org.copydesk.site.ArticleJson;

/**
 * The article a new desk opens with, written for Copydesk in the shape of the reference page, so a
 * newcomer sees the editor, the preview and the export working at once: the article and its figure.
 */
public final class SampleArticle {

    private SampleArticle() {
    }

    /** The sample for a desk on this profile (in its first channel if the sample's is not there). */
    public static NewArticle read(SiteProfile profile) {
        try {
            Article a = ArticleJson.fromJson(new ObjectMapper().readTree(resource("welcome.json")));
            if (profile.channel(a.channel()).isEmpty()) {
                a = a.toBuilder().channel(profile.channels().get(0).name()).build();
            }
            ImageAsset figure = Images.fromBytes("sample figure", resource("figure.png"));
            Article draft = a.toBuilder()
                    .bodyHtml(a.bodyHtml().replace("src=\"figure.png\"", "src=\"" + figure.name() + "\""))
                    .build();
            return new NewArticle(draft, List.of(figure));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ArticleJson.InvalidArticle e) {
            throw new IllegalStateException("the bundled sample article is invalid", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SampleArticle.class.getResourceAsStream("/sample/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing /sample/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
