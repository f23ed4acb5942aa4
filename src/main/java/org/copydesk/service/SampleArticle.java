package org.copydesk.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.copydesk.domain.Article;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.SiteProfile;
import org.copydesk.render.ArticleJson;
import org.copydesk.render.Images;
import org.copydesk.render.Sanitizer;
import org.copydesk.storage.ArticleRepository;

/**
 * The article a new desk opens with, written for Copydesk in the shape of the reference page, so a
 * newcomer sees the editor, the preview and the export working at once. Created once per database.
 */
public final class SampleArticle {

    static final String META_KEY = "sample.created";

    private SampleArticle() {
    }

    /** Stores the sample if this database has never had one and holds no articles; returns it if stored. */
    public static Optional<Article> createIfNew(ArticleRepository articles, SiteProfile profile) {
        if (articles.database().readOnly() || articles.meta(META_KEY).isPresent() || articles.count() > 0) {
            return Optional.empty();
        }
        Article sample = read(profile);
        ImageAsset figure = Images.fromBytes("sample figure", resource("figure.png"));
        Article draft = sample.toBuilder()
                .bodyHtml(Sanitizer.clean(sample.bodyHtml().replace("src=\"figure.png\"", "src=\"" + figure.name() + "\"")))
                .build();
        Article stored = articles.create(draft);
        articles.putImage(stored.id(), figure);
        articles.putMeta(META_KEY, stored.id() + "");
        return Optional.of(articles.saveRevision(stored, "sample"));
    }

    static Article read(SiteProfile profile) {
        try {
            Article a = ArticleJson.fromJson(new ObjectMapper().readTree(resource("welcome.json")));
            if (profile.channel(a.channel()).isEmpty()) {
                a = a.toBuilder().channel(profile.channels().get(0).name()).build();
            }
            return a;
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
