package org.copydesk.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleField;
import org.copydesk.domain.Status;
import org.copydesk.text.BodyText;
import org.jsoup.nodes.Entities;

/**
 * The stable JSON form of an article ({@code show --json}, {@code .jsonl} archives): the field
 * names and order of the command-line contract, so scripts can rely on them.
 */
public final class ArticleJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern KEYWORD_SPLIT = Pattern.compile("[\\s,，;；、]+");

    private ArticleJson() {
    }

    public static ObjectNode toJson(Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("uuid", a.uuid());
        o.put("revision", a.revision());
        for (ArticleField f : ArticleField.values()) {
            if (f == ArticleField.LEAD_IMAGE) {
                // after the fields scripts already read, so their order stays as it was
                continue;
            }
            switch (f.kind()) {
                case HTML -> { }
                case LIST -> {
                    ArrayNode list = o.putArray(f.json());
                    a.keywords().forEach(list::add);
                }
                case TIME -> o.put(f.json(), f.get(a) == null ? null : f.text(a));
                default -> o.put(f.json(), (String) f.get(a));
            }
        }
        o.put("status", a.status().code());
        o.put("conflict", a.conflict());
        o.put("bodyHtml", a.bodyHtml());
        ArrayNode ps = o.putArray("paragraphs");
        BodyText.paragraphs(a.bodyHtml()).forEach(ps::add);
        o.put("createdAt", a.createdAt() == null ? null : a.createdAt().toString());
        o.put("updatedAt", a.updatedAt() == null ? null : a.updatedAt().toString());
        o.put("version", a.version());
        o.put("leadImage", a.leadImage());
        return o;
    }

    public static String toJsonLine(Article a) {
        try {
            return MAPPER.writeValueAsString(toJson(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thrown for an archive line that does not describe an article; the message says why. */
    public static final class InvalidArticle extends Exception {
        /** Why, in the interface's language: message {@code jsonl.reason.<key>} with its arguments. */
        public InvalidArticle(String key, Object... args) {
            super(org.copydesk.l10n.Messages.get().get("jsonl.reason." + key, args));
        }
    }

    /**
     * Reads one archive line. Only {@code title} or a body ({@code bodyHtml} or {@code paragraphs})
     * is required; numbers and times in the line are not trusted, the desk assigns its own. A
     * {@code uuid} (and the {@code revision} the line was based on) say which article of which desk
     * the line continues. The body is not sanitised here; every write sanitises.
     */
    public static Article fromJson(JsonNode o) throws InvalidArticle {
        if (!o.isObject()) {
            throw new InvalidArticle("not-an-object");
        }
        String title = string(o, ArticleField.TITLE.json());
        String body = string(o, "bodyHtml");
        if (body.isBlank() && o.has("paragraphs")) {
            JsonNode ps = o.get("paragraphs");
            if (!ps.isArray()) {
                throw new InvalidArticle("strings", "paragraphs");
            }
            StringBuilder sb = new StringBuilder();
            for (JsonNode p : ps) {
                if (!p.isTextual()) {
                    throw new InvalidArticle("strings", "paragraphs");
                }
                if (!p.asText().isBlank()) {
                    sb.append("<p>").append(Entities.escape(p.asText().strip())).append("</p>");
                }
            }
            body = sb.toString();
        }
        if (title.isBlank() && body.isBlank()) {
            throw new InvalidArticle("no-title-or-body");
        }
        Article.Builder b = new Article.Builder().bodyHtml(body);
        for (ArticleField f : ArticleField.values()) {
            switch (f.kind()) {
                case HTML -> { }
                case LIST -> f.set(b, keywords(o));
                case TIME -> {
                    String t = string(o, f.json()).strip();
                    f.set(b, t.isEmpty() ? null : parseTime(t));
                }
                default -> f.set(b, string(o, f.json()).strip());
            }
        }
        String uuid = string(o, "uuid").strip();
        if (!uuid.isEmpty()) {
            if (!UUID.matcher(uuid).matches()) {
                throw new InvalidArticle("bad-uuid", uuid);
            }
            b.uuid(uuid);
        }
        String revision = string(o, "revision").strip();
        if (!revision.isEmpty()) {
            if (!UUID.matcher(revision).matches()) {
                throw new InvalidArticle("bad-revision", revision);
            }
            b.revision(revision);
        }
        String status = string(o, "status").strip();
        if (!status.isEmpty()) {
            try {
                b.status(Status.fromCode(status));
            } catch (IllegalArgumentException e) {
                throw new InvalidArticle("bad-status", status);
            }
        }
        return b.build();
    }

    private static String string(JsonNode o, String field) throws InvalidArticle {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isValueNode() || v.isBoolean()) {
            throw new InvalidArticle("not-a-string", field);
        }
        return v.asText();
    }

    private static List<String> keywords(JsonNode o) throws InvalidArticle {
        JsonNode v = o.get("keywords");
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            for (String k : KEYWORD_SPLIT.split(v.asText())) {
                addKeyword(out, k);
            }
            return out;
        }
        if (!v.isArray()) {
            throw new InvalidArticle("strings", "keywords");
        }
        for (JsonNode k : v) {
            if (!k.isTextual()) {
                throw new InvalidArticle("strings", "keywords");
            }
            addKeyword(out, k.asText());
        }
        return out;
    }

    private static void addKeyword(List<String> out, String k) {
        String word = k.strip().replaceAll("\\p{Cntrl}", "");
        if (!word.isEmpty() && !out.contains(word)) {
            out.add(word);
        }
    }

    private static final List<DateTimeFormatter> TIME_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/M/d HH:mm[:ss]"));

    static LocalDateTime parseTime(String s) throws InvalidArticle {
        for (DateTimeFormatter f : TIME_FORMATS) {
            try {
                return LocalDateTime.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return LocalDate.parse(s).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new InvalidArticle("bad-time", s);
        }
    }
}
