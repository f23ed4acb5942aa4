package org.copydesk.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Dismissal;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Note;
import org.copydesk.domain.Problem;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Revision;
import org.copydesk.domain.SiteProfile;
import org.copydesk.markup.Images;
import org.copydesk.markup.Sanitizer;

/**
 * Reads a package as untrusted input: the whole file is read and checked before anything is
 * handed on, so a package that fails gives one message naming the file and the item, and nothing of
 * it is stored. Entry names are only looked up, never used as paths; sizes are limited (a zip bomb
 * stops at the limit); every body, current and past, passes the sanitizer; channels must be this
 * site's.
 */
public final class PackageReader {

    /** A package is refused past this many bytes unpacked (images included). */
    static final long MAX_TOTAL = 1024L * 1024 * 1024;
    /** An article's document is refused past this size. */
    static final long MAX_DOCUMENT = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 200_000;

    /** What a package holds: which site made it, when, and its articles. */
    public record Contents(String site, Instant created, List<PackedArticle> articles) {
    }

    private PackageReader() {
    }

    public static Contents read(Path file, SiteProfile profile) {
        if (!Files.isRegularFile(file)) {
            throw new CopydeskException(Problem.FILE_NOT_FOUND, file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return read(file, zip, profile);
        } catch (NoSuchFileException e) {
            throw new CopydeskException(Problem.FILE_NOT_FOUND, file);
        } catch (ZipException e) {
            throw new CopydeskException(Problem.PACKAGE_NOT_READABLE, e, file, e.getMessage());
        } catch (IOException e) {
            throw new CopydeskException(Problem.PACKAGE_NOT_READABLE, e, file, e.getMessage());
        }
    }

    private static Contents read(Path file, ZipFile zip, SiteProfile profile) throws IOException {
        Map<String, ZipEntry> entries = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (entries.size() >= MAX_ENTRIES) {
                throw new CopydeskException(Problem.PACKAGE_TOO_LARGE, file, "entries", MAX_TOTAL / (1024 * 1024));
            }
            entries.put(e.getName(), e);
        }
        long[] budget = {MAX_TOTAL};
        JsonNode manifest = json(file, zip, entries, PackageFormat.MANIFEST, budget);
        String format = manifest.path("format").asText("");
        if (!PackageFormat.FORMAT.equals(format)) {
            throw new CopydeskException(Problem.PACKAGE_NOT_READABLE, file, "no Copydesk manifest");
        }
        int version = manifest.path("version").asInt(-1);
        if (version > PackageFormat.VERSION) {
            throw new CopydeskException(Problem.PACKAGE_NEWER, file, version, PackageFormat.VERSION);
        }
        if (version < 1) {
            throw invalid(file, PackageFormat.MANIFEST, "\"version\" must be a positive number");
        }
        List<String> uuids;
        Instant created;
        try {
            uuids = PackageFormat.strings(PackageFormat.array(manifest, "articles"), "\"articles\"");
            created = PackageFormat.instant(manifest, "created", false);
        } catch (PackageFormat.Invalid e) {
            throw invalid(file, PackageFormat.MANIFEST, e.getMessage());
        }
        List<PackedArticle> articles = new ArrayList<>();
        TreeSet<String> foreign = new TreeSet<>();
        for (String uuid : uuids) {
            String name = PackageFormat.articleEntry(uuid);
            if (!PackageFormat.UUID.matcher(uuid).matches()) {
                throw invalid(file, PackageFormat.MANIFEST, "not an article uuid: " + uuid);
            }
            PackedArticle a;
            try {
                a = article(file, zip, entries, uuid, json(file, zip, entries, name, budget), budget);
            } catch (PackageFormat.Invalid e) {
                throw invalid(file, name, e.getMessage());
            }
            for (Revision r : a.revisions()) {
                String channel = r.snapshot().channel();
                if (!channel.isEmpty() && profile.channel(channel).isEmpty()) {
                    foreign.add(channel);
                }
            }
            articles.add(a);
        }
        if (!foreign.isEmpty()) {
            throw new CopydeskException(Problem.PACKAGE_OTHER_SITE, file, String.join("、", foreign));
        }
        return new Contents(manifest.path("site").asText(""), created, articles);
    }

