package org.copydesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Finding;
import org.copydesk.l10n.Messages;
import org.copydesk.render.importing.ImportReport;

/** An import report in words, for the window and the command line alike. */
public final class ReportText {

    private ReportText() {
    }

    /** One line: what each step changed, what was not found, how many findings. */
    public static String summary(ImportReport r) {
        Messages m = Messages.get();
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : r.steps().entrySet()) {
            parts.add(m.get("step." + e.getKey()) + " " + e.getValue());
        }
        String steps = parts.isEmpty() ? "" : m.get("report.steps", String.join(m.get("report.separator"), parts));
        String missing = r.missing().isEmpty() ? "" : m.get("report.missing",
                String.join(m.get("report.separator"), r.missing().stream().map(f -> m.get("field." + f)).toList()));
        String findings = m.get("report.findings", r.findings().size());
        return String.join(m.get("report.clauseSeparator"), List.of(steps, missing, findings).stream().filter(s -> !s.isEmpty()).toList());
    }

    /** Every line of the report: decoding, steps, fields, notes, and each finding with its place. */
    public static List<String> lines(ImportReport r) {
        Messages m = Messages.get();
        List<String> out = new ArrayList<>();
        out.add(m.get("report.file", r.file(), r.charset()));
        for (Map.Entry<String, Integer> e : r.steps().entrySet()) {
            out.add(m.get("report.step", m.get("step." + e.getKey()), e.getValue()));
        }
        r.fields().forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.add(m.get("report.field", m.get("field." + k), v));
            }
        });
        for (String f : r.missing()) {
            out.add(m.get("report.notFound", m.get("field." + f)));
        }
        for (String note : r.notes()) {
            int colon = note.indexOf(':');
            String code = colon < 0 ? note : note.substring(0, colon);
            String arg = colon < 0 ? "" : note.substring(colon + 1);
            out.add(m.get("note." + code, arg));
        }
        for (Finding f : r.findings()) {
            out.add(place(f) + " " + f.message());
        }
        return out;
    }

    /** Where a finding is: 标题 第 3–5 字, or 正文第 4 段第 12–17 字. */
    public static String place(Finding f) {
        Messages m = Messages.get();
        if (f.paragraph() >= 0) {
            return m.get("place.paragraph", f.paragraph() + 1, f.start() + 1, f.end());
        }
        return m.get("place.field", m.get("field." + f.field()), f.start() + 1, f.end());
    }
}
