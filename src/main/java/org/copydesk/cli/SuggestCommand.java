package org.copydesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.ChannelSuggestion;
import org.copydesk.domain.KeywordSuggestion;
import org.copydesk.domain.Suggestions;
import org.copydesk.l10n.Messages;
import org.copydesk.service.BatchTagging;
import org.copydesk.service.Desk;
import org.copydesk.l10n.Wording;
import org.copydesk.service.Tagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code suggest ID|FILE}: the channel with its confidence and the keywords with their scores, for a
 * stored article or for a page read (and cleaned) but not stored. {@code suggest --all|--untagged}:
 * the same for many articles, one line each; with {@code --apply}, the channel (when sure) and
 * keywords are set on articles that have none.
 */
@Command(name = "suggest", description = "Suggest a channel (with confidence) and keywords (with scores).")
final class SuggestCommand extends DeskCommand {

    @Parameters(paramLabel = "ID|FILE", arity = "0..1")
    String target;

    @Option(names = "--json", description = "print the suggestions as JSON (one object a line for --all/--untagged)")
    boolean json;

    @Option(names = "--all", description = "every article")
    boolean all;

    @Option(names = "--untagged", description = "articles without a channel or without keywords")
    boolean untagged;

    @Option(names = "--apply", description = "with --all/--untagged: set the channel (when sure) and keywords on articles that have none")
    boolean apply;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        Messages m = Messages.get();
        if ((target == null) == !(all || untagged) || all && untagged || apply && target != null) {
            err.println(m.get("suggest.usage"));
            return 2;
        }
        if (target == null) {
            return batch(out, err, m);
        }
        try (Desk desk = open(Desk.Access.READ_WRITE_OR_READ_ONLY)) {
            Article article = article(desk);
            Tagger tagger = desk.tagging();
            Suggestions s = tagger.suggest(article);
            Tagger.Status status = tagger.status();
            if (!status.unknownChannels().isEmpty()) {
                err.println(m.get("tagger.unknownChannels", Tagger.describeUnknown(status.unknownChannels())));
            }
            if (json) {
                printJson(toJson(s));
                return 0;
            }
            if (s.tooShort()) {
                out.println(m.get("tagger.tooShort"));
                return 0;
            }
            ChannelSuggestion c = s.channel();
            String alternatives = String.join(m.get("report.separator"), c.alternatives().stream()
                    .map(g -> g.name() + " " + percent(g.confidence())).toList());
            if (c.best().isPresent()) {
                out.println(m.get("tagger.channel", c.best().get().name(), percent(c.best().get().confidence()), alternatives));
            } else {
                out.println(m.get("tagger.unsure", String.join(m.get("report.separator"),
                        c.ranked().stream().map(g -> g.name() + " " + percent(g.confidence())).toList())));
            }
            out.println(m.get("tagger.basis." + c.basis(), status.labelled()));
            for (KeywordSuggestion k : s.keywords()) {
                out.printf("%s\t%.3f\t%s%n", k.word(), k.score(), Wording.keywordReason(k));
            }
        }
        return 0;
    }

    /** Many articles in one process: a line each as it is made, then what was set (with --apply) on stderr. */
    private int batch(PrintWriter out, PrintWriter err, Messages m) {
        try (Desk desk = open(apply ? Desk.Access.READ_WRITE : Desk.Access.READ_WRITE_OR_READ_ONLY)) {
            BatchTagging batch = desk.batchTagging();
            List<Long> ids = untagged ? batch.untagged() : batch.all();
            List<BatchTagging.Change> changes = new ArrayList<>();
            batch.suggest(ids, item -> {
                java.util.Optional<BatchTagging.Change> change = apply ? BatchTagging.proposal(item) : java.util.Optional.empty();
                change.ifPresent(changes::add);
                if (json) {
                    ObjectNode line = JSON.createObjectNode();
                    line.put("id", item.id());
                    line.setAll(toJson(item.suggestions()));
                    change.ifPresent(c -> {
                        ObjectNode set = line.putObject("apply");
                        set.put("channel", c.setsChannel() ? c.channelAfter() : null);
                        ArrayNode k = set.putArray("keywords");
                        if (c.setsKeywords()) {
                            c.keywordsAfter().forEach(k::add);
                        }
                    });
                    out.println(line.toString());
                } else {
                    ChannelSuggestion c = item.suggestions().channel();
                    String channel = item.suggestions().tooShort() ? m.get("tagger.tooShort")
                            : c.best().map(g -> g.name() + " " + percent(g.confidence()))
                            .orElse(m.get("suggest.unsure"));
                    out.println(item.id() + "\t" + channel + "\t" + String.join(" ",
                            item.suggestions().keywords().stream().map(KeywordSuggestion::word).toList()) + "\t" + item.title());
                }
                out.flush();
            }, () -> false);
            if (apply) {
                List<BatchTagging.Change> made = batch.apply(changes, () -> false);
                long channels = made.stream().filter(BatchTagging.Change::setsChannel).count();
                long keywords = made.stream().filter(BatchTagging.Change::setsKeywords).count();
                err.println(m.get("suggest.applied", ids.size(), channels, keywords, changes.size() - made.size()));
            } else {
                err.println(m.get("suggest.done", ids.size()));
            }
        }
        return 0;
    }

    private Article article(Desk desk) {
        Ids.Target t = Ids.target(target);
        if (t.id() != null) {
            return desk.drafts().get(t.id());
        }
        return desk.imports().readOnly(t.file()).get(0).article();
    }

    private static String percent(double p) {
        return Math.round(p * 100) + "%";
    }

    static ObjectNode toJson(Suggestions s) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode channel = root.putObject("channel");
        ChannelSuggestion c = s.channel();
        channel.put("name", c.best().map(ChannelSuggestion.Guess::name).orElse(null));
        channel.put("confidence", c.ranked().isEmpty() ? 0.0 : c.ranked().get(0).confidence());
        channel.put("unsure", c.unsure());
        channel.put("basis", c.basis());
        ArrayNode alternatives = channel.putArray("alternatives");
        List<ChannelSuggestion.Guess> rest = c.best().isPresent() ? c.alternatives() : c.ranked();
        for (ChannelSuggestion.Guess g : rest) {
            alternatives.addObject().put("name", g.name()).put("confidence", g.confidence());
        }
        ArrayNode keywords = root.putArray("keywords");
        for (KeywordSuggestion k : s.keywords()) {
            keywords.addObject().put("word", k.word()).put("score", k.score()).put("reason", Wording.keywordReason(k));
        }
        root.put("tooShort", s.tooShort());
        return root;
    }
}
