package org.copydesk.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.TaskRunner;

/**
 * A task runner for view-model tests: background work runs at once on the calling thread, and
 * scheduled actions wait on a manual clock that the test advances.
 */
public final class ManualTaskRunner implements TaskRunner {

    private record Timed(long due, Runnable action, boolean[] cancelled) {
    }

    private final List<Timed> timers = new ArrayList<>();
    private long now;
    private int submitted;
    private boolean holdWork;
    private final List<Runnable> heldWork = new ArrayList<>();

    @Override
    public <T> Cancellable submit(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submitted++;
        boolean[] cancelled = {false};
        Runnable run = () -> {
            if (cancelled[0]) {
                return;
            }
            T result;
            try {
                result = work.call();
            } catch (Throwable t) {
                onFailure.accept(t);
                return;
            }
            onSuccess.accept(result);
        };
        if (holdWork) {
            heldWork.add(run);
        } else {
            run.run();
        }
        return () -> cancelled[0] = true;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        timers.add(new Timed(now + delay.toNanos(), action, cancelled));
        return () -> cancelled[0] = true;
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public long nanoTime() {
        return now;
    }

    /** Moves the clock forward, running every scheduled action that falls due, in order. */
    public void advance(Duration d) {
        long target = now + d.toNanos();
        while (true) {
            Timed next = timers.stream().filter(t -> !t.cancelled()[0] && t.due() <= target)
                    .min(Comparator.comparingLong(Timed::due)).orElse(null);
            if (next == null) {
                break;
            }
            timers.remove(next);
            now = Math.max(now, next.due());
            next.action().run();
        }
        timers.removeIf(t -> t.cancelled()[0]);
        now = target;
    }

    /** Keeps submitted work queued until {@link #releaseWork()}, to test what happens meanwhile. */
    public void holdWork(boolean hold) {
        holdWork = hold;
    }

    public void releaseWork() {
        List<Runnable> work = new ArrayList<>(heldWork);
        heldWork.clear();
        work.forEach(Runnable::run);
    }

    public int heldCount() {
        return heldWork.size();
    }

    public int submittedCount() {
        return submitted;
    }
}
