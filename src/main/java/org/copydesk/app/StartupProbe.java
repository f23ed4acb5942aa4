package org.copydesk.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Reports when the first frame after start-up has been laid out, for the start-up benchmark: prints
 * a marker line with the milliseconds since the JVM started. Used by the window and by the empty
 * window it is compared with, so both are measured the same way.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** Prints a named moment of start-up when {@code copydesk.trace} is set. */
    public static void trace(String what) {
        if (Boolean.getBoolean("copydesk.trace")) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.out.println("TRACE " + sinceStart + " " + what + " [" + Thread.currentThread().getName() + ", " + cpu + " ms cpu]");
        }
    }

    /** Runs {@code action} on the FX thread once the scene's first frame has been laid out and handed over. */
    public static void afterFirstFrame(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> Platform.runLater(action));
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    public static void reportFirstFrame(Scene scene, String marker) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            // the frame this layout belongs to is rendered next; report once it has been handed over
            Platform.runLater(() -> {
                System.out.println(marker + " " + sinceStart);
                System.out.flush();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
