package org.copydesk.domain;

/** A site section: its display name (要闻) and the slug its index page is written under. */
public record Channel(String name, String slug) {
}
