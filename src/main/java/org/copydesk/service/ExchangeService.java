package org.copydesk.service;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleField;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Dismissal;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.MergeView;
import org.copydesk.domain.Note;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Receipt;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Revision;
import org.copydesk.domain.SiteProfile;
import org.copydesk.exchange.PackageReader;
import org.copydesk.exchange.PackageWriter;
import org.copydesk.exchange.PackedArticle;
import org.copydesk.exchange.ThreeWayMerge;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;
import org.copydesk.storage.ArticleTable;
import org.copydesk.storage.Store;
import org.copydesk.storage.Tx;

/**
 * Articles between desks: a package of articles with their history, images and review record
 * ({@link #pack}), received on another desk ({@link #unpack}): new articles stored, histories
 * continued, both sides' changes merged three ways against the revision they share, and what
 * cannot be merged kept as a conflict for a person ({@link #conflict}, {@link #resolve}). Nothing
 * is ever lost: every revision from either side stays in the history. A package is received in one
 * transaction: every article of it, or none.
 */
public final class ExchangeService {

    private final Store store;
    private final ArticleWrites writes;
    private final SiteProfile profile;
    private final Tagger tagger;

    ExchangeService(Store store, ArticleWrites writes, SiteProfile profile, Tagger tagger) {
        this.store = store;
        this.tagger = tagger;
        this.writes = writes;
        this.profile = profile;
    }

    // ---- sending -------------------------------------------------------------------------------------

    /** What was packed: the articles and the package's size. */
    public record Packed(List<Article> articles, long bytes) {
    }

    /**
     * Packs the articles (by number), or with {@code ids} empty every live article changed at or
     * after {@code since} (every live article when that is null). A working copy with changes not yet
     * kept as a revision is kept as one first ("send"), so what leaves is a revision both desks can name.
     */
    public Packed pack(List<Long> ids, Instant since, Path out) {
        List<Long> chosen = !ids.isEmpty() ? ids
                : store.read(tx -> since == null ? tx.articles().ids() : tx.articles().changedSince(since));
        if (chosen.isEmpty()) {
            throw new CopydeskException(Problem.NOTHING_TO_SEND);
        }
        List<PackedArticle> items = new ArrayList<>();
        for (long id : chosen) {
            items.add(packOne(id));
        }
        long bytes = PackageWriter.write(out, profile.id(), writes.now(), items);
        return new Packed(items.stream().map(PackedArticle::article).toList(), bytes);
    }

    private PackedArticle packOne(long id) {
        if (!store.readOnly()) {
            store.write(tx -> {
                Article a = ArticleWrites.live(tx, id);
                Optional<Revision> head = tx.revisions().latest(id);
                if (head.isEmpty() || !sameState(head.get().snapshot(), a)) {
                    writes.saveRevision(tx, a, "send");
                }
                return null;
            });
        }
        return store.read(tx -> {
            Article a = ArticleWrites.live(tx, id);
            List<Revision> revisions = new ArrayList<>(tx.revisions().list(id));
            java.util.Collections.reverse(revisions);
            if (revisions.isEmpty() || !sameState(revisions.get(revisions.size() - 1).snapshot(), a)) {
                // a desk opened read-only cannot keep a revision: the package carries one of its own
                String parent = revisions.isEmpty() ? "" : revisions.get(revisions.size() - 1).uuid();
                revisions.add(new Revision(0, UUID.randomUUID().toString(), parent, "", id, a.version() + 1, writes.now(), "send", a));
            }
            Article current = a.toBuilder().revision(revisions.get(revisions.size() - 1).uuid()).build();
            return new PackedArticle(current, revisions, tx.images().list(id), tx.review().notes(id), tx.review().events(id),
                    List.copyOf(tx.review().dismissals(id)));
        });
    }

    /** The same words and the same status: nothing a revision would add. */
    private static boolean sameState(Article x, Article y) {
        return x.sameWords(y) && x.status() == y.status();
    }

    // ---- receiving -----------------------------------------------------------------------------------

    /** What a package did to this desk: one receipt per article, in the package's order. */
    public record Received(List<Receipt> receipts) {

        public long count(Receipt.Outcome o) {
            return receipts.stream().filter(r -> r.outcome() == o).count();
        }

        /** 共 3 篇：新稿 1，更新 1，合并 0，未变 1，冲突 0. */
        public String summary() {
            return Messages.get().get("exchange.summary", receipts.size(), count(Receipt.Outcome.NEW), count(Receipt.Outcome.UPDATED),
                    count(Receipt.Outcome.MERGED), count(Receipt.Outcome.UNCHANGED), count(Receipt.Outcome.CONFLICT));
        }
    }

