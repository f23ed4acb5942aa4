package org.copydesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.copydesk.domain.FindQuery;
import org.copydesk.domain.Progress;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;
import org.copydesk.service.Desk;
import org.copydesk.service.DeskReplace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code replace FIND REPLACE}: find and replace across the desk, in titles, subtitles, summaries
 * and bodies. Prints every article and every change in context, then writes them all in one
 * transaction (one revision per article), or nothing with {@code --dry-run}. {@code --undo BATCH}
 * takes a replace back as a whole.
 */
@Command(name = "replace", description = "Find and replace across the desk (titles, subtitles, summaries, bodies); --undo BATCH takes it back.")
final class ReplaceCommand extends DeskCommand {

    @Parameters(index = "0", paramLabel = "FIND", arity = "0..1")
    String find;

    @Parameters(index = "1", paramLabel = "REPLACE", arity = "0..1")
    String replacement;

    @Option(names = "--regex", description = "FIND is a regular expression; $1 in REPLACE is its first group")
    boolean regex;

    @Option(names = "--match-case", description = "upper and lower case differ")
    boolean matchCase;

    @Option(names = "--whole-word", description = "a Latin word or number is not matched inside a longer one")
    boolean wholeWord;

    @Option(names = "--status", split = ",", paramLabel = "STATUS", description = "only articles in these statuses (draft, in_review, approved, published)")
    List<String> statuses;

    @Option(names = "--channel", paramLabel = "NAME", description = "only articles in this channel")
    String channel;

    @Option(names = "--dry-run", description = "show every change and write nothing")
    boolean dryRun;

    @Option(names = "--json", description = "print the plan as JSON")
    boolean json;

    @Option(names = "--undo", paramLabel = "BATCH", description = "take back the replace with this batch name")
    String undo;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        Messages m = Messages.get();
        if (undo != null) {
            if (find != null) {
                err.println(m.get("replace.usage"));
                return 2;
            }
            try (Desk desk = open(Desk.Access.READ_WRITE)) {
                DeskReplace.Undone u = desk.replace().undo(undo);
                err.println(m.get("replace.undone", undo, u.restored().size(), u.changedSince().size(), ids(u.changedSince())));
                return u.changedSince().isEmpty() ? 0 : 1;
            }
        }
        if (find == null || replacement == null) {
            err.println(m.get("replace.usage"));
            return 2;
        }
        Set<Status> wanted = EnumSet.noneOf(Status.class);
        if (statuses != null) {
            for (String s : statuses) {
                try {
                    wanted.add(Status.fromCode(s));
                } catch (IllegalArgumentException e) {
                    err.println(m.get("replace.badStatus", s));
                    return 2;
                }
            }
        }
        FindQuery q = new FindQuery(find, replacement, matchCase, wholeWord, regex);
        q.pattern();
        try (Desk desk = open(dryRun ? Desk.Access.READ_WRITE_OR_READ_ONLY : Desk.Access.READ_WRITE)) {
            DeskReplace.Plan plan = desk.replace().plan(q, wanted, channel, Progress.NONE, () -> false);
            if (json) {
                printJson(toJson(plan));
            } else {
                print(out, m, plan);
            }
            List<DeskReplace.Item> refused = plan.items().stream().filter(i -> !i.refused().isEmpty()).toList();
            for (DeskReplace.Item i : refused) {
                err.println(m.get("replace.refused." + i.refused(), i.id(), i.title()));
            }
            if (dryRun || plan.applied().isEmpty()) {
                err.println(m.get("replace.planned", plan.changes(), plan.applied().size()));
                return 0;
            }
            DeskReplace.Done done = desk.replace().apply(plan);
            err.println(m.get("replace.done", done.changes(), done.articles().size(), done.batch()));
        }
        return 0;
    }

    private static String ids(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private static void print(PrintWriter out, Messages m, DeskReplace.Plan plan) {
        for (DeskReplace.Item i : plan.items()) {
            out.println(i.id() + "\t" + i.title());
            for (DeskReplace.Change c : i.changes()) {
                String where = Wording.field(c.field().key()) + (c.field() == org.copydesk.domain.ArticleField.BODY
                        ? m.get("replace.paragraph", c.paragraph() + 1) : "");
                out.println("  " + where + "\t…" + c.left() + "[" + c.before() + " → " + c.after() + "]" + c.right() + "…");
            }
        }
    }

    private static ObjectNode toJson(DeskReplace.Plan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("find", plan.query().find());
        root.put("replace", plan.query().replacement());
        root.put("changes", plan.changes());
        ArrayNode articles = root.putArray("articles");
        for (DeskReplace.Item i : plan.items()) {
            ObjectNode a = articles.addObject();
            a.put("id", i.id());
            a.put("title", i.title());
            a.put("status", i.status().code());
            a.put("refused", i.refused().isEmpty() ? null : i.refused());
            ArrayNode cs = a.putArray("changes");
            for (DeskReplace.Change c : i.changes()) {
                ObjectNode o = cs.addObject();
                o.put("field", c.field().key());
                if (c.field() == org.copydesk.domain.ArticleField.BODY) {
                    o.put("paragraph", c.paragraph());
                }
                o.put("start", c.start());
                o.put("before", c.before());
                o.put("after", c.after());
                o.put("left", c.left());
                o.put("right", c.right());
            }
        }
        return root;
    }
}
