package org.copydesk.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.copydesk.domain.Article;
import org.copydesk.domain.Dismissal;
import org.copydesk.domain.Note;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Round;
import org.copydesk.site.ArticleJson;

/**
 * The JSON inside a package: the manifest, and one document per article. Version 1:
 * <pre>
 * manifest.json          {"format": "copydesk-package", "version": 1, "site": ID, "created": INSTANT,
 *                         "articles": [UUID, ...]}
 * articles/UUID.json     {"uuid", "article": {show --json fields}, "revisions": [{"uuid", "parent", "merged",
 *                         "createdAt", "reason", "article": {...}}, ...oldest first], "notes": [...],
 *                         "events": [...], "dismissals": [...], "images": [{"name", "mediaType"}]}
 * images/UUID/NAME       the image's bytes
 * </pre>
 */
final class PackageFormat {

    static final String FORMAT = "copydesk-package";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Image names as the desk makes them (a content hash and a type), and nothing that could name a path. */
    static final Pattern IMAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}\\.[a-z]{2,5}");

    private PackageFormat() {
    }

    static String articleEntry(String uuid) {
        return "articles/" + uuid + ".json";
    }

    static String imageEntry(String uuid, String name) {
        return "images/" + uuid + "/" + name;
    }

    // ---- writing -----------------------------------------------------------------------------------

    static ObjectNode manifest(String site, Instant created, List<String> uuids) {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", FORMAT);
        m.put("version", VERSION);
        m.put("site", site);
        m.put("created", created.toString());
        ArrayNode a = m.putArray("articles");
        uuids.forEach(a::add);
        return m;
    }

    static ObjectNode article(PackedArticle p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("uuid", p.article().uuid());
        o.set("article", ArticleJson.toJson(p.article()));
        ArrayNode revisions = o.putArray("revisions");
        for (Revision r : p.revisions()) {
            ObjectNode ro = revisions.addObject();
            ro.put("uuid", r.uuid());
            ro.put("parent", r.parent());
            ro.put("merged", r.merged());
            ro.put("createdAt", r.createdAt().toString());
            ro.put("reason", r.reason());
            ro.set("article", ArticleJson.toJson(r.snapshot()));
        }
        ArrayNode notes = o.putArray("notes");
        for (Note n : p.notes()) {
            notes.addObject().put("uuid", n.uuid()).put("paragraph", n.paragraph()).put("anchor", n.anchor())
                    .put("body", n.body()).put("author", n.author()).put("createdAt", n.createdAt().toString())
                    .put("resolvedAt", n.resolvedAt() == null ? null : n.resolvedAt().toString())
                    .put("resolvedBy", n.resolvedBy());
        }
        ArrayNode events = o.putArray("events");
        for (ReviewEvent e : p.events()) {
            events.addObject().put("uuid", e.uuid()).put("kind", e.kind().name())
                    .put("round", e.round() == null ? "" : e.round().code()).put("who", e.who())
                    .put("at", e.at().toString()).put("text", e.text());
        }
        ArrayNode dismissals = o.putArray("dismissals");
        for (Dismissal d : p.dismissals()) {
            dismissals.addObject().put("rule", d.rule()).put("field", d.field()).put("text", d.text()).put("context", d.context());
        }
        ArrayNode images = o.putArray("images");
        p.images().forEach(i -> images.addObject().put("name", i.name()).put("mediaType", i.mediaType()));
        return o;
    }

    // ---- reading -----------------------------------------------------------------------------------

    /** A value in a document that is not what the format says; the message says which and why. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    static String text(JsonNode o, String field, boolean required) throws Invalid {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new Invalid("\"" + field + "\" is missing");
            }
            return "";
        }
        if (!v.isTextual()) {
            throw new Invalid("\"" + field + "\" must be a string");
        }
        return v.asText();
    }

    static Instant instant(JsonNode o, String field, boolean required) throws Invalid {
        String s = text(o, field, required);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new Invalid("\"" + field + "\" is not a time: " + s);
        }
    }

    static String uuid(JsonNode o, String field, boolean required) throws Invalid {
        String s = text(o, field, required);
        if (!s.isEmpty() && !UUID.matcher(s).matches()) {
            throw new Invalid("\"" + field + "\" is not a uuid: " + s);
        }
        return s;
    }

    static ArrayNode array(JsonNode o, String field) throws Invalid {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return JSON.createArrayNode();
        }
        if (!v.isArray()) {
            throw new Invalid("\"" + field + "\" must be an array");
        }
        return (ArrayNode) v;
    }

    /** An article's fields and status from its JSON form, with the times the sending desk recorded. */
    static Article articleFields(JsonNode o) throws Invalid {
        if (o == null || !o.isObject()) {
            throw new Invalid("\"article\" must be an object");
        }
        try {
            Article a = ArticleJson.fromJson(o);
            return a.toBuilder().createdAt(instant(o, "createdAt", false)).updatedAt(instant(o, "updatedAt", false)).build();
        } catch (ArticleJson.InvalidArticle e) {
            throw new Invalid(e.getMessage());
        }
    }

    static Revision revision(JsonNode o) throws Invalid {
        return new Revision(0, uuid(o, "uuid", true), uuid(o, "parent", false), uuid(o, "merged", false), 0, 0,
                instant(o, "createdAt", true), text(o, "reason", false), articleFields(o.get("article")));
    }

    static Note note(JsonNode o) throws Invalid {
        JsonNode p = o.get("paragraph");
        if (p == null || !p.canConvertToInt()) {
            throw new Invalid("a note's \"paragraph\" must be a number");
        }
        return new Note(0, uuid(o, "uuid", true), 0, p.asInt(), text(o, "anchor", false), text(o, "body", true),
                text(o, "author", false), instant(o, "createdAt", true), instant(o, "resolvedAt", false),
                text(o, "resolvedBy", false).isEmpty() ? null : text(o, "resolvedBy", false));
    }

    static ReviewEvent event(JsonNode o) throws Invalid {
        ReviewEvent.Kind kind;
        try {
            kind = ReviewEvent.Kind.valueOf(text(o, "kind", true));
        } catch (IllegalArgumentException e) {
            throw new Invalid("unknown event kind " + text(o, "kind", true));
        }
        String round = text(o, "round", false);
        Round r;
        try {
            r = round.isEmpty() ? null : Round.fromCode(round);
        } catch (IllegalArgumentException e) {
            throw new Invalid("unknown round " + round);
        }
        return new ReviewEvent(0, uuid(o, "uuid", true), 0, kind, r, text(o, "who", false), instant(o, "at", true),
                text(o, "text", false));
    }

    static Dismissal dismissal(JsonNode o) throws Invalid {
        return new Dismissal(text(o, "rule", true), text(o, "field", true), text(o, "text", false), text(o, "context", false));
    }

    static List<String> strings(ArrayNode a, String what) throws Invalid {
        List<String> out = new ArrayList<>();
        for (JsonNode n : a) {
            if (!n.isTextual()) {
                throw new Invalid(what + " must be strings");
            }
            out.add(n.asText());
        }
        return out;
    }
}