    /** Receives a package: read and checked whole, then stored in one transaction. */
    public Received unpack(Path file) {
        return unpack(file, (done, all) -> { });
    }

    /** As {@link #unpack(Path)}, telling {@code progress} after each article (done, in all). */
    public Received unpack(Path file, BiConsumer<Integer, Integer> progress) {
        PackageReader.Contents contents = PackageReader.read(file, profile);
        Received received = store.write(tx -> {
            List<Receipt> receipts = new ArrayList<>();
            int n = 0;
            for (PackedArticle p : contents.articles()) {
                receipts.add(receive(tx, p));
                progress.accept(++n, contents.articles().size());
            }
            return new Received(receipts);
        });
        tagger.stored(Receipt.changed(received.receipts()));
        return received;
    }

    private Receipt receive(Tx tx, PackedArticle p) throws SQLException {
        Optional<ArticleTable.Located> here = tx.articles().locate(p.article().uuid());
        if (here.isEmpty()) {
            Article stored = storeNew(tx, p);
            return new Receipt(stored.id(), stored.uuid(), Receipt.Outcome.NEW, stored.title(), "");
        }
        long id = here.get().id();
        String remark = "";
        if (here.get().deleted()) {
            // the other desk went on working on it: its work is brought back rather than dropped
            tx.articles().undelete(id);
            remark = Messages.get().get("exchange.fromBin");
        }
        Receipt.Outcome words = continueHistory(tx, id, p.revisions());
        boolean recordChanged = mergeRecord(tx, id, p);
        Article now = ArticleWrites.live(tx, id);
        if (here.get().deleted()) {
            return new Receipt(id, now.uuid(), Receipt.Outcome.NEW, now.title(), remark);
        }
        if (words == Receipt.Outcome.UNCHANGED && recordChanged) {
            words = Receipt.Outcome.UPDATED;
        }
        return new Receipt(id, now.uuid(), words, now.title(), remark);
    }

    /** A new article on this desk: its state, every revision (renumbered here), images and record. */
    private Article storeNew(Tx tx, PackedArticle p) throws SQLException {
        Revision head = p.head();
        Article draft = head.snapshot().toBuilder().id(0).uuid(p.article().uuid())
                .createdAt(p.article().createdAt()).updatedAt(writes.now()).version(0).build();
        Article stored = writes.insert(tx, draft);
        long version = 0;
        for (Revision r : p.revisions()) {
            tx.revisions().insert(renumbered(r, stored.id(), ++version));
        }
        Article current = stored.toBuilder().version(version).build();
        writes.update(tx, current);
        mergeRecord(tx, stored.id(), p);
        return current;
    }

    private static Revision renumbered(Revision r, long articleId, long version) {
        Article snapshot = r.snapshot().toBuilder().id(articleId).build();
        return new Revision(0, r.uuid(), r.parent(), r.merged(), articleId, version, r.createdAt(), r.reason(), snapshot);
    }

    /**
     * Continues an article's history with another desk's revisions: the ones this desk lacks are
     * added; then the article fast-forwards, merges, or waits as a conflict.
     */
    Receipt.Outcome continueHistory(Tx tx, long id, List<Revision> theirs) throws SQLException {
        Revision mine = localHead(tx, id);
        Map<String, Revision> known = new HashMap<>();
        for (Revision r : tx.revisions().list(id)) {
            known.put(r.uuid(), r);
        }
        Revision theirHead = theirs.get(theirs.size() - 1);
        boolean had = known.containsKey(theirHead.uuid());
        long version = mine.version();
        for (Revision r : theirs) {
            if (!known.containsKey(r.uuid())) {
                Revision added = renumbered(r, id, ++version);
                tx.revisions().insert(added);
                known.put(added.uuid(), added);
            }
        }
        Revision theirsHere = known.get(theirHead.uuid());
        if (had && ancestors(known, mine.uuid()).contains(theirHead.uuid())) {
            return Receipt.Outcome.UNCHANGED;
        }
        Set<String> theirAncestry = ancestors(known, theirHead.uuid());
        if (theirAncestry.contains(mine.uuid())) {
            adopt(tx, id, theirsHere.snapshot(), version);
            return Receipt.Outcome.UPDATED;
        }
        Revision base = commonAncestor(known, mine.uuid(), theirHead.uuid());
        Article baseArticle = base == null ? Article.blank() : base.snapshot();
        ThreeWayMerge.Merge merge = ThreeWayMerge.merge(baseArticle, mine.snapshot(), theirsHere.snapshot());
        if (merge.clean()) {
            writeMerge(tx, id, merge.result(), mine.uuid(), theirHead.uuid(), version);
            return Receipt.Outcome.MERGED;
        }
        writes.update(tx, ArticleWrites.live(tx, id).toBuilder().version(version).build());
        tx.articles().setConflict(id, (base == null ? "" : base.uuid()) + " " + theirHead.uuid());
        return Receipt.Outcome.CONFLICT;
    }

