package org.copydesk.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The content fields of an {@link Article}, declared once: their names in findings, JSON and the
 * database, their kind, and how to read and set them. The store's columns, the JSON form, the
 * editor's form and the comparison of revisions all work from this list, so a new field is one more
 * line here (and a migration).
 */
public enum ArticleField {
    TITLE("title", "title", Kind.TEXT, Article::title, (b, v) -> b.title((String) v)),
    SUBTITLE("subtitle", "subtitle", Kind.TEXT, Article::subtitle, (b, v) -> b.subtitle((String) v)),
    SUMMARY("summary", "summary", Kind.TEXT, Article::summary, (b, v) -> b.summary((String) v)),
    CHANNEL("channel", "channel", Kind.CHOICE, Article::channel, (b, v) -> b.channel((String) v)),
    KEYWORDS("keywords", "keywords", Kind.LIST, Article::keywords, (b, v) -> b.keywords(castList(v))),
    SOURCE("source", "source", Kind.TEXT, Article::source, (b, v) -> b.source((String) v)),
    AUTHOR("author", "author", Kind.TEXT, Article::author, (b, v) -> b.author((String) v)),
    EDITOR("editor", "editor", Kind.TEXT, Article::editor, (b, v) -> b.editor((String) v)),
    PUBLISHED_AT("publishedAt", "published_at", Kind.TIME, Article::publishedAt, (b, v) -> b.publishedAt((LocalDateTime) v)),
    BODY("body", "body_html", Kind.HTML, Article::bodyHtml, (b, v) -> b.bodyHtml((String) v)),
    LEAD_IMAGE("leadImage", "lead_image", Kind.CHOICE, Article::leadImage, (b, v) -> b.leadImage((String) v));

    /** What a field holds: one line of text, a choice (from the profile, or of the article's images), an ordered list of words, a local time, the body's markup. */
    public enum Kind { TEXT, CHOICE, LIST, TIME, HTML }

    private final String key;
    private final String column;
    private final Kind kind;
    private final Function<Article, Object> getter;
    private final BiConsumer<Article.Builder, Object> setter;

    ArticleField(String key, String column, Kind kind, Function<Article, ?> getter, BiConsumer<Article.Builder, Object> setter) {
        this.key = key;
        this.column = column;
        this.kind = kind;
        @SuppressWarnings("unchecked")
        Function<Article, Object> g = (Function<Article, Object>) getter;
        this.getter = g;
        this.setter = setter;
    }

    /** The field's name in findings, messages and the editor (title, publishedAt, body). */
    public String key() {
        return key;
    }

    /** The field's name in JSON ({@code bodyHtml} for the body, the key otherwise). */
    public String json() {
        return this == BODY ? "bodyHtml" : key;
    }

    /** The field's column in the database. */
    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    public Object get(Article a) {
        return getter.apply(a);
    }

    public void set(Article.Builder b, Object value) {
        setter.accept(b, value);
    }

    /** The field as one line of text, for comparison and reports: keywords joined by spaces, no time as empty. */
    public String text(Article a) {
        Object v = get(a);
        return switch (kind) {
            case LIST -> String.join(" ", castList(v));
            case TIME -> v == null ? "" : v.toString();
            default -> (String) v;
        };
    }

    /** The field whose key this is, or null. */
    public static ArticleField byKey(String key) {
        for (ArticleField f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object v) {
        return (List<String>) v;
    }
}
