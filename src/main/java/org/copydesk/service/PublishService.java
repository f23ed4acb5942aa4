package org.copydesk.service;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Gate;
import org.copydesk.domain.Note;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Progress;
import org.copydesk.domain.SiteReport;
import org.copydesk.domain.LinkReport;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Status;
import org.copydesk.domain.Workflow;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;
import org.copydesk.site.Exporter;
import org.copydesk.site.LinkCheck;
import org.copydesk.site.Permalinks;
import org.copydesk.site.SiteBuilder;
import org.copydesk.site.SiteEntry;
import org.copydesk.site.SiteManifest;
import org.copydesk.storage.PublicationTable;
import org.copydesk.storage.Store;
import org.copydesk.storage.Tx;

/**
 * Publishing: the gate an article passes before it leaves the desk (approved, no open notes, no
 * errors), its address (the profile's pattern, fixed the first time), the move of exported articles
 * to published with the revision the site shows, and the whole site built from the published
 * revisions. Methods may block on the database and the disk; none runs on the FX thread.
 */
public final class PublishService {

    private final Store store;
    private final ArticleWrites writes;
    private final ProofService proof;
    private final RelatedNews related;
    private final Exporter exporter;

    PublishService(Store store, ArticleWrites writes, ProofService proof, RelatedNews related, Exporter exporter) {
        this.store = store;
        this.writes = writes;
        this.proof = proof;
        this.related = related;
        this.exporter = exporter;
    }

    /** Whether the stored article may be exported: approved, no open notes, no errors. */
    public Gate gate(Article a) {
        return gate(a, store.read(tx -> tx.review().notes(a.id())));
    }

    /** Why the stored article may not be exported now, in one sentence, or empty when it may. */
    public Optional<String> refusal(long id) {
        Article a = store.read(tx -> ArticleWrites.live(tx, id));
        Gate g = gate(a);
        return g.open() ? Optional.empty() : Optional.of(Wording.refusal(a.title(), id, g));
    }

    /** {@link #gate(Article)} with the article's notes already read. */
    public Gate gate(Article a, List<Note> notes) {
        return Gate.judge(a, notes, proof.check(a).findings());
    }

    /**
     * What an export did: the files written into the folder, the articles exported as they are
     * stored afterwards (published), the articles the gate held back (with why, and their titles),
     * and what the site build added, changed and removed.
     */
    public record ExportOutcome(List<String> pages, List<Article> exported, Map<Long, Gate> held, Map<Long, String> titles,
                                SiteReport site, List<String> timed) {

        /** Why each held article was not exported, one sentence each. */
        public List<String> refusals() {
            return held.entrySet().stream().map(e -> Wording.refusal(titles.get(e.getKey()), e.getKey(), e.getValue())).toList();
        }
    }

    /** {@link #export(List, Path, String, boolean, String, Progress, BooleanSupplier)} to the end. */
    public ExportOutcome export(List<Long> ids, Path dir, String anyway, boolean skipHeld, String who) {
        return export(ids, dir, anyway, skipHeld, who, Progress.NONE, () -> false);
    }

    /**
     * Publishes articles that pass the gate and builds the site in {@code dir}. With {@code anyway}
     * (a reason), articles that do not pass are published too and the reason is recorded on each.
     * With {@code skipHeld} the others are held back and listed; without it, one that does not pass
     * stops the whole export before anything is written. An empty {@code ids} with {@code skipHeld}
     * means every live article (those published and unchanged since are on the site already).
     */
    public ExportOutcome export(List<Long> ids, Path dir, String anyway, boolean skipHeld, String who,
                                Progress progress, BooleanSupplier cancelled) {
        boolean forced = anyway != null && !anyway.isBlank();
        if (anyway != null && !forced) {
            throw new CopydeskException(Problem.REASON_REQUIRED);
        }
        boolean everything = ids.isEmpty() && skipHeld;
        List<Long> chosen = everything ? store.read(tx -> tx.articles().ids()) : ids;
        Map<Long, Gate> held = new LinkedHashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        List<String> refusals = new ArrayList<>();
        List<Article> going = new ArrayList<>();
        List<Long> forcedIds = new ArrayList<>();
        for (long id : chosen) {
            Article a = store.read(tx -> ArticleWrites.live(tx, id));
            if (everything && store.read(tx -> publishedAsIs(tx, a))) {
                continue;
            }
            Gate g = gate(a);
            if (g.open() || forced) {
                going.add(a);
                if (!g.open()) {
                    forcedIds.add(id);
                }
            } else {
                held.put(id, g);
                titles.put(id, a.title());
                refusals.add(Wording.refusal(a.title(), id, g));
            }
        }
        if (!held.isEmpty() && !skipHeld) {
            throw new CopydeskException(Problem.EXPORT_REFUSED, String.join(Messages.get().get("gate.between"), refusals));
        }
        Map<Long, String> paths = addresses(going);
        List<Article> exported = new ArrayList<>();
        List<String> timed = new ArrayList<>();
        for (Article a : going) {
            Article done = store.write(tx -> publish(tx, a, paths.get(a.id()), forcedIds.contains(a.id()) ? anyway.strip() : null, who,
                    dir.toString()));
            exported.add(done);
            if (a.publishedAt() == null && done.publishedAt() != null) {
                timed.add(Messages.get().get("export.timed", a.title(), Wording.dateTime(done.publishedAt())));
            }
        }
        SiteReport site = publishSite(dir, progress, cancelled);
        return new ExportOutcome(site.written(), exported, held, titles, site, timed);
    }

