package org.copydesk.app;

import org.copydesk.service.DraftService;
import org.copydesk.l10n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.SiteProfile;
import org.copydesk.service.Desk;
import org.copydesk.ui.fx.Settings;

/**
 * The work between launch and the first frame that does not need the toolkit: open the database,
 * load the profile, create the sample article on a new desk, fetch the draft list and the draft to
 * open. It starts on its own thread while the toolkit starts, so the two overlap.
 */
final class Startup {

    /** What the window is built from. */
    record Loaded(Desk desk, List<ArticleSummary> drafts, Optional<Article> open, List<DraftService.Resent> resent) {

        /** The list and the open draft again, for a window rebuilt on the same database. */
        static Loaded reopen(Desk desk, long openId) {
            List<ArticleSummary> drafts = desk.drafts().list(ArticleQuery.all());
            Optional<Article> open = openId > 0 ? desk.drafts().find(openId) : Optional.empty();
            return new Loaded(desk, drafts, open, List.of());
        }
    }

    private Startup() {
    }

    static CompletableFuture<Loaded> begin(LaunchOptions options) {
        return begin(options, () -> { });
    }

    /** Starts loading; {@code first} runs on the loading thread before the database is opened. */
    static CompletableFuture<Loaded> begin(LaunchOptions options, Runnable first) {
        CompletableFuture<Loaded> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                first.run();
                f.complete(load(options));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "copydesk-startup");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /**
     * The desk the options name. On a shared desk, writes are made in the reviewer's name the
     * window keeps, or else the server login's; drafts the server did not take are kept on this computer.
     */
    static Desk open(LaunchOptions options, SiteProfile profile, Settings settings) {
        if (options.shared() == null) {
            // a desk on a disc or a read-only mount opens to be read and exported; a desk another window holds is refused
            return Desk.open(options.database(), options.createParents(), profile, Desk.Access.READ_WRITE_UNLESS_MEDIA_READ_ONLY);
        }
        String name = settings.get(Settings.REVIEWER).strip();
        return Desk.openShared(options.shared(), options.password(), profile, name.isEmpty() ? Desk.loginOf(options.shared()) : name,
                java.time.Clock.systemDefaultZone(), AppPaths.unsentDir(Desk.shown(options.shared())));
    }

    static Loaded load(LaunchOptions options) {
        StartupProbe.trace("startup begins");
        Settings settings = new Settings(options.prefs());
        Path site = options.site();
        if (site == null && !settings.get(Settings.SITE_PROFILE).isEmpty()) {
            site = Path.of(settings.get(Settings.SITE_PROFILE));
        }
        Path siteFile = site;
        // the profile (JSON, templates) and the database (native library, file) load side by side
        CompletableFuture<SiteProfile> profileFuture = CompletableFuture.supplyAsync(() -> Desk.profile(siteFile));
        SiteProfile profile;
        Desk desk;
        try {
            profile = profileFuture.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        StartupProbe.trace("profile loaded");
        desk = open(options, profile, settings);
        try {
            StartupProbe.trace("database open");
            desk.drafts().createSampleIfNew();
            List<DraftService.Resent> resent = desk.drafts().resendUnsent(Messages.get().get("shared.copySuffix"));
            List<ArticleSummary> drafts = desk.drafts().list(ArticleQuery.all());
            long last = settings.get(Settings.LAST_ARTICLE);
            Optional<Article> open = last > 0 ? desk.drafts().find(last) : Optional.empty();
            if (open.isEmpty() && !drafts.isEmpty()) {
                open = desk.drafts().find(drafts.get(0).id());
            }
            StartupProbe.trace("drafts loaded");
            return new Loaded(desk, drafts, open, resent);
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
    }
}
