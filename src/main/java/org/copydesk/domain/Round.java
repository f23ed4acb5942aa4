package org.copydesk.domain;

import java.util.Locale;

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
}
