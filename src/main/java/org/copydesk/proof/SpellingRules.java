package org.copydesk.proof;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Script;
import org.copydesk.domain.Severity;
import org.copydesk.text.clean.CleanStep;
import org.copydesk.text.clean.ScriptConverter;
import org.copydesk.text.spelling.SpellingModel;
import org.copydesk.text.spelling.VariantForms;

/** Rules about the characters themselves: 错别字 found by the spelling model, and variant forms. */
final class SpellingRules {

    private SpellingRules() {
    }

    /**
     * 总休 for 总体, 堂务 for 常务: a word the spelling model finds much likelier with a character of the
     * same sound or a similar shape. An error when the model is sure, a warning otherwise, and a hint
     * inside what HanLP takes for a name (程果 for 成果), unless the article writes it again: then it
     * is the article's name and nothing is said.
     */
    static final class Misspelling extends BaseRule {
        private final SpellingModel model;

        Misspelling(SpellingModel model) {
            super("misspelling", Severity.WARNING);
            this.model = model;
        }

        @Override
        public void check(Segment s, Findings out) {
            for (SpellingModel.Suspect x : model.suspects(s.text())) {
                out.add(this, x.sure() ? Severity.ERROR : x.name() ? Severity.HINT : Severity.WARNING, s, x.start(), x.end(),
                        x.right(), x.name() ? 1 : 0);
            }
        }

        /**
         * The findings without this rule's hints about a name (the model's suspects inside what HanLP
         * takes for one) that the article writes more than once, in any field or paragraph: a slip is
         * rarely made the same way twice, a name is written again.
         */
        static List<Finding> withoutTheArticlesNames(List<Finding> found, List<Rule.Segment> segments) {
            if (found.stream().noneMatch(Misspelling::aboutAName)) {
                return found;
            }
            StringBuilder text = new StringBuilder();
            for (Rule.Segment s : segments) {
                text.append(s.text()).append('\n');
            }
            List<Finding> out = new ArrayList<>(found.size());
            for (Finding f : found) {
                int first = text.indexOf(f.text());
                if (!aboutAName(f) || first < 0 || text.indexOf(f.text(), first + 1) < 0) {
                    out.add(f);
                }
            }
            return out;
        }

        private static boolean aboutAName(Finding f) {
            return f.rule().equals("misspelling") && f.severity() == Severity.HINT;
        }
    }

    /**
     * 峯 for 峰, 羣 for 群: a variant form (异体字) where the standard character is printed. A character
     * the site's script conversion changes (妳 on a Simplified site) is the script rule's, not this one's.
     */
    static final class Variant extends BaseRule {
        private final VariantForms variants;
        private final ScriptConverter script;

        Variant(VariantForms variants, Script target) {
            super("variant-form", Severity.WARNING);
            this.variants = variants;
            this.script = new ScriptConverter(target);
        }

        @Override
        public void check(Segment s, Findings out) {
            String t = s.text();
            for (int i = 0; i < t.length(); i++) {
                char std = variants.standard(t.charAt(i));
                if (std != 0 && script.apply(String.valueOf(t.charAt(i)), new CleanStep.Counter()).charAt(0) == t.charAt(i)) {
                    out.add(this, s, i, i + 1, String.valueOf(std));
                }
            }
        }
    }
}
