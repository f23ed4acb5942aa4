package org.copydesk.domain;

import java.util.List;
import java.util.Optional;

/**
 * The tagger's view of an article's channel: the likeliest channels with their probabilities,
 * best first, and whether the best is likely enough to suggest. When it is not, the tagger says it
 * is unsure rather than guessing.
 *
 * @param ranked  up to three channels, best first
 * @param unsure  true when the best falls below the confidence threshold (or there is nothing to go on)
 * @param basis   what the suggestion rests on: {@code archive} (a model trained on the desk's
 *                labelled articles), {@code cues} (the profile's cue words, for a new desk) or
 *                {@code none} (too little text)
 */
public record ChannelSuggestion(List<Guess> ranked, boolean unsure, String basis) {

    /** One channel and how likely it is. */
    public record Guess(String name, double confidence) {
    }

    public ChannelSuggestion {
        ranked = List.copyOf(ranked);
    }

    public static ChannelSuggestion none() {
        return new ChannelSuggestion(List.of(), true, "none");
    }

    public Optional<Guess> best() {
        return unsure || ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }

    public List<Guess> alternatives() {
        return ranked.size() <= 1 ? List.of() : ranked.subList(1, ranked.size());
    }
}
