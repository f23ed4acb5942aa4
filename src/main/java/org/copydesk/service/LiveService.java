package org.copydesk.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.storage.LockTable;
import org.copydesk.storage.Store;

/**
 * A shared desk as other people change it: their changes heard within a second, and who has an
 * article open for editing (a soft lock, kept alive while the window has it open, which another
 * person can take over — on the article's record). A desk in a file has nobody else: every article
 * is free and nothing is ever heard.
 */
public final class LiveService {

    /** A lock not seen for this long is left behind by a window that went away: it is free. */
    static final Duration STALE = Duration.ofMinutes(2);

    /** Who holds an article, since when. */
    public record Holder(String who, Instant since) {
    }

    private final Store store;
    private final ArticleWrites writes;
    private final String client = UUID.randomUUID().toString();

    LiveService(Store store, ArticleWrites writes) {
        this.store = store;
        this.writes = writes;
    }

    public boolean shared() {
        return store.shared();
    }

    /** Calls {@code changed} (with the article's number, or 0 for "anything") when someone else writes. */
    public AutoCloseable watch(LongConsumer changed) {
        return store.listen(changed);
    }

    /** Opens an article for editing: takes its lock and returns empty, or returns who holds it. */
    public Optional<Holder> open(long articleId) {
        if (!shared()) {
            return Optional.empty();
        }
        return store.write(tx -> {
            Instant now = writes.now();
            Optional<LockTable.Lock> held = tx.locks().find(articleId);
            if (held.isPresent() && !held.get().client().equals(client) && held.get().seenAt().isAfter(now.minus(STALE))) {
                return Optional.of(new Holder(held.get().who(), held.get().takenAt()));
            }
            tx.locks().put(new LockTable.Lock(articleId, writes.user(), client,
                    held.filter(l -> l.client().equals(client)).map(LockTable.Lock::takenAt).orElse(now), now));
            return Optional.empty();
        });
    }

    /** Keeps this client's lock alive; false when someone took it over meanwhile. */
    public boolean heartbeat(long articleId) {
        if (!shared()) {
            return true;
        }
        return store.write(tx -> {
            Optional<LockTable.Lock> held = tx.locks().find(articleId);
            if (held.isPresent() && !held.get().client().equals(client)) {
                return false;
            }
            Instant now = writes.now();
            tx.locks().put(new LockTable.Lock(articleId, writes.user(), client, held.map(LockTable.Lock::takenAt).orElse(now), now));
            return true;
        });
    }

    /** Takes an article over from whoever has it open; the takeover goes on the article's record. */
    public void takeOver(long articleId) {
        store.write(tx -> {
            Instant now = writes.now();
            String previous = tx.locks().find(articleId).map(LockTable.Lock::who).orElse("");
            tx.locks().put(new LockTable.Lock(articleId, writes.user(), client, now, now));
            tx.review().insertEvent(articleId, ReviewEvent.Kind.TAKEN_OVER, null, writes.user(), now, previous);
            return null;
        });
    }

    /** Gives up this client's lock on an article. */
    public void release(long articleId) {
        if (shared()) {
            store.write(tx -> {
                tx.locks().release(articleId, client);
                return null;
            });
        }
    }
}
