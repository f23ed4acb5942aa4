package org.copydesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Gate;
import org.copydesk.domain.Note;
import org.copydesk.domain.Problem;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Workflow;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;
import org.copydesk.site.ExportItem;
import org.copydesk.site.Exporter;
import org.copydesk.storage.Store;

/**
 * Publishing: the gate an article passes before it leaves the desk (approved, no open notes, no
 * errors), the export of the static site, and the move of exported approved articles to published.
 * Methods may block on the database and the disk; none runs on the FX thread.
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

    /** {@link #gate(Article)} with the article's notes already read. */
    public Gate gate(Article a, List<Note> notes) {
        return Gate.judge(a, notes, proof.check(a).findings());
    }

    /**
     * What an export did: the pages written, the articles exported as they are stored afterwards
     * (published), and the articles the gate held back (with why, and their titles).
     */
    public record ExportOutcome(List<String> pages, List<Article> exported, Map<Long, Gate> held, Map<Long, String> titles) {

        /** Why each held article was not exported, one sentence each. */
        public List<String> refusals() {
            return held.entrySet().stream().map(e -> Wording.refusal(titles.get(e.getKey()), e.getKey(), e.getValue())).toList();
        }
    }

    /**
     * Exports articles that pass the gate and marks the approved ones published. With {@code anyway}
     * (a reason), articles that do not pass are exported too and the reason is recorded on each. With
     * {@code skipHeld} the others are held back and listed; without it, one that does not pass stops
     * the whole export before anything is written. An empty {@code ids} with {@code skipHeld} means
     * every live article.
     */
    public ExportOutcome export(List<Long> ids, Path dir, String anyway, boolean skipHeld, String who) {
        boolean forced = anyway != null && !anyway.isBlank();
        if (anyway != null && !forced) {
            throw new CopydeskException(Problem.REASON_REQUIRED);
        }
        List<Long> chosen = ids.isEmpty() && skipHeld ? store.read(tx -> tx.articles().ids()) : ids;
        Map<Long, Gate> held = new LinkedHashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        List<String> refusals = new ArrayList<>();
        List<Article> going = new ArrayList<>();
        List<Long> forcedIds = new ArrayList<>();
        for (long id : chosen) {
            Article a = store.read(tx -> ArticleWrites.live(tx, id));
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
        List<ExportItem> items = new ArrayList<>();
        for (Article a : going) {
            items.add(related.item(a, true));
        }
        List<String> pages = going.isEmpty() ? List.of() : exporter.export(items, dir);
        List<Article> exported = new ArrayList<>();
        for (Article a : going) {
            exported.add(store.write(tx -> {
                if (forcedIds.contains(a.id())) {
                    tx.review().insertEvent(a.id(), ReviewEvent.Kind.EXPORTED_ANYWAY, null, who, writes.now(), anyway.strip());
                }
                if (Workflow.Step.PUBLISH.allowedFrom(a.status())) {
                    return writes.step(tx, a.id(), Workflow.Step.PUBLISH, who, dir.toString());
                }
                return a;
            }));
        }
        return new ExportOutcome(pages, exported, held, titles);
    }
}