    /**
     * Every article's address: the one it was first published at, or the profile's pattern for a
     * first publication. Two articles at one address are refused before anything is written.
     */
    private Map<Long, String> addresses(List<Article> going) {
        return store.read(tx -> {
            Map<Long, String> out = new LinkedHashMap<>();
            Map<String, Article> taken = new HashMap<>();
            for (Article a : going) {
                Optional<PublicationTable.Publication> p = tx.publications().find(a.id());
                String path = p.map(PublicationTable.Publication::path)
                        .orElseGet(() -> Permalinks.path(exporter.renderer().profile(), a, LocalDateTime.now(writes.clock())));
                Article other = taken.putIfAbsent(path, a);
                if (other == null) {
                    for (long id : tx.publications().atPath(path)) {
                        if (id != a.id()) {
                            other = tx.articles().find(id).orElse(null);
                        }
                    }
                }
                if (other != null) {
                    throw new CopydeskException(Problem.PERMALINK_COLLISION, other.title(), other.id(), a.title(), a.id(), path);
                }
                out.put(a.id(), path);
            }
            return out;
        });
    }

    /** True when the article is published and its words are the revision the site shows. */
    private static boolean publishedAsIs(Tx tx, Article a) throws SQLException {
        if (a.status() != Status.PUBLISHED) {
            return false;
        }
        Optional<PublicationTable.Publication> p = tx.publications().find(a.id());
        Optional<Revision> latest = tx.revisions().latest(a.id());
        return p.isPresent() && latest.isPresent() && latest.get().uuid().equals(p.get().revision())
                && latest.get().createdAt().equals(a.updatedAt());
    }

    /** Moves an exported article to published and records the revision the site shows now. */
    private Article publish(Tx tx, Article a, String path, String forcedReason, String who, String where) throws SQLException {
        if (forcedReason != null) {
            tx.review().insertEvent(a.id(), ReviewEvent.Kind.EXPORTED_ANYWAY, null, who, writes.now(), forcedReason);
        }
        Article stored = a;
        if (Workflow.Step.PUBLISH.allowedFrom(a.status())) {
            stored = writes.step(tx, a.id(), Workflow.Step.PUBLISH, who, where);
        } else if (!publishedAsIs(tx, a)) {
            // a correction of a published article: its words are kept as the revision the site shows
            stored = writes.saveRevision(tx, ArticleWrites.live(tx, a.id()), "republish");
        }
        if (stored.publishedAt() == null) {
            // a page always carries its time: one left empty is the moment of publication, kept in a revision and said
            LocalDateTime at = LocalDateTime.now(writes.clock()).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            stored = writes.saveRevision(tx, stored.toBuilder().publishedAt(at).build(), "publish-time");
        }
        Revision shown = tx.revisions().latest(a.id()).orElseThrow();
        Instant first = tx.publications().find(a.id()).map(PublicationTable.Publication::firstAt).orElse(writes.now());
        tx.publications().put(new PublicationTable.Publication(a.id(), a.uuid(), path, shown.uuid(), first, null));
        return stored;
    }

