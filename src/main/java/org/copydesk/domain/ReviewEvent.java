package org.copydesk.domain;

import java.time.Instant;

/**
 * One entry of an article's review record: submitted, approved, sent back (with why), a round signed
 * off, published, exported despite the gate (with the reason), a revision restored, an approved
 * article changed and so back in review.
 */
public record ReviewEvent(long id, String uuid, long articleId, Kind kind, Round round, String who, Instant at, String text) {

    public enum Kind {
        SUBMITTED, APPROVED, SENT_BACK, SIGNED_OFF, PUBLISHED, EXPORTED_ANYWAY, RESTORED,
        /** An approved article's words changed, so it went back to review. */
        REOPENED,
        /** On a shared desk, someone took over an article another person had open. */
        TAKEN_OVER
    }
}
