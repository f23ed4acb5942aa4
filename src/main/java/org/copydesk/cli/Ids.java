package org.copydesk.cli;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.l10n.Messages;

/** Article ids as typed on the command line. */
final class Ids {

    private Ids() {
    }

    static List<Long> parse(List<String> raw) {
        List<Long> ids = new ArrayList<>();
        for (String s : raw) {
            try {
                long id = Long.parseLong(s.strip());
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                throw new CopydeskCommand.UsageError(Messages.get().get("cli.usage.badId", s));
            }
        }
        return ids;
    }

    /** What {@code ID|FILE} names: a stored article, or a file to read without storing it. */
    record Target(Long id, java.nio.file.Path file) {
    }

    /**
     * Reads an {@code ID|FILE} argument: digits are an article id; anything else is a file. A
     * negative number that is not a file is a mistyped id (a usage error), not a missing file.
     */
    static Target target(String raw) {
        if (raw.matches("\\d+")) {
            return new Target(Long.parseLong(raw), null);
        }
        java.nio.file.Path file = java.nio.file.Path.of(raw);
        if (!java.nio.file.Files.exists(file) && raw.matches("-?\\d+")) {
            throw new CopydeskCommand.UsageError(Messages.get().get("cli.usage.badId", raw));
        }
        return new Target(null, file);
    }
}
