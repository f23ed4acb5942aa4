package org.copydesk.domain;

import java.util.List;

/** What the tagger suggests for one article: a channel and keywords (empty when the text is too short). */
public record Suggestions(ChannelSuggestion channel, List<KeywordSuggestion> keywords, boolean tooShort) {

    public Suggestions {
        keywords = List.copyOf(keywords);
    }

    public static Suggestions none() {
        return new Suggestions(ChannelSuggestion.none(), List.of(), true);
    }
}
