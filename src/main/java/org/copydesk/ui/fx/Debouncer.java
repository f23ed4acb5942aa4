package org.copydesk.ui.fx;

import java.time.Duration;

/**
 * Runs an action a quiet period after the last trigger, and no later than a maximum wait after the
 * first trigger of a burst, so that continuous typing still gets saved or previewed regularly.
 */
public final class Debouncer {

    private final TaskRunner runner;
    private final Duration quiet;
    private final Duration maxWait;
    private final Runnable action;
    private Cancellable pending = Cancellable.NONE;
    private long burstStart = -1;

    public Debouncer(TaskRunner runner, Duration quiet, Duration maxWait, Runnable action) {
        this.runner = runner;
        this.quiet = quiet;
        this.maxWait = maxWait;
        this.action = action;
    }

    /** Notes a change; the action runs once things go quiet (or the burst has lasted maxWait). */
    public void trigger() {
        long now = runner.nanoTime();
        if (burstStart < 0) {
            burstStart = now;
        }
        long due = Math.min(now + quiet.toNanos(), burstStart + maxWait.toNanos());
        pending.cancel();
        pending = runner.schedule(Duration.ofNanos(Math.max(0, due - now)), this::fire);
    }

    /** Runs the action now if a trigger is pending. */
    public void flush() {
        if (burstStart >= 0) {
            fire();
        }
    }

    public void cancel() {
        pending.cancel();
        pending = Cancellable.NONE;
        burstStart = -1;
    }

    public boolean isPending() {
        return burstStart >= 0;
    }

    private void fire() {
        pending.cancel();
        pending = Cancellable.NONE;
        burstStart = -1;
        action.run();
    }
}
