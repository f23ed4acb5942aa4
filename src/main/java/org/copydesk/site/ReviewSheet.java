package org.copydesk.site;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Note;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Round;
import org.copydesk.domain.Severity;
import org.copydesk.domain.CheckResult;
import org.copydesk.domain.Gate;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;

/**
 * The review sheet (审校单): one printable page with an article's particulars, every round and who
 * signed it when, the notes and how they were resolved, the findings still open and the whole record.
 * The layout is data ({@code resources/review/sheet.mustache}).
 */
public final class ReviewSheet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] LABELS = {"sheet", "title", "id", "version", "channel", "source", "author", "editor",
        "status", "gate", "rounds", "round", "signedBy", "at", "comment", "notSigned", "notes", "noNotes", "place",
        "note", "resolution", "findings", "severity", "finding", "history", "event", "who"};

    private final Template template;
    private final ZoneId zone;

    public ReviewSheet(ZoneId zone) {
        this.zone = zone;
        try (InputStream in = ReviewSheet.class.getResourceAsStream("/review/sheet.mustache")) {
            if (in == null) {
                throw new IllegalStateException("missing /review/sheet.mustache");
            }
            template = Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true)
                    .compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet's HTML for an article as it stands. */
    public String render(Article a, CheckResult check, Gate gate, List<Note> notes,
                         List<ReviewEvent> events, String who, Instant now) {
        Messages m = Messages.get();
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("lang", m.locale().getLanguage().equals("en") ? "en" : "zh-CN");
        Map<String, Object> label = new LinkedHashMap<>();
        for (String l : LABELS) {
            label.put(l, m.get("sheet." + l));
        }
        label.put("generated", m.get("sheet.generated", time(now), who));
        ctx.put("label", label);

        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", a.title());
        article.put("id", a.id());
        article.put("version", a.version());
        article.put("channel", a.channel());
        article.put("source", a.source());
        article.put("author", a.author());
        article.put("editor", a.editor());
        article.put("status", Wording.status(a.status()));
        ctx.put("article", article);
        ctx.put("gate", Map.of("cssClass", gate.open() ? "gate-open" : "gate-closed",
                "text", Wording.gate(gate)));

        Map<Round, ReviewEvent> signed = Round.current(events);
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (Round r : Round.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", Wording.round(r));
            ReviewEvent e = signed.get(r);
            row.put("signed", e == null ? null : Map.of("who", e.who(), "at", time(e.at()), "comment", e.text()));
            rounds.add(row);
        }
        ctx.put("rounds", rounds);

        List<Map<String, Object>> noteRows = new ArrayList<>();
        for (Note n : notes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("cssClass", n.open() ? "open" : "resolved");
            row.put("place", n.paragraph() < 0 ? m.get("sheet.wholeArticle") : m.get("sheet.paragraph", n.paragraph() + 1));
            row.put("anchor", n.anchor());
            row.put("body", n.body());
            row.put("author", n.author());
            row.put("at", time(n.createdAt()));
            row.put("resolution", n.open() ? m.get("sheet.open") : m.get("sheet.resolvedBy", n.resolvedBy(), time(n.resolvedAt())));
            noteRows.add(row);
        }
        ctx.put("notes", noteRows);
        ctx.put("hasNotes", !noteRows.isEmpty());

        List<Map<String, Object>> findingRows = new ArrayList<>();
        for (Finding f : check.findings()) {
            findingRows.add(Map.of("severity", m.get("severity." + f.severity().code()), "place", Wording.place(f), "message", f.message()));
        }
        ctx.put("findings", Map.of("summary", m.get("sheet.findingsSummary", check.count(Severity.ERROR),
                check.count(Severity.WARNING), check.count(Severity.HINT), check.dismissed()),
                "list", findingRows, "any", !findingRows.isEmpty()));

        List<Map<String, Object>> eventRows = new ArrayList<>();
        for (ReviewEvent e : events) {
            String what = Wording.event(e.kind());
            if (e.round() != null) {
                what = what + " · " + Wording.round(e.round());
            }
            eventRows.add(Map.of("at", time(e.at()), "what", what, "who", e.who(), "text", e.text()));
        }
        ctx.put("events", eventRows);
        return template.execute(ctx);
    }


    private String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(zone));
    }
}
