package org.copydesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.ChannelSuggestion;
import org.copydesk.domain.KeywordSuggestion;
import org.copydesk.domain.Suggestions;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import org.copydesk.l10n.Wording;
import org.copydesk.service.Tagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code suggest ID|FILE}: the channel with its confidence and the keywords with their scores, for a
 * stored article or for a page read (and cleaned) but not stored.
 */
@Command(name = "suggest", description = "Suggest a channel (with confidence) and keywords (with scores).")
final class SuggestCommand extends DeskCommand {

    @Parameters(paramLabel = "ID|FILE")
    String target;

    @Option(names = "--json", description = "print the suggestions as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        Messages m = Messages.get();
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
