package org.copydesk.text.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.copydesk.domain.Channel;
import org.copydesk.domain.ChannelSuggestion;

/**
 * A channel for a desk without an archive yet: each channel's cue words from the site profile
 * (法治: 法院, 检察, 司法…) are counted in the text; the channel with the most is suggested, with
 * the share of cue hits as its confidence. Few hits, or hits spread thin, mean unsure.
 */
public final class CueClassifier {

    /** Fewer cue words than this in a text is too little to go on. */
    private static final int MIN_HITS = 2;

    private CueClassifier() {
    }

    public static ChannelSuggestion classify(String text, List<Channel> channels, double threshold) {
        List<ChannelSuggestion.Guess> ranked = new ArrayList<>();
        int total = 0;
        int[] hits = new int[channels.size()];
        for (int c = 0; c < channels.size(); c++) {
            for (String cue : channels.get(c).cues()) {
                hits[c] += count(text, cue);
            }
            total += hits[c];
        }
        if (total < MIN_HITS) {
            return new ChannelSuggestion(List.of(), true, "cues");
        }
        for (int c = 0; c < channels.size(); c++) {
            if (hits[c] > 0) {
                ranked.add(new ChannelSuggestion.Guess(channels.get(c).name(), Math.round(hits[c] * 1000.0 / total) / 1000.0));
            }
        }
        ranked.sort(Comparator.comparingDouble(ChannelSuggestion.Guess::confidence).reversed());
        List<ChannelSuggestion.Guess> top = List.copyOf(ranked.subList(0, Math.min(3, ranked.size())));
        return new ChannelSuggestion(top, top.get(0).confidence() < threshold, "cues");
    }

    private static int count(String text, String word) {
        if (word.isEmpty()) {
            return 0;
        }
        int n = 0;
        int i = text.indexOf(word);
        while (i >= 0) {
            n++;
            i = text.indexOf(word, i + word.length());
        }
        return n;
    }
}