    private static PackedArticle article(Path file, ZipFile zip, Map<String, ZipEntry> entries, String uuid, JsonNode o,
                                         long[] budget) throws PackageFormat.Invalid, IOException {
        if (!uuid.equals(PackageFormat.text(o, "uuid", true))) {
            throw new PackageFormat.Invalid("\"uuid\" does not match the manifest");
        }
        Article current = PackageFormat.articleFields(o.get("article"));
        List<Revision> revisions = new ArrayList<>();
        for (JsonNode r : PackageFormat.array(o, "revisions")) {
            Revision rev = PackageFormat.revision(r);
            Article snapshot = rev.snapshot().toBuilder().bodyHtml(Sanitizer.clean(rev.snapshot().bodyHtml())).build();
            revisions.add(new Revision(0, rev.uuid(), rev.parent(), rev.merged(), 0, 0, rev.createdAt(), rev.reason(), snapshot));
        }
        if (revisions.isEmpty()) {
            throw new PackageFormat.Invalid("no revisions");
        }
        List<Note> notes = new ArrayList<>();
        for (JsonNode n : PackageFormat.array(o, "notes")) {
            notes.add(PackageFormat.note(n));
        }
        List<ReviewEvent> events = new ArrayList<>();
        for (JsonNode e : PackageFormat.array(o, "events")) {
            events.add(PackageFormat.event(e));
        }
        List<Dismissal> dismissals = new ArrayList<>();
        for (JsonNode d : PackageFormat.array(o, "dismissals")) {
            dismissals.add(PackageFormat.dismissal(d));
        }
        List<ImageAsset> images = new ArrayList<>();
        for (JsonNode i : PackageFormat.array(o, "images")) {
            String name = PackageFormat.text(i, "name", true);
            if (!PackageFormat.IMAGE_NAME.matcher(name).matches()) {
                throw new PackageFormat.Invalid("not an image name: " + name);
            }
            String entry = PackageFormat.imageEntry(uuid, name);
            byte[] data = bytes(file, zip, entries, entry, Images.MAX_BYTES, budget);
            ImageAsset img = Images.fromBytes(file + ":" + entry, data);
            images.add(new ImageAsset(name, img.mediaType(), data));
        }
        Article article = current.toBuilder().uuid(uuid).bodyHtml(Sanitizer.clean(current.bodyHtml())).build();
        return new PackedArticle(article, revisions, images, notes, events, dismissals);
    }

    private static JsonNode json(Path file, ZipFile zip, Map<String, ZipEntry> entries, String name, long[] budget)
            throws IOException {
        byte[] data = bytes(file, zip, entries, name, MAX_DOCUMENT, budget);
        try {
            JsonNode n = PackageFormat.JSON.readTree(data);
            if (n == null || !n.isObject()) {
                throw invalid(file, name, "not a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw invalid(file, name, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** An entry's bytes, read no further than its limit and what is left of the package's budget. */
    private static byte[] bytes(Path file, ZipFile zip, Map<String, ZipEntry> entries, String name, long limit, long[] budget)
            throws IOException {
        ZipEntry e = entries.get(name);
        if (e == null) {
            throw invalid(file, name, "missing from the package");
        }
        long max = Math.min(limit, budget[0]);
        try (InputStream in = zip.getInputStream(e)) {
            byte[] data = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            if (data.length > max) {
                throw new CopydeskException(Problem.PACKAGE_TOO_LARGE, file, name, max / (1024 * 1024));
            }
            budget[0] -= data.length;
            return data;
        }
    }

    private static CopydeskException invalid(Path file, String item, String why) {
        return new CopydeskException(Problem.PACKAGE_INVALID, file, item, why);
    }
}
