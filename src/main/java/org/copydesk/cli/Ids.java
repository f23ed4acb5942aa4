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
}