    /**
     * Builds the whole site in {@code dir} from the desk's published articles, as their published
     * revisions have them. Each article's related news is worked out once for the revision it shows
     * (and again when an article it names leaves the site), and kept with its publication.
     */
    public SiteReport publishSite(Path dir, Progress progress, BooleanSupplier cancelled) {
        List<PublicationTable.Publication> published = store.read(tx -> tx.publications().published());
        Map<Long, SiteEntry> before = new HashMap<>();
        SiteManifest manifest = SiteManifest.read(dir);
        manifest.entries().forEach(e -> before.put(e.id(), e));
        Set<Long> onSite = new HashSet<>();
        published.forEach(p -> onSite.add(p.articleId()));
        List<SiteEntry> entries = new ArrayList<>();
        Map<Long, Article> fresh = new HashMap<>();
        Set<Long> stale = new HashSet<>();
        List<PublicationTable.Publication> toRead = new ArrayList<>();
        for (PublicationTable.Publication p : published) {
            List<Long> kept = p.related() == null ? List.of() : p.related();
            if (p.related() == null || !onSite.containsAll(p.related())) {
                stale.add(p.articleId());
            }
            SiteEntry known = before.get(p.articleId());
            if (known != null && known.revision().equals(p.revision()) && known.path().equals(p.path())) {
                entries.add(known.withRelated(kept));
            } else {
                toRead.add(p);
            }
        }
        // the articles whose shown revision this folder has not seen: read in one go
        store.read(tx -> {
            for (PublicationTable.Publication p : toRead) {
                Optional<Revision> r = tx.revisions().find(p.revision());
                Article a = shown(tx, p, r);
                fresh.put(a.id(), a);
                List<String> images = tx.images().names(a.id());
                entries.add(new SiteEntry(a.id(), a.uuid(), p.path(), p.revision(), a.title(), a.channel(), a.keywords(), a.publishedAt(),
                        a.summary(), a.source(), a.author(), p.firstAt(), r.map(Revision::createdAt).orElse(p.firstAt()), images,
                        p.related() == null ? List.of() : p.related(), a.leadImage()));
            }
            return null;
        });
        Map<Long, PublicationTable.Publication> byId = new HashMap<>();
        published.forEach(p -> byId.put(p.articleId(), p));
        Map<Long, List<Long>> worked = related.onSite(entries, stale, onSite,
                id -> fresh.containsKey(id) ? fresh.get(id) : shown(byId.get(id)));
        if (!worked.isEmpty() && !store.readOnly()) {
            store.write(tx -> {
                for (Map.Entry<Long, List<Long>> w : worked.entrySet()) {
                    tx.publications().setRelated(w.getKey(), w.getValue());
                }
                return null;
            });
        }
        List<SiteEntry> site = entries.stream().map(e -> worked.containsKey(e.id()) ? e.withRelated(worked.get(e.id())) : e).toList();
        SiteBuilder builder = new SiteBuilder(exporter.renderer());
        try {
            return builder.build(site, e -> new SiteBuilder.Published(fresh.containsKey(e.id()) ? fresh.get(e.id()) : shown(byId.get(e.id())),
                    store.read(tx -> tx.images().list(e.id()))), dir, manifest, writes.now(), progress, cancelled);
        } catch (CopydeskException e) {
            if (e.problem() == Problem.DISK_FULL || e.problem() == Problem.EXPORT_FAILED) {
                // nothing of this export was put in place: say so, with what stopped it
                throw new CopydeskException(Problem.SITE_UNCHANGED, e, dir,
                        Messages.get().get("problem." + e.problem().name(), e.args()));
            }
            throw e;
        }
    }

    /** An article as the site shows it: the words of its published revision. */
    private Article shown(PublicationTable.Publication p) {
        return store.read(tx -> shown(tx, p, tx.revisions().find(p.revision())));
    }

    /** The shown revision's words; the live article's if the revision is gone (it never is, but a site must not fail on it). */
    private static Article shown(Tx tx, PublicationTable.Publication p, Optional<Revision> r) throws SQLException {
        if (r.isEmpty()) {
            return ArticleWrites.live(tx, p.articleId());
        }
        return r.get().snapshot().toBuilder().id(p.articleId()).uuid(p.uuid()).status(Status.PUBLISHED).build();
    }

    /** Where an article is published on the site (its path under the site's folder), if it has been. */
    public Optional<String> address(long articleId) {
        return store.read(tx -> tx.publications().find(articleId).map(PublicationTable.Publication::path));
    }

    /** Checks every internal link of an exported folder (no desk needed). */
    public static LinkReport linkCheck(Path dir) {
        return LinkCheck.check(dir);
    }
}
