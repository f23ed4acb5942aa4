package org.copydesk.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The review rounds (三审: 初审, 复审, 终审) and proofreading rounds (三校: 一校, 二校, 三校) a desk signs off. */
public enum Round {
    REVIEW_1, REVIEW_2, REVIEW_3, PROOF_1, PROOF_2, PROOF_3;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Round fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean isReview() {
        return this == REVIEW_1 || this == REVIEW_2 || this == REVIEW_3;
    }

    /**
     * The rounds signed off in the current submission, from an article's record: each round's latest
     * sign-off since the last submission or send-back, in the order they were signed.
     */
    public static Map<Round, ReviewEvent> current(List<ReviewEvent> events) {
        Map<Round, ReviewEvent> out = new LinkedHashMap<>();
        for (ReviewEvent e : events) {
            if (e.kind() == ReviewEvent.Kind.SUBMITTED || e.kind() == ReviewEvent.Kind.SENT_BACK) {
                out.clear();
            } else if (e.kind() == ReviewEvent.Kind.SIGNED_OFF && e.round() != null) {
                out.put(e.round(), e);
            }
        }
        return out;
    }
}
