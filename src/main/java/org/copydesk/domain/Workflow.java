package org.copydesk.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The desk's workflow as rules: which step may move an article from which status to which, and what
 * an edit does to an approved article. The services apply these rules to every write, whoever asks.
 */
public final class Workflow {

    /** A step of the workflow: the statuses it starts from and the status it leads to. */
    public enum Step {
        /** Draft → in review. */
        SUBMIT(EnumSet.of(Status.DRAFT), Status.IN_REVIEW, ReviewEvent.Kind.SUBMITTED),
        /** In review → approved. */
        APPROVE(EnumSet.of(Status.IN_REVIEW), Status.APPROVED, ReviewEvent.Kind.APPROVED),
        /** Back to draft from review, approval or publication, with a reason. */
        SEND_BACK(EnumSet.of(Status.IN_REVIEW, Status.APPROVED, Status.PUBLISHED), Status.DRAFT, ReviewEvent.Kind.SENT_BACK),
        /**
         * Exported → published: an approved article when it passes the gate, any other when it is
         * exported despite the gate (with the reason on its record).
         */
        PUBLISH(EnumSet.of(Status.DRAFT, Status.IN_REVIEW, Status.APPROVED), Status.PUBLISHED, ReviewEvent.Kind.PUBLISHED);

        private final Set<Status> from;
        private final Status to;
        private final ReviewEvent.Kind event;

        Step(Set<Status> from, Status to, ReviewEvent.Kind event) {
            this.from = from;
            this.to = to;
            this.event = event;
        }

        public boolean allowedFrom(Status s) {
            return from.contains(s);
        }

        public Status to() {
            return to;
        }

        /** What the step puts on the article's review record. */
        public ReviewEvent.Kind event() {
            return event;
        }
    }

    /** Rounds are signed while an article is in review. */
    public static boolean maySignRounds(Status s) {
        return s == Status.IN_REVIEW;
    }

    /**
     * True when writing {@code after} over {@code before} takes an approved article back to review:
     * its approval was for other words. (A published article may be corrected and stays published.)
     */
    public static boolean reopens(Article before, Article after) {
        return before.status() == Status.APPROVED && after.status() == Status.APPROVED && !before.sameWords(after);
    }

    private Workflow() {
    }
}
