package org.copydesk.ui.fx;

/** A handle on scheduled or running work. */
@FunctionalInterface
public interface Cancellable {
    void cancel();

    Cancellable NONE = () -> { };
}