    /**
     * The revision the article stands at here; a working copy with changes not yet kept as a
     * revision is kept as one first, so that its changes take part in the merge.
     */
    private Revision localHead(Tx tx, long id) throws SQLException {
        Article a = ArticleWrites.live(tx, id);
        Optional<Revision> head = tx.revisions().latest(id);
        if (head.isEmpty() || !sameState(head.get().snapshot(), a)) {
            writes.saveRevision(tx, a, "receive");
            head = tx.revisions().latest(id);
        }
        return head.orElseThrow();
    }

    /** Takes the other desk's revision as the article's state; its revision is already the newest. */
    private void adopt(Tx tx, long id, Article snapshot, long version) throws SQLException {
        Article current = ArticleWrites.live(tx, id);
        Article next = snapshot.toBuilder().id(id).uuid(current.uuid()).version(version).build();
        writes.overwrite(tx, current, next);
    }

    /** Keeps a merge as a new revision with both parents, and makes it the article's state. */
    private void writeMerge(Tx tx, long id, Article merged, String mine, String theirs, long version) throws SQLException {
        Article current = ArticleWrites.live(tx, id);
        Article next = merged.toBuilder().id(id).uuid(current.uuid()).version(version + 1).build();
        writes.overwrite(tx, current, next);
        tx.revisions().insert(new Revision(0, UUID.randomUUID().toString(), mine, theirs, id, version + 1, writes.now(),
                "merge", ArticleWrites.live(tx, id)));
        tx.articles().setConflict(id, null);
    }

