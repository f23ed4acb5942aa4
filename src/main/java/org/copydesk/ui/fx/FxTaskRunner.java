package org.copydesk.ui.fx;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** Background work on named daemon threads, results delivered with {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService workers = Executors.newFixedThreadPool(3, named("copydesk-worker"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(named("copydesk-timer"));
    /** Once closed (the window is going), work still asked for — a debounced refresh firing late — is dropped. */
    private volatile boolean closed;

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> Cancellable submit(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        if (closed) {
            LOG.fine(() -> name + " asked for after closing; dropped");
            return () -> cancelled.set(true);
        }
        try {
            workers.execute(() -> {
                if (cancelled.get()) {
                    return;
                }
                try {
                    T result = work.call();
                    Platform.runLater(() -> {
                        if (!cancelled.get()) {
                            onSuccess.accept(result);
                        }
                    });
                } catch (Throwable t) {
                    LOG.log(Level.FINE, name + " failed", t);
                    Platform.runLater(() -> {
                        if (!cancelled.get()) {
                            onFailure.accept(t);
                        }
                    });
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile: the window this was for is gone
            cancelled.set(true);
        }
        return () -> cancelled.set(true);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        if (closed) {
            return () -> cancelled.set(true);
        }
        try {
            timer.schedule(() -> Platform.runLater(() -> {
                if (!cancelled.get() && !closed) {
                    action.run();
                }
            }), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            cancelled.set(true);
        }
        return () -> cancelled.set(true);
    }

    @Override
    public void onUi(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void close() {
        closed = true;
        workers.shutdown();
        timer.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
