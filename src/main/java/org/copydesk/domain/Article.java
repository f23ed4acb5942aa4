package org.copydesk.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An article (稿件) as the desk stores it: metadata, ordered keywords and a body in the site's markup.
 * {@code id} is this desk's short number for it (0: not stored yet); {@code uuid} names the same
 * article on every desk (empty until it is stored). The content fields are declared once more, with
 * their names and kinds, in {@link ArticleField}. {@code revision} is the revision the working copy
 * was last saved as or grew from (empty before the first), and {@code conflict} is set while changes
 * received from another desk wait for a person to merge them. {@code leadImage} is the picture lists,
 * feeds and the page's preview card show for it (题图): one of the images its body shows, or empty.
 */
public record Article(
        long id,
        String uuid,
        String title,
        String subtitle,
        String summary,
        String channel,
        List<String> keywords,
        String source,
        String author,
        String editor,
        LocalDateTime publishedAt,
        Status status,
        String bodyHtml,
        Instant createdAt,
        Instant updatedAt,
        long version,
        String revision,
        boolean conflict,
        String leadImage) {

    public Article {
        uuid = nonNull(uuid);
        title = nonNull(title);
        subtitle = nonNull(subtitle);
        summary = nonNull(summary);
        channel = nonNull(channel);
        keywords = List.copyOf(Objects.requireNonNullElse(keywords, List.of()));
        source = nonNull(source);
        author = nonNull(author);
        editor = nonNull(editor);
        status = Objects.requireNonNullElse(status, Status.DRAFT);
        bodyHtml = nonNull(bodyHtml);
        revision = nonNull(revision);
        leadImage = nonNull(leadImage);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** True when every content field ({@link ArticleField}) is the same: the same words, whatever the status or times. */
    public boolean sameWords(Article other) {
        for (ArticleField f : ArticleField.values()) {
            if (!java.util.Objects.equals(f.get(this), f.get(other))) {
                return false;
            }
        }
        return true;
    }

    /** An empty draft, not yet stored. */
    public static Article blank() {
        return new Builder().build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds articles field by field; used by importers, the editor and tests. */
    public static final class Builder {
        private long id;
        private String uuid = "";
        private String title = "";
        private String subtitle = "";
        private String summary = "";
        private String channel = "";
        private List<String> keywords = List.of();
        private String source = "";
        private String author = "";
        private String editor = "";
        private LocalDateTime publishedAt;
        private Status status = Status.DRAFT;
        private String bodyHtml = "";
        private String leadImage = "";
        private Instant createdAt;
        private Instant updatedAt;
        private long version;
        private String revision = "";
        private boolean conflict;

        public Builder() {
        }

        private Builder(Article a) {
            id = a.id;
            uuid = a.uuid;
            title = a.title;
            subtitle = a.subtitle;
            summary = a.summary;
            channel = a.channel;
            keywords = a.keywords;
            source = a.source;
            author = a.author;
            editor = a.editor;
            publishedAt = a.publishedAt;
            status = a.status;
            bodyHtml = a.bodyHtml;
            leadImage = a.leadImage;
            createdAt = a.createdAt;
            updatedAt = a.updatedAt;
            version = a.version;
            revision = a.revision;
            conflict = a.conflict;
        }

        public Builder id(long v) { id = v; return this; }
        public Builder uuid(String v) { uuid = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder subtitle(String v) { subtitle = v; return this; }
        public Builder summary(String v) { summary = v; return this; }
        public Builder channel(String v) { channel = v; return this; }
        public Builder keywords(List<String> v) { keywords = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder author(String v) { author = v; return this; }
        public Builder editor(String v) { editor = v; return this; }
        public Builder publishedAt(LocalDateTime v) { publishedAt = v; return this; }
        public Builder status(Status v) { status = v; return this; }
        public Builder bodyHtml(String v) { bodyHtml = v; return this; }
        /** The lead picture (题图): the name of one of the article's own images, or empty. */
        public Builder leadImage(String v) { leadImage = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder version(long v) { version = v; return this; }
        public Builder revision(String v) { revision = v; return this; }
        public Builder conflict(boolean v) { conflict = v; return this; }

        public Article build() {
            return new Article(id, uuid, title, subtitle, summary, channel, keywords, source, author, editor,
                    publishedAt, status, bodyHtml, createdAt, updatedAt, version, revision, conflict, leadImage);
        }
    }
}
