package org.copydesk.text;

import org.copydesk.domain.DiffGranularity;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.text.tagging.Segmenter;

/**
 * What changed between two versions of a text, for a proofreader: paragraphs aligned first, then the
 * changed paragraphs compared word by word (Chinese segmented with HanLP) or character by character.
 */
public final class TextDiff {

    public enum Op {
        SAME, INSERTED, DELETED
    }

    /** A run of text kept, inserted or deleted. */
    public record Span(Op op, String text) {
    }

    /** A paragraph of the comparison: kept (possibly with changes inside), or inserted or deleted whole. */
    public record Paragraph(Op op, List<Span> spans) {

        public boolean changed() {
            return op != Op.SAME || spans.stream().anyMatch(s -> s.op() != Op.SAME);
        }
    }

    private TextDiff() {
    }

    /** Compares two lists of paragraphs. */
    public static List<Paragraph> paragraphs(List<String> before, List<String> after, DiffGranularity g) {
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(before, after).getDeltas()) {
            int from = d.getSource().getPosition();
            while (i < from) {
                out.add(new Paragraph(Op.SAME, List.of(new Span(Op.SAME, before.get(i++)))));
            }
            List<String> removed = d.getSource().getLines();
            List<String> added = d.getTarget().getLines();
            if (d.getType() == DeltaType.CHANGE) {
                align(removed, added, g, out);
            } else {
                removed.forEach(p -> out.add(new Paragraph(Op.DELETED, List.of(new Span(Op.DELETED, p)))));
                added.forEach(p -> out.add(new Paragraph(Op.INSERTED, List.of(new Span(Op.INSERTED, p)))));
            }
            i = from + removed.size();
        }
        while (i < before.size()) {
            out.add(new Paragraph(Op.SAME, List.of(new Span(Op.SAME, before.get(i++)))));
        }
        return out;
    }

    /** Below this similarity two paragraphs are a deletion and an insertion, not one paragraph edited. */
    private static final double SAME_PARAGRAPH = 0.4;
    /** Larger changed blocks pair paragraphs in order instead of by similarity. */
    private static final int MAX_ALIGNED = 400;

    /**
     * Pairs the paragraphs of a changed block by similarity, in order: an edited paragraph is compared
     * with the one it came from, even when paragraphs were added or removed around it.
     */
    private static void align(List<String> removed, List<String> added, DiffGranularity g, List<Paragraph> out) {
        int n = removed.size();
        int m = added.size();
        if (n * m > MAX_ALIGNED) {
            int paired = Math.min(n, m);
            for (int k = 0; k < paired; k++) {
                out.add(new Paragraph(Op.SAME, spans(removed.get(k), added.get(k), g)));
            }
            removed.subList(paired, n).forEach(p -> out.add(new Paragraph(Op.DELETED, List.of(new Span(Op.DELETED, p)))));
            added.subList(paired, m).forEach(p -> out.add(new Paragraph(Op.INSERTED, List.of(new Span(Op.INSERTED, p)))));
            return;
        }
        double[][] best = new double[n + 1][m + 1];
        double[][] sim = new double[n][m];
        for (int a = 1; a <= n; a++) {
            for (int b = 1; b <= m; b++) {
                sim[a - 1][b - 1] = similarity(removed.get(a - 1), added.get(b - 1));
                double pair = sim[a - 1][b - 1] >= SAME_PARAGRAPH ? best[a - 1][b - 1] + sim[a - 1][b - 1] : -1;
                best[a][b] = Math.max(pair, Math.max(best[a - 1][b], best[a][b - 1]));
            }
        }
        List<Paragraph> reversed = new ArrayList<>();
        int a = n;
        int b = m;
        while (a > 0 || b > 0) {
            if (a > 0 && b > 0 && sim[a - 1][b - 1] >= SAME_PARAGRAPH && best[a][b] == best[a - 1][b - 1] + sim[a - 1][b - 1]) {
                reversed.add(new Paragraph(Op.SAME, spans(removed.get(a - 1), added.get(b - 1), g)));
                a--;
                b--;
            } else if (b > 0 && (a == 0 || best[a][b] == best[a][b - 1])) {
                reversed.add(new Paragraph(Op.INSERTED, List.of(new Span(Op.INSERTED, added.get(--b)))));
            } else {
                reversed.add(new Paragraph(Op.DELETED, List.of(new Span(Op.DELETED, removed.get(--a)))));
            }
        }
        for (int k = reversed.size() - 1; k >= 0; k--) {
            out.add(reversed.get(k));
        }
    }

    /** The share of characters two texts have in common, in order (0 to 1). */
    static double similarity(String x, String y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        List<String> a = tokens(x, DiffGranularity.CHARACTER);
        List<String> b = tokens(y, DiffGranularity.CHARACTER);
        int changed = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            changed += d.getSource().size() + d.getTarget().size();
        }
        return 1.0 - (double) changed / (a.size() + b.size());
    }

    /** Compares two texts; adjacent runs of the same kind are joined. */
    public static List<Span> spans(String before, String after, DiffGranularity g) {
        List<String> a = tokens(before, g);
        List<String> b = tokens(after, g);
        List<Span> out = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int from = d.getSource().getPosition();
            while (i < from) {
                add(out, Op.SAME, a.get(i++));
            }
            for (String t : d.getSource().getLines()) {
                add(out, Op.DELETED, t);
            }
            for (String t : d.getTarget().getLines()) {
                add(out, Op.INSERTED, t);
            }
            i = from + d.getSource().size();
        }
        while (i < a.size()) {
            add(out, Op.SAME, a.get(i++));
        }
        return out;
    }

    /** Characters inserted and deleted over a comparison. */
    public static int[] counts(List<Paragraph> paragraphs) {
        int inserted = 0;
        int deleted = 0;
        for (Paragraph p : paragraphs) {
            for (Span s : p.spans()) {
                int n = BodyText.characterCount(s.text());
                if (s.op() == Op.INSERTED) {
                    inserted += n;
                } else if (s.op() == Op.DELETED) {
                    deleted += n;
                }
            }
        }
        return new int[] {inserted, deleted};
    }

    private static void add(List<Span> out, Op op, String text) {
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Span last = out.remove(out.size() - 1);
            out.add(new Span(op, last.text() + text));
        } else {
            out.add(new Span(op, text));
        }
    }

    /**
     * The text cut into the units compared: code points, or words (HanLP's segmentation for Chinese,
     * runs of letters and digits whole). The units always join back into the text exactly.
     */
    static List<String> tokens(String text, DiffGranularity g) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        if (g == DiffGranularity.CHARACTER) {
            text.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        int at = 0;
        for (Segmenter.Token t : Segmenter.tokens(text)) {
            int found = t.word().isEmpty() ? -1 : text.indexOf(t.word(), at);
            if (found < 0) {
                continue;
            }
            // anything the segmenter left out (white space) is a unit of its own
            if (found > at) {
                out.add(text.substring(at, found));
            }
            out.add(t.word());
            at = found + t.word().length();
        }
        if (at < text.length()) {
            out.add(text.substring(at));
        }
        return out;
    }
}
