package org.copydesk.service;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.KeywordSuggestion;
import org.copydesk.l10n.Messages;

/** Why a keyword is suggested, in words: 出现 12 次 · 常用关键词 · 标题中出现. */
public final class SuggestionText {

    private SuggestionText() {
    }

    public static String reason(KeywordSuggestion k) {
        Messages m = Messages.get();
        List<String> parts = new ArrayList<>();
        parts.add(m.get("tagger.occurs", k.occurrences()));
        if (k.inTitle()) {
            parts.add(m.get("tagger.inTitle"));
        }
        if (k.deskUses() > 0) {
            parts.add(m.get("tagger.deskUses", k.deskUses()));
        }
        return String.join(" · ", parts);
    }
}
