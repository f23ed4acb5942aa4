package org.copydesk.ui.fx;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way view models get work off the FX thread and results back onto it. The window uses
 * {@link FxTaskRunner}; view-model tests use a runner that does everything on the calling thread.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI thread,
     * unless the returned handle was cancelled first.
     */
    <T> Cancellable submit(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread after {@code delay}, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable action);

    /** Runs {@code action} on the UI thread soon (progress from inside background work). */
    void onUi(Runnable action);

    /** Monotonic time in nanoseconds (a clock tests can drive). */
    default long nanoTime() {
        return System.nanoTime();
    }
}
