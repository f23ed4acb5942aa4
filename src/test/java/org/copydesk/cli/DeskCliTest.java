package org.copydesk.cli;

import java.nio.file.Path;
import org.copydesk.l10n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A command-line test on a desk of its own in a fresh folder, with the messages in Chinese. */
abstract class DeskCliTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /** Runs a command on the folder's desk. */
    Cli.Run run(String... args) {
        return Cli.on(dir.resolve("desk.db").toString(), args);
    }
}
