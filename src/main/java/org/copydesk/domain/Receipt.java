package org.copydesk.domain;

import java.util.Locale;

/**
 * What happened to one article received from another desk (a package, or an archive line naming an
 * article this desk has): its number here, its uuid, the outcome, its title, and a remark when there
 * is something a person should know (it had been in the bin here, say).
 */
public record Receipt(long id, String uuid, Outcome outcome, String title, String remark) {

    /** The outcomes, in the words the command line prints. */
    public enum Outcome {
        /** Not on this desk before. */
        NEW,
        /** Continued this desk's history (or only its review record changed). */
        UPDATED,
        /** Both desks changed it; the changes touched different fields or paragraphs and were merged. */
        MERGED,
        /** This desk already had it, or had moved on from it. */
        UNCHANGED,
        /** Both desks changed the same field or paragraph: kept apart until a person merges them. */
        CONFLICT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Receipt {
        remark = remark == null ? "" : remark;
    }

    /** The numbers of the articles whose words may have changed (all but the unchanged). */
    public static java.util.List<Long> changed(java.util.List<Receipt> receipts) {
        return receipts.stream().filter(r -> r.outcome() != Outcome.UNCHANGED).map(Receipt::id).toList();
    }
}
