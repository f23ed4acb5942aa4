package org.copydesk.text.clean;

import java.util.List;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Script;
import org.copydesk.domain.Severity;
import org.copydesk.l10n.Messages;

/**
 * The cleaning pipeline: encoding repair, pinyin annotations, script, punctuation and spacing, in
 * that order. Each piece of text passes every step; the report adds up what each step changed, and
 * a last look finds the damage no step could repair.
 */
public final class Cleaner {

    private final List<CleanStep> steps;

    public Cleaner(Script script) {
        this.steps = List.of(new EncodingRepair(), new PinyinAnnotations(), new ScriptConverter(script), new Punctuation());
    }

    public List<CleanStep> steps() {
        return steps;
    }

    /** Cleans a whole field or line, edges included, adding the changes to {@code report}. */
    public String clean(String text, CleanReport report) {
        CleanStep.Counter c = new CleanStep.Counter();
        String s = Punctuation.trimEdges(text, c);
        s = cleanPiece(s, report);
        report.count("punctuation", c.count());
        return s;
    }

    /**
     * Cleans a piece of a paragraph (one text node of a body), leaving its edges alone: the space at
     * the edge of a piece may be what separates it from the next.
     */
    public String cleanPiece(String text, CleanReport report) {
        return cleanPiece(text, report, "", "");
    }

    /** As {@link #cleanPiece(String, CleanReport)}, with the characters around the piece in its paragraph. */
    public String cleanPiece(String text, CleanReport report, String before, String after) {
        String s = text;
        for (CleanStep step : steps) {
            report.ensureStep(step.id());
            CleanStep.Counter c = new CleanStep.Counter();
            String was = s;
            s = step instanceof Punctuation p ? p.apply(s, c, before, after) : step.apply(s, c);
            report.count(step.id(), c.count());
            report.changed(step.id(), was, s);
        }
        return s;
    }

    /** Cleans text without keeping a report (for matching, not for storing). */
    public String clean(String text) {
        return clean(text, new CleanReport());
    }

    /** Reports the damage left in a cleaned field or paragraph, at its places. */
    public static void reportDamage(String field, int paragraph, String text, CleanReport report) {
        for (EncodingDamage.Span s : EncodingDamage.find(text)) {
            String bad = text.substring(s.start(), s.end());
            report.add(new Finding("encoding-damage", Severity.ERROR, field, paragraph, s.start(), s.end(), bad,
                    Messages.get().get("finding.encodingDamage", bad), ""));
        }
    }
}
