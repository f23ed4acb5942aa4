package org.copydesk.exchange;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleField;
import org.copydesk.domain.Status;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Merges two lines of work on one article against the revision both grew from: a field changed on
 * one side only takes that side; the body is merged block by block (paragraphs, headings, figures),
 * a stretch changed on one side only taking that side, and paragraphs rewritten in place merging
 * paragraph by paragraph. A field, or a stretch of the body, changed
 * differently on both sides is a conflict, left for a person. The status is never a conflict: when
 * both sides moved it differently the less advanced one is kept, so the article is reviewed again.
 */
public final class ThreeWayMerge {

    /** One field: its three values, whether both sides changed it differently, and otherwise the merged value. */
    public record FieldPart(ArticleField field, Object base, Object mine, Object theirs, boolean conflict, Object merged) {
    }

    /** A stretch of the body (blocks of HTML): the three versions and the merged one (null in a conflict). */
    public record BodyPart(List<String> base, List<String> mine, List<String> theirs, List<String> merged) {

        public boolean conflict() {
            return merged == null;
        }
    }

    /** A merge: every field, the body in stretches, the status; clean when nothing conflicts. */
    public record Merge(Article mine, Map<ArticleField, FieldPart> fields, List<BodyPart> body, Status status) {

        public boolean clean() {
            return fields.values().stream().noneMatch(FieldPart::conflict) && body.stream().noneMatch(BodyPart::conflict);
        }

        public List<FieldPart> fieldConflicts() {
            return fields.values().stream().filter(FieldPart::conflict).toList();
        }

        public List<BodyPart> bodyConflicts() {
            return body.stream().filter(BodyPart::conflict).toList();
        }

        /** The merged article; only when {@link #clean()}. */
        public Article result() {
            if (!clean()) {
                throw new IllegalStateException("the merge has conflicts");
            }
            return resolve(Map.of(), Map.of());
        }

        /**
         * The article with each conflict settled: a field's value from {@code fields}, a body stretch
         * (by its index in {@link #body()}) from {@code bodyStretches}. A conflict left unsettled keeps
         * this desk's side.
         */
        public Article resolve(Map<ArticleField, Object> chosenFields, Map<Integer, List<String>> bodyStretches) {
            Article.Builder b = mine.toBuilder();
            for (FieldPart f : fields.values()) {
                Object v = f.conflict() ? chosenFields.getOrDefault(f.field(), f.mine()) : f.merged();
                f.field().set(b, v);
            }
            StringBuilder html = new StringBuilder();
            for (int i = 0; i < body.size(); i++) {
                BodyPart p = body.get(i);
                List<String> blocks = p.conflict() ? bodyStretches.getOrDefault(i, p.mine()) : p.merged();
                blocks.forEach(html::append);
            }
            return b.bodyHtml(html.toString()).status(status).build();
        }
    }

    private ThreeWayMerge() {
    }

    public static Merge merge(Article base, Article mine, Article theirs) {
        Map<ArticleField, FieldPart> fields = new EnumMap<>(ArticleField.class);
        for (ArticleField f : ArticleField.values()) {
            if (f == ArticleField.BODY) {
                continue;
            }
            Object b = f.get(base);
            Object m = f.get(mine);
            Object t = f.get(theirs);
            boolean conflict = disagree(b, m, t);
            fields.put(f, new FieldPart(f, b, m, t, conflict, conflict ? null : pick(b, m, t)));
        }
        List<BodyPart> body = mergeBlocks(blocks(base.bodyHtml()), blocks(mine.bodyHtml()), blocks(theirs.bodyHtml()));
        Status status = Objects.equals(mine.status(), theirs.status()) ? mine.status()
                : mine.status() == base.status() ? theirs.status()
                : theirs.status() == base.status() ? mine.status()
                : mine.status().ordinal() <= theirs.status().ordinal() ? mine.status() : theirs.status();
        return new Merge(mine, fields, body, status);
    }