    /** Every revision a revision grew from, itself included. */
    static Set<String> ancestors(Map<String, Revision> known, String start) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            String u = todo.poll();
            if (!seen.add(u)) {
                continue;
            }
            Revision r = known.get(u);
            if (r != null) {
                todo.addAll(r.parents());
            }
        }
        return seen;
    }

    /** The newest revision both lines grew from (the merge base), or null when they share none. */
    static Revision commonAncestor(Map<String, Revision> known, String a, String b) {
        Set<String> ofA = ancestors(known, a);
        Revision best = null;
        for (String u : ancestors(known, b)) {
            Revision r = known.get(u);
            if (r != null && ofA.contains(u) && (best == null || ancestors(known, u).contains(best.uuid()))) {
                best = r;
            }
        }
        return best;
    }

    /**
     * The review record as a union: notes and events by uuid (a note resolved on either side stays
     * resolved), dismissed findings, images. True when anything was added or changed here.
     */
    private boolean mergeRecord(Tx tx, long id, PackedArticle p) throws SQLException {
        boolean changed = false;
        Map<String, Note> notes = new HashMap<>();
        for (Note n : tx.review().notes(id)) {
            notes.put(n.uuid(), n);
        }
        for (Note n : p.notes()) {
            Note mine = notes.get(n.uuid());
            if (mine == null) {
                tx.review().insertNote(new Note(0, n.uuid(), id, n.paragraph(), n.anchor(), n.body(), n.author(), n.createdAt(),
                        n.resolvedAt(), n.resolvedBy()));
                changed = true;
            } else if (mine.open() && !n.open()) {
                tx.review().setResolution(n.uuid(), n.resolvedAt(), n.resolvedBy());
                changed = true;
            }
        }
        Set<String> events = new HashSet<>();
        for (ReviewEvent e : tx.review().events(id)) {
            events.add(e.uuid());
        }
        for (ReviewEvent e : p.events()) {
            if (!events.contains(e.uuid())) {
                tx.review().insertEvent(new ReviewEvent(0, e.uuid(), id, e.kind(), e.round(), e.who(), e.at(), e.text()));
                changed = true;
            }
        }
        Set<Dismissal> dismissed = tx.review().dismissals(id);
        for (Dismissal d : p.dismissals()) {
            if (!dismissed.contains(d)) {
                tx.review().dismiss(id, d, "", writes.now());
                changed = true;
            }
        }
        Set<String> images = new HashSet<>();
        tx.images().list(id).forEach(i -> images.add(i.name()));
        for (ImageAsset img : p.images()) {
            if (!images.contains(img.name())) {
                tx.images().put(id, img);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * An archive line naming an article this desk has: the line's words become a revision grown from
     * the revision the line says it was based on (this desk's newest when it names none), and the
     * article continues with it (updated, merged, or in conflict). The status is this desk's: it moves
     * only through review, and an approved article whose words change goes back to review.
     */
    Receipt receiveLine(Tx tx, ArticleTable.Located here, Article line) throws SQLException {
        long id = here.id();
        String remark = "";
        if (here.deleted()) {
            tx.articles().undelete(id);
            remark = Messages.get().get("exchange.fromBin");
        }
        Article current = ArticleWrites.live(tx, id);
        Article theirs = line.toBuilder().id(id).uuid(current.uuid()).status(current.status()).revision("").conflict(false)
                .createdAt(current.createdAt()).build();
        if (sameState(current, theirs) && !here.deleted()) {
            return new Receipt(id, current.uuid(), Receipt.Outcome.UNCHANGED, current.title(), remark);
        }
        Revision head = localHead(tx, id);
        String base = line.revision().isEmpty() ? head.uuid() : line.revision();
        Optional<Revision> known = tx.revisions().find(base);
        if (known.isEmpty() || known.get().articleId() != id) {
            base = head.uuid();
        }
        if (org.copydesk.domain.Workflow.reopens(current, theirs.toBuilder().status(current.status()).build())) {
            tx.review().insertEvent(id, ReviewEvent.Kind.REOPENED, null, "", writes.now(), "");
            theirs = theirs.toBuilder().status(org.copydesk.domain.Status.IN_REVIEW).build();
        }
        Revision lineRevision = new Revision(0, UUID.randomUUID().toString(), base, "", id, 0, writes.now(), "import", theirs);
        Receipt.Outcome outcome = continueHistory(tx, id, List.of(lineRevision));
        Article now = ArticleWrites.live(tx, id);
        return new Receipt(id, now.uuid(), here.deleted() ? Receipt.Outcome.NEW : outcome, now.title(), remark);
    }

    /** An article as stored now (after a receipt changed it under an open editor). */
    public Article current(long id) {
        return store.read(tx -> ArticleWrites.live(tx, id));
    }

    // ---- conflicts -------------------------------------------------------------------------------------

    /** A conflict as a person settles it: the three versions of the article and the merge of them. */
    public record Conflict(long articleId, Revision base, Revision theirs, Article mine, ThreeWayMerge.Merge merge) {
    }

    /** The conflict waiting on an article. */
    public Optional<Conflict> conflict(long id) {
        return store.read(tx -> {
            Optional<String> c = tx.articles().conflict(id);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            String[] parts = c.get().split(" ", -1);
            Revision base = parts[0].isEmpty() ? null : tx.revisions().find(parts[0]).orElse(null);
            Revision theirs = tx.revisions().find(parts[1]).orElseThrow();
            Article mine = ArticleWrites.live(tx, id);
            ThreeWayMerge.Merge merge = ThreeWayMerge.merge(base == null ? Article.blank() : base.snapshot(), mine, theirs.snapshot());
            return Optional.of(new Conflict(id, base, theirs, mine, merge));
        });
    }

    /**
     * Settles a conflict: each conflicting field and body stretch as chosen (this desk's side where
     * nothing is chosen), kept as a merge revision naming both sides.
     */
    public Article resolve(long id, Map<ArticleField, Object> fields, Map<Integer, List<String>> bodyStretches) {
        Conflict c = conflict(id).orElseThrow(() -> new CopydeskException(Problem.NO_CONFLICT, id));
        Article resolved = c.merge().resolve(fields, bodyStretches);
        return store.write(tx -> {
            Revision mine = localHead(tx, id);
            writeMerge(tx, id, resolved, mine.uuid(), c.theirs().uuid(), mine.version());
            return ArticleWrites.live(tx, id);
        });
    }

    /** The conflict waiting on an article, as the window shows it. */
    public Optional<MergeView> conflictView(long id) {
        return conflict(id).map(c -> new MergeView(id, c.mine().title(), "", c.theirs().createdAt(), Conflicts.parts(c.merge())));
    }

    /**
     * Settles a conflict from what a person wrote for each place ({@link MergeView.Part#key()} to its
     * text; a place left out keeps this desk's side).
     */
    public Article resolve(long id, Map<String, String> results) {
        Conflict c = conflict(id).orElseThrow(() -> new CopydeskException(Problem.NO_CONFLICT, id));
        Article resolved = Conflicts.resolve(c.merge(), results);
        return store.write(tx -> {
            Revision mine = localHead(tx, id);
            writeMerge(tx, id, resolved, mine.uuid(), c.theirs().uuid(), mine.version());
            return ArticleWrites.live(tx, id);
        });
    }
}
