package org.copydesk.site;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * An article as the site lists it: where it is published, which revision the site shows, and what
 * lists, feeds and sitemaps say of it. Kept in the exported folder's manifest, so a republish reads
 * from the desk only the articles whose shown revision changed.
 *
 * @param revision    the revision the site shows
 * @param firstAt     when the article was first published (its date when it has no publication time)
 * @param updated     when the shown revision was made (the sitemaps' last change)
 * @param images      the names of the article's images, under {@link SitePaths#imageDir(long)}
 * @param related     the articles its 相关新闻 names, in order
 * @param leadImage   its lead picture (题图), one of {@code images}, or empty
 */
public record SiteEntry(long id, String uuid, String path, String revision, String title, String channel, List<String> keywords,
                        LocalDateTime publishedAt, String summary, String source, String author, Instant firstAt, Instant updated,
                        List<String> images, List<Long> related, String leadImage) {

    public SiteEntry {
        keywords = List.copyOf(keywords);
        images = List.copyOf(images);
        related = List.copyOf(related);
        summary = summary == null ? "" : summary;
        source = source == null ? "" : source;
        author = author == null ? "" : author;
        leadImage = leadImage == null || !images.contains(leadImage) ? "" : leadImage;
    }

    /** An entry without a lead picture. */
    public SiteEntry(long id, String uuid, String path, String revision, String title, String channel, List<String> keywords,
                     LocalDateTime publishedAt, String summary, String source, String author, Instant firstAt, Instant updated,
                     List<String> images, List<Long> related) {
        this(id, uuid, path, revision, title, channel, keywords, publishedAt, summary, source, author, firstAt, updated, images, related,
                "");
    }

    /** The lead picture's path under the site, or null when it has none. */
    public String leadImagePath() {
        return leadImage.isEmpty() ? null : SitePaths.imageDir(id) + leadImage;
    }

    /** The date the site gives the article: its publication time, or when it was first published. */
    public LocalDateTime date(ZoneId zone) {
        return publishedAt != null ? publishedAt : LocalDateTime.ofInstant(firstAt, zone);
    }

    public SiteEntry withRelated(List<Long> ids) {
        return new SiteEntry(id, uuid, path, revision, title, channel, keywords, publishedAt, summary, source, author, firstAt, updated,
                images, ids, leadImage);
    }
}
