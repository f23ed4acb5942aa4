package org.copydesk.service;

import java.nio.file.Path;
import org.copydesk.domain.SiteProfile;
import org.copydesk.render.PageRenderer;
import org.copydesk.render.SiteProfiles;
import org.copydesk.storage.ArticleRepository;
import org.copydesk.storage.Database;

/**
 * An open desk: the database file, the site profile and the parts built on them. The window and the
 * command line both open one, so they work on the same things in the same way.
 */
public final class Desk implements AutoCloseable {

    private final Database database;
    private final ArticleRepository articles;
    private final SiteProfile profile;
    private final PageRenderer renderer;

    private Desk(Database database, SiteProfile profile) {
        this.database = database;
        this.articles = new ArticleRepository(database);
        this.profile = profile;
        this.renderer = new PageRenderer(profile);
    }

    /**
     * Opens the desk.
     *
     * @param db            the database file
     * @param createParents create the database's folder if missing (the default location only; a
     *                      path the user typed must exist, so a typo is reported, not obeyed)
     * @param site          a profile file or folder, or null for the reference site
     */
    public static Desk open(Path db, boolean createParents, Path site, Database.Access access) {
        return open(db, createParents, site == null ? SiteProfiles.reference() : SiteProfiles.load(site), access);
    }

    /** Opens the desk with a profile already loaded. */
    public static Desk open(Path db, boolean createParents, SiteProfile profile, Database.Access access) {
        return new Desk(Database.open(db, createParents, access), profile);
    }

    /** A desk over an already open database (tests, the window when the profile changes). */
    public static Desk of(Database database, SiteProfile profile) {
        return new Desk(database, profile);
    }

    public Database database() {
        return database;
    }

    public ArticleRepository articles() {
        return articles;
    }

    public SiteProfile profile() {
        return profile;
    }

    public PageRenderer renderer() {
        return renderer;
    }

    /** Export: related news waits for the tagger, so the page lists what is truly related. */
    public ExportService exports() {
        return new ExportService(articles, renderer, new RelatedNews(articles, profile.relatedLimit(), tagger(), true));
    }

    /** The preview: related news from the tagger once it is loaded, recent articles of the channel until then. */
    public ExportService previewExports() {
        return new ExportService(articles, renderer, new RelatedNews(articles, profile.relatedLimit(), tagger(), false));
    }

    private Tagger tagger;

    /** The desk's tagger (created on first use; {@link Tagger#load} loads it). */
    public synchronized Tagger tagger() {
        if (tagger == null) {
            tagger = new Tagger(articles, new org.copydesk.storage.TaggerStore(database), profile);
        }
        return tagger;
    }

    private ReviewService reviews;

    /** Proofreading and review (one per desk: it keeps the word lists in force). */
    public synchronized ReviewService reviews() {
        if (reviews == null) {
            reviews = new ReviewService(articles, profile);
        }
        return reviews;
    }

    public ImportService imports() {
        return new ImportService(articles, profile);
    }

    @Override
    public void close() {
        database.close();
    }
}