    /** True when both sides changed a thing, and differently. */
    static boolean disagree(Object base, Object mine, Object theirs) {
        return !Objects.equals(mine, theirs) && !Objects.equals(mine, base) && !Objects.equals(theirs, base);
    }

    /** The merged value of one thing on which the sides do not {@link #disagree}: the side that changed it. */
    static <T> T pick(T base, T mine, T theirs) {
        if (Objects.equals(mine, theirs) || Objects.equals(theirs, base)) {
            return mine;
        }
        return theirs;
    }

    /** The body's top-level blocks as HTML, in order (loose text kept as it is). */
    public static List<String> blocks(String bodyHtml) {
        Element body = Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml).body();
        body.ownerDocument().outputSettings().prettyPrint(false);
        List<String> out = new ArrayList<>();
        for (Node n : body.childNodes()) {
            if (n instanceof TextNode t && t.isBlank()) {
                continue;
            }
            out.add(n.outerHtml());
        }
        return out;
    }

    /** A three-way merge of lists: stretches between the items all three share, each settled or in conflict. */
    static List<BodyPart> mergeBlocks(List<String> base, List<String> mine, List<String> theirs) {
        int[] toMine = matches(base, mine);
        int[] toTheirs = matches(base, theirs);
        List<BodyPart> out = new ArrayList<>();
        List<String> stable = new ArrayList<>();
        int pb = -1;
        int pm = -1;
        int pt = -1;
        for (int i = 0; i <= base.size(); i++) {
            boolean end = i == base.size();
            if (!end && (toMine[i] < 0 || toTheirs[i] < 0)) {
                continue;
            }
            int nm = end ? mine.size() : toMine[i];
            int nt = end ? theirs.size() : toTheirs[i];
            List<String> b = base.subList(pb + 1, i);
            List<String> m = mine.subList(pm + 1, nm);
            List<String> t = theirs.subList(pt + 1, nt);
            if (!b.isEmpty() || !m.isEmpty() || !t.isEmpty()) {
                if (!disagree(b, m, t)) {
                    stable.addAll(pick(b, m, t));
                } else if (b.size() == m.size() && b.size() == t.size()) {
                    // paragraphs rewritten in place on both sides: only a paragraph both rewrote conflicts
                    for (int k = 0; k < b.size(); k++) {
                        if (!disagree(b.get(k), m.get(k), t.get(k))) {
                            stable.add(pick(b.get(k), m.get(k), t.get(k)));
                        } else {
                            flush(out, stable);
                            out.add(new BodyPart(List.of(b.get(k)), List.of(m.get(k)), List.of(t.get(k)), null));
                        }
                    }
                } else {
                    flush(out, stable);
                    out.add(new BodyPart(List.copyOf(b), List.copyOf(m), List.copyOf(t), null));
                }
            }
            if (!end) {
                stable.add(base.get(i));
            }
            pb = i;
            pm = nm;
            pt = nt;
        }
        flush(out, stable);
        return out;
    }

    private static void flush(List<BodyPart> out, List<String> stable) {
        if (!stable.isEmpty()) {
            List<String> s = List.copyOf(stable);
            out.add(new BodyPart(s, s, s, s));
            stable.clear();
        }
    }

    /** For each item of {@code base}, its index in {@code other} where it is kept unchanged, or -1. */
    static int[] matches(List<String> base, List<String> other) {
        int[] map = new int[base.size()];
        Arrays.fill(map, -1);
        Patch<String> patch = DiffUtils.diff(base, other);
        int b = 0;
        int o = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int sb = d.getSource().getPosition();
            while (b < sb) {
                map[b++] = o++;
            }
            b = sb + d.getSource().size();
            o = d.getTarget().getPosition() + d.getTarget().size();
        }
        while (b < base.size()) {
            map[b++] = o++;
        }
        return map;
    }
}
