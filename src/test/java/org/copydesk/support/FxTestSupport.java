package org.copydesk.support;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import org.copydesk.app.LaunchOptions;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers for window tests: options on a temporary desk, and reading state on the FX thread. */
public final class FxTestSupport {

    private FxTestSupport() {
    }

    public static LaunchOptions options(Path dir) {
        Preferences prefs = Preferences.userRoot().node("copydesk-test/" + UUID.randomUUID());
        // a reviewer's name is set, as on a desk where review work was done before (else the first review action asks)
        prefs.put("review.name", "测试编辑");
        return new LaunchOptions(dir.resolve("desk.db"), false, null, dir.resolve("preview"), prefs);
    }

    /** Runs on the FX thread and returns the result (assertions stay on the test thread). */
    public static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the condition, evaluated on the FX thread, holds. */
    public static void await(String what, long seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                Boolean b = fx(condition);
                return b != null && b;
            });
        } catch (Exception e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    public static void runFx(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
        Platform.requestNextPulse();
    }

    /** With {@code -Dcopydesk.snapshot=true}, the scene as a PNG in {@code target/} (to be looked at). */
    public static void snapshotIfAsked(javafx.scene.Scene scene, String name) {
        if (!Boolean.getBoolean("copydesk.snapshot")) {
            return;
        }
        runFx(() -> {
            var image = scene.snapshot(null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
            }
            try {
                javax.imageio.ImageIO.write(out, "png", Path.of("target", name + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
