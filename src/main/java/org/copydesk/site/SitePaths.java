package org.copydesk.site;

/**
 * Where each file of an exported site lives, relative to the site's folder. Every page sits one
 * folder deep or at the top, so links between them are relative and work from disk or a server.
 */
public final class SitePaths {

    public static final String HOME = "index.html";
    public static final String ASSETS = "assets/";
    public static final String MANIFEST = "site.json";

    private SitePaths() {
    }

    public static String article(long id) {
        return "articles/" + id + ".html";
    }

    public static String imageDir(long id) {
        return "images/" + id + "/";
    }

    public static String channel(String slug) {
        return "channels/" + slug + ".html";
    }
}
