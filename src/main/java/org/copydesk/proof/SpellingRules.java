package org.copydesk.proof;

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
     * same sound or a similar shape. An error when the model is sure, a warning otherwise.
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
                out.add(this, x.sure() ? Severity.ERROR : Severity.WARNING, s, x.start(), x.end(), x.right());
            }
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
