package org.copydesk.proof;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Finding;
import org.copydesk.l10n.Messages;

/** Collects the findings of one check, with their messages in the interface's language. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();
    private final Messages messages = Messages.get();

    /**
     * Adds a finding over [start, end) of the segment's text; the message is {@code rule.<id>} with
     * the found text, the suggestion and any extra arguments.
     */
    public void add(Rule rule, Rule.Segment s, int start, int end, String suggestion, Object... extra) {
        add(rule, rule.severity(), s, start, end, suggestion, extra);
    }

    /** As {@link #add(Rule, Rule.Segment, int, int, String, Object...)}, at a severity of the finding's own. */
    public void add(Rule rule, org.copydesk.domain.Severity severity, Rule.Segment s, int start, int end, String suggestion,
                    Object... extra) {
        String text = s.text().substring(start, end);
        Object[] args = new Object[2 + extra.length];
        args[0] = text;
        args[1] = suggestion == null ? "" : suggestion;
        System.arraycopy(extra, 0, args, 2, extra.length);
        list.add(new Finding(rule.id(), severity, s.field(), s.paragraph(), start, end, text,
                messages.get("rule." + rule.id(), args), suggestion));
    }

    /** A finding about a field as a whole (a missing source, too long a title). */
    public void addField(Rule rule, String field, String text, Object... args) {
        Object[] all = new Object[1 + args.length];
        all[0] = messages.get("field." + field);
        System.arraycopy(args, 0, all, 1, args.length);
        list.add(new Finding(rule.id(), rule.severity(), field, -1, 0, text.length(), text,
                messages.get("rule." + rule.id(), all), ""));
    }

    public List<Finding> list() {
        return list;
    }
}
