package org.copydesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Severity;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;
import org.copydesk.service.Desk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check ID|FILE}: the proofreading findings with their places. A stored article is checked as
 * stored (findings a proofreader dismissed left out); a file is checked as it is, before any cleaning.
 * Exits 3 when any finding is an error, so a desk can script it.
 */
@Command(name = "check", description = "Proofread an article or a page file; exit 3 when an error is found.")
final class CheckCommand extends DeskCommand {

    static final int ERRORS_FOUND = 3;

    @Parameters(paramLabel = "ID|FILE")
    String target;

    @Option(names = "--json", description = "print the findings as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Messages m = Messages.get();
        List<List<Finding>> checked;
        try (Desk desk = open(Desk.Access.READ_WRITE_OR_READ_ONLY)) {
            Ids.Target t = Ids.target(target);
            checked = t.id() != null
                    ? List.of(desk.proofreading().check(desk.drafts().get(t.id())).findings())
                    : desk.proofreading().checkFile(t.file());
        }
        boolean errors = checked.stream().flatMap(List::stream).anyMatch(f -> f.severity() == Severity.ERROR);
        if (json) {
            printJson(toJson(checked));
        } else {
            for (int i = 0; i < checked.size(); i++) {
                for (Finding f : checked.get(i)) {
                    String where = (checked.size() > 1 ? m.get("cli.check.article", i + 1) + " " : "") + Wording.place(f);
                    String range = f.paragraph() >= 0 || f.end() > f.start() ? " " + f.start() + "–" + f.end() : "";
                    out().println(where + range + "\t" + m.get("severity." + f.severity().code()) + "\t" + f.rule() + "\t"
                            + f.message());
                }
            }
            long total = checked.stream().mapToLong(List::size).sum();
            out().println(total == 0 ? m.get("cli.check.none") : m.get("cli.check.summary", total,
                    count(checked, Severity.ERROR), count(checked, Severity.WARNING), count(checked, Severity.HINT)));
        }
        return errors ? ERRORS_FOUND : 0;
    }

    private static long count(List<List<Finding>> checked, Severity s) {
        return checked.stream().flatMap(List::stream).filter(f -> f.severity() == s).count();
    }

    static ObjectNode toJson(List<List<Finding>> checked) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("findings");
        for (int i = 0; i < checked.size(); i++) {
            for (Finding f : checked.get(i)) {
                ObjectNode o = list.addObject();
                if (checked.size() > 1) {
                    o.put("article", i);
                }
                o.put("rule", f.rule());
                o.put("severity", f.severity().code());
                o.put("field", f.field());
                o.put("paragraph", f.paragraph());
                o.put("start", f.start());
                o.put("end", f.end());
                o.put("text", f.text());
                o.put("message", f.message());
                o.put("suggestion", f.suggestion());
            }
        }
        return root;
    }
}
