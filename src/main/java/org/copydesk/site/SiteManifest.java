package org.copydesk.site;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * What an exported folder holds ({@code site.json}): the articles on the site with what lists and
 * feeds say of them, and every file written with a fingerprint of what went into it. The next
 * export renders only the files whose fingerprint changed and removes the files no longer made.
 */
public record SiteManifest(String profile, List<SiteEntry> entries, Map<String, String> files) {

    static final int VERSION = 2;
    private static final Logger LOG = Logger.getLogger(SiteManifest.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static final SiteManifest EMPTY = new SiteManifest("", List.of(), Map.of());

    public SiteManifest {
        entries = List.copyOf(entries);
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /**
     * The manifest this process last wrote or read, with the file's identity then: a desk that
     * republishes into the same folder again and again does not parse its own manifest each time.
     */
    private static volatile Known known;

    private record Known(Path file, Object key, long size, java.nio.file.attribute.FileTime modified, SiteManifest manifest) {

        static Known of(Path file, SiteManifest manifest) throws IOException {
            var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return new Known(file.toAbsolutePath().normalize(), attrs.fileKey(), attrs.size(), attrs.lastModifiedTime(), manifest);
        }

        boolean same(Known other) {
            return file.equals(other.file) && java.util.Objects.equals(key, other.key) && size == other.size
                    && modified.equals(other.modified);
        }
    }

    /** The manifest of an exported folder; empty when there is none or it cannot be read (everything is then rewritten). */
    public static SiteManifest read(Path dir) {
        Path file = dir.resolve(SitePaths.MANIFEST);
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        Known last = known;
        Known now = null;
        try {
            now = Known.of(file, null);
            if (last != null && last.same(now) && now.key() != null) {
                return last.manifest();
            }
        } catch (IOException e) {
            // read below, and fall back as for any unreadable manifest
        }
        try {
            SiteManifest m = parse(file);
            if (now != null && m != EMPTY) {
                known = new Known(now.file(), now.key(), now.size(), now.modified(), m);
            }
            return m;
        } catch (IOException | RuntimeException e) {
            // a damaged manifest costs a full rewrite, nothing more
            LOG.warning("ignoring unreadable " + file + ": " + e.getMessage());
            return EMPTY;
        }
    }

    private static SiteManifest parse(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root.isArray()) {
            return fromFirstVersion(root);
        }
        if (root.path("version").asInt() != VERSION) {
            return EMPTY;
        }
        List<SiteEntry> entries = new ArrayList<>();
        for (JsonNode e : root.path("entries")) {
            entries.add(entry(e));
        }
        Map<String, String> files = JSON.convertValue(root.path("files"), new TypeReference<Map<String, String>>() { });
        return new SiteManifest(root.path("profile").asText(""), entries, files);
    }

    /** The first exports listed only articles; their pages are known by number, and go if not made again. */
    private static SiteManifest fromFirstVersion(JsonNode list) {
        Map<String, String> files = new LinkedHashMap<>();
        for (JsonNode e : list) {
            files.put(SitePaths.article(e.path("id").asLong()), "");
        }
        files.put(SitePaths.HOME, "");
        return new SiteManifest("", new ArrayList<>(), files);
    }

    private static SiteEntry entry(JsonNode e) {
        List<String> keywords = new ArrayList<>();
        e.path("keywords").forEach(k -> keywords.add(k.asText()));
        List<String> images = new ArrayList<>();
        e.path("images").forEach(k -> images.add(k.asText()));
        List<Long> related = new ArrayList<>();
        e.path("related").forEach(k -> related.add(k.asLong()));
        String published = e.path("publishedAt").asText("");
        return new SiteEntry(e.path("id").asLong(), e.path("uuid").asText(), e.path("path").asText(), e.path("revision").asText(),
                e.path("title").asText(), e.path("channel").asText(), keywords,
                published.isEmpty() ? null : java.time.LocalDateTime.parse(published), e.path("summary").asText(),
                e.path("source").asText(), e.path("author").asText(), java.time.Instant.parse(e.path("firstAt").asText()),
                java.time.Instant.parse(e.path("updated").asText()), images, related, e.path("leadImage").asText(""));
    }

    private static Map<String, Object> json(SiteEntry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", e.id());
        o.put("uuid", e.uuid());
        o.put("path", e.path());
        o.put("revision", e.revision());
        o.put("title", e.title());
        o.put("channel", e.channel());
        o.put("keywords", e.keywords());
        o.put("publishedAt", e.publishedAt() == null ? "" : e.publishedAt().toString());
        o.put("summary", e.summary());
        o.put("source", e.source());
        o.put("author", e.author());
        o.put("firstAt", e.firstAt().toString());
        o.put("updated", e.updated().toString());
        o.put("images", e.images());
        o.put("related", e.related());
        if (!e.leadImage().isEmpty()) {
            o.put("leadImage", e.leadImage());
        }
        return o;
    }

    void write(Path dir) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("profile", profile);
        root.put("entries", entries.stream().map(SiteManifest::json).toList());
        root.put("files", files);
        try {
            Path file = dir.resolve(SitePaths.MANIFEST);
            AtomicFiles.write(file, JSON.writeValueAsBytes(root));
            known = Known.of(file, this);
        } catch (IOException e) {
            throw AtomicFiles.failure(dir.resolve(SitePaths.MANIFEST), e);
        }
    }
}
