package org.copydesk.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleField;
import org.copydesk.domain.MergeView;
import org.copydesk.exchange.ThreeWayMerge;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;

/**
 * A merge's disputed places in words a person reads and writes: each conflicting field as a line of
 * text, each conflicting body stretch as its paragraphs one to a line; and the person's result turned
 * back into an article. Shared by conflicts from other desks and edits that met on a shared desk.
 */
final class Conflicts {

    private Conflicts() {
    }

    static List<MergeView.Part> parts(ThreeWayMerge.Merge merge) {
        List<MergeView.Part> parts = new ArrayList<>();
        for (ThreeWayMerge.FieldPart f : merge.fieldConflicts()) {
            parts.add(new MergeView.Part("field:" + f.field().key(), Wording.field(f.field().key()),
                    text(f.field(), f.base()), text(f.field(), f.mine()), text(f.field(), f.theirs())));
        }
        List<ThreeWayMerge.BodyPart> body = merge.body();
        int n = 0;
        for (int i = 0; i < body.size(); i++) {
            ThreeWayMerge.BodyPart p = body.get(i);
            if (p.conflict()) {
                parts.add(new MergeView.Part("body:" + i, Messages.get().get("conflict.bodyPart", ++n),
                        lines(p.base()), lines(p.mine()), lines(p.theirs())));
            }
        }
        return parts;
    }

    /**
     * The article from what a person wrote for each place (a place left out keeps this side). Text
     * equal to one side's takes that side as it is, markup included; other body text becomes one
     * paragraph per line.
     */
    static Article resolve(ThreeWayMerge.Merge merge, Map<String, String> results) {
        Map<ArticleField, Object> fields = new EnumMap<>(ArticleField.class);
        for (ThreeWayMerge.FieldPart f : merge.fieldConflicts()) {
            String r = results.get("field:" + f.field().key());
            if (r != null) {
                fields.put(f.field(), r.equals(text(f.field(), f.theirs())) ? f.theirs()
                        : r.equals(text(f.field(), f.mine())) ? f.mine() : value(f.field(), r, f.mine()));
            }
        }
        Map<Integer, List<String>> stretches = new HashMap<>();
        List<ThreeWayMerge.BodyPart> body = merge.body();
        for (int i = 0; i < body.size(); i++) {
            ThreeWayMerge.BodyPart p = body.get(i);
            String r = results.get("body:" + i);
            if (p.conflict() && r != null) {
                stretches.put(i, r.equals(lines(p.theirs())) ? p.theirs() : r.equals(lines(p.mine())) ? p.mine() : paragraphs(r));
            }
        }
        return merge.resolve(fields, stretches);
    }

    /** A field's value as one line of text (keywords joined by spaces, no time as nothing). */
    private static String text(ArticleField f, Object v) {
        Article.Builder b = new Article.Builder();
        f.set(b, v);
        return f.text(b.build());
    }

    /** A field's value from the text a person wrote; a field that takes no free text keeps {@code fallback}. */
    private static Object value(ArticleField f, String text, Object fallback) {
        return switch (f.kind()) {
            case TEXT, CHOICE -> text.strip();
            case LIST -> java.util.Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).distinct().toList();
            default -> fallback;
        };
    }

    private static String lines(List<String> blocks) {
        return String.join("\n", blocks.stream().map(b -> org.jsoup.Jsoup.parseBodyFragment(b).text()).toList());
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add("<p>" + org.jsoup.nodes.Entities.escape(line.strip()) + "</p>");
            }
        }
        return out;
    }
}
