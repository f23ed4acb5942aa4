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
        return () -> cancelled.set(true);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        timer.schedule(() -> Platform.runLater(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        }), delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> cancelled.set(true);
    }

    @Override
    public void onUi(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void close() {
        workers.shutdown();
        timer.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
