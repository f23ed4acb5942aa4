package org.copydesk.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Work asked for once the window is going (a debounced refresh firing late) is dropped, not thrown on the FX thread. */
class FxTaskRunnerTest {

    @Test
    void workAskedForAfterClosingIsDroppedQuietly() {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();
        runner.submit("late refresh", () -> {
            ran.set(true);
            return 1;
        }, r -> ran.set(true), t -> ran.set(true));
        runner.schedule(Duration.ZERO, () -> ran.set(true));
        // nothing was handed to a thread or the FX queue: both calls dropped the work where they stand
        assertThat(ran).isFalse();
    }
}
