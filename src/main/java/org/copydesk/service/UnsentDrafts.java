package org.copydesk.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.copydesk.domain.Article;
import org.copydesk.site.ArticleJson;
import org.copydesk.site.AtomicFiles;

/**
 * Drafts a shared desk's server did not take because it was away, kept as JSON files on this
 * computer (one per article, by uuid) until a save reaches the server: nothing typed is lost to a
 * server that went away, even if the window is closed meanwhile.
 */
final class UnsentDrafts {

    private static final Logger LOG = Logger.getLogger(UnsentDrafts.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    UnsentDrafts(Path dir) {
        this.dir = dir;
    }

    void keep(Article a) {
        if (a.uuid().isEmpty()) {
            return;
        }
        var o = ArticleJson.toJson(a);
        // the version the draft was based on: a later save merges from it
        o.put("basedOn", a.updatedAt() == null ? null : a.updatedAt().toString());
        AtomicFiles.write(dir.resolve(a.uuid() + ".json"), o.toString().getBytes(StandardCharsets.UTF_8));
    }

    void forget(String uuid) {
        try {
            Files.deleteIfExists(dir.resolve(uuid + ".json"));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove a draft kept on this computer", e);
        }
    }

    List<Article> all() {
        List<Article> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try {
                    var o = JSON.readTree(Files.readString(f));
                    Article a = ArticleJson.fromJson(o);
                    String basedOn = o.path("basedOn").asText("");
                    out.add(a.toBuilder().id(o.path("id").asLong()).updatedAt(basedOn.isEmpty() ? null : java.time.Instant.parse(basedOn))
                            .build());
                } catch (IOException | ArticleJson.InvalidArticle | RuntimeException e) {
                    LOG.log(Level.WARNING, "unreadable draft kept on this computer: " + f, e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list the drafts kept on this computer", e);
        }
        return out;
    }
}
