package org.copydesk.l10n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Gate;
import org.copydesk.domain.ImportReport;
import org.copydesk.domain.KeywordSuggestion;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.ReviewRules;
import org.copydesk.domain.Round;
import org.copydesk.domain.Status;

/**
 * How the desk's things are said to a person, in one place for the window, the command line and the
 * pages that carry words (the review sheet): statuses, rounds, where a finding is, why the gate is
 * closed, why a keyword is suggested, what an import did.
 */
public final class Wording {

    private Wording() {
    }

    private static Messages m() {
        return Messages.get();
    }

    public static String status(Status s) {
        return m().get("status." + s.code());
    }

    public static String round(Round r) {
        return m().get("round." + r.code());
    }

    /**
     * A workflow rule's refusal as the failure the service throws: the rounds by name (several joined
     * with 、), then the person.
     */
    public static CopydeskException refused(ReviewRules.Refusal r) {
        List<String> names = r.rounds().stream().map(Wording::round).toList();
        Object first = r.problem() == org.copydesk.domain.Problem.ROUNDS_MISSING
                ? String.join(m().get("list.separator"), names)
                : names.isEmpty() ? "" : names.get(0);
        Object second = names.size() > 1 ? names.get(1) : "";
        return new CopydeskException(r.problem(), first, second, r.who());
    }

    /** A workflow rule's refusal in words, for beside the button it disables. */
    public static String refusal(ReviewRules.Refusal r) {
        CopydeskException e = refused(r);
        return m().get("problem." + e.problem().name(), e.args());
    }

    /** A field by its name in findings and reports (title, body, publishedAt…): 标题, 正文, 发布时间. */
    public static String field(String name) {
        return m().get("field." + name);
    }

    public static String event(ReviewEvent.Kind kind) {
        return m().get("event." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    // ---- where a finding is ------------------------------------------------------------------------

    /** Where a finding is, as a proofreader says it: 标题, 第 3 段. */
    public static String place(Finding f) {
        return Finding.BODY.equals(f.field()) && f.paragraph() >= 0
                ? m().get("sheet.paragraph", f.paragraph() + 1)
                : field(f.field());
    }

    /** Where a finding is, to the character: 标题第 3–5 字：, 正文第 4 段第 12–17 字：. */
    public static String exactPlace(Finding f) {
        if (f.paragraph() >= 0) {
            return m().get("place.paragraph", f.paragraph() + 1, f.start() + 1, f.end());
        }
        return m().get("place.field", field(f.field()), f.start() + 1, f.end());
    }

    // ---- the gate ----------------------------------------------------------------------------------

    public static String reason(Gate.Reason r) {
        Object[] args = r.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Status s) {
                args[i] = status(s);
            }
        }
        return m().get(r.key(), args);
    }

    /** Every reason the gate is closed, in one sentence; or that it is open. */
    public static String gate(Gate g) {
        if (g.open()) {
            return m().get("gate.open");
        }
        return String.join(m().get("report.clauseSeparator"), g.reasons().stream().map(Wording::reason).toList());
    }

    /** Why one article may not be exported: 《标题》（3）不能导出：尚未审核通过. */
    /** A field's value as a reader would write it: a time in the desk's form, anything else as it is. */
    static String fieldValue(String v) {
        try {
            return dateTime(java.time.LocalDateTime.parse(v));
        } catch (java.time.format.DateTimeParseException e) {
            return v;
        }
    }

    /** A file's size as a person reads it: 152 KB, 3.4 MB. */
    public static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format("%.0f KB", bytes / 1024.0) : String.format("%.1f MB", bytes / 1048576.0);
    }

    /** A date and time as the desk writes it: 2021年5月13日 08:43. */
    public static String dateTime(java.time.LocalDateTime t) {
        return m().get("time.dateTime", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                String.format("%02d:%02d", t.getHour(), t.getMinute()));
    }

    public static String refusal(String title, long id, Gate g) {
        return m().get("gate.refused", title, Long.toString(id), gate(g));
    }

    // ---- suggestions -------------------------------------------------------------------------------

    /** Why a keyword is suggested: 出现 12 次 · 常用关键词 · 标题中出现. */
    public static String keywordReason(KeywordSuggestion k) {
        List<String> parts = new ArrayList<>();
        parts.add(m().get("tagger.occurs", k.occurrences()));
        if (k.inTitle()) {
            parts.add(m().get("tagger.inTitle"));
        }
        if (k.deskUses() > 0) {
            parts.add(m().get("tagger.deskUses", k.deskUses()));
        }
        return String.join(" · ", parts);
    }

    // ---- import reports ----------------------------------------------------------------------------

    /** One line: what each step changed, what was not found, how many findings. */
    public static String reportSummary(ImportReport r) {
        Messages m = m();
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : r.steps().entrySet()) {
            parts.add(m.get("step." + e.getKey()) + " " + e.getValue());
        }
        String steps = parts.isEmpty() ? "" : m.get("report.steps", String.join(m.get("report.separator"), parts));
        String missing = r.missing().isEmpty() ? "" : m.get("report.missing",
                String.join(m.get("report.separator"), r.missing().stream().map(Wording::field).toList()));
        String findings = m.get("report.findings", r.findings().size());
        return String.join(m.get("report.clauseSeparator"),
                List.of(steps, missing, findings).stream().filter(s -> !s.isEmpty()).toList());
    }

    /** A changed piece of text on one line, its spaces kept visible at the edges. */
    private static String shown(String s) {
        String one = s.replaceAll("[\\r\\n\\t]+", " ");
        return one.isBlank() ? "␣" : one;
    }

    /** Every line of the report: decoding, steps, fields, notes, and each finding with its place. */
    public static List<String> reportLines(ImportReport r) {
        Messages m = m();
        List<String> out = new ArrayList<>();
        out.add(m.get("report.file", r.file(), r.charset()));
        for (Map.Entry<String, Integer> e : r.steps().entrySet()) {
            out.add(m.get("report.step", m.get("step." + e.getKey()), e.getValue()));
            // the changes themselves, each with its place: 第 3 段：協商 → 协商
            List<ImportReport.Change> changes = r.changes().stream().filter(c -> c.step().equals(e.getKey())).toList();
            for (ImportReport.Change c : changes) {
                String where = "body".equals(c.field()) && c.paragraph() >= 0 ? m.get("sheet.paragraph", c.paragraph() + 1) : field(c.field());
                out.add(m.get("report.change", where, shown(c.before()), shown(c.after())));
            }
            if (changes.size() >= ImportReport.CHANGES_LISTED) {
                out.add(m.get("report.moreChanges", ImportReport.CHANGES_LISTED));
            }
        }
        r.fields().forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.add(m.get("report.field", field(k), fieldValue(v)));
            }
        });
        for (String f : r.missing()) {
            out.add(m.get("report.notFound", field(f)));
        }
        for (String note : r.notes()) {
            int colon = note.indexOf(':');
            String code = colon < 0 ? note : note.substring(0, colon);
            String arg = colon < 0 ? "" : note.substring(colon + 1);
            out.add(m.get("note." + code, arg));
        }
        for (Finding f : r.findings()) {
            out.add(exactPlace(f) + " " + f.message());
        }
        return out;
    }
}
