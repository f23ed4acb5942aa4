package org.copydesk.proof;

import org.copydesk.domain.Script;
import org.copydesk.domain.Severity;
import org.copydesk.text.clean.CleanStep;
import org.copydesk.text.clean.EncodingDamage;
import org.copydesk.text.clean.EncodingRepair;
import org.copydesk.text.clean.PinyinAnnotations;
import org.copydesk.text.clean.ScriptConverter;

/** Rules about script and encoding: leftover pinyin annotations, the wrong script, garbled text. */
final class ScriptRules {

    private ScriptRules() {
    }

    /** 協(xié)商: a pinyin annotation left in the text. The fix keeps the character, drops the annotation. */
    static final class Pinyin extends BaseRule {

        Pinyin() {
            super("pinyin-annotation", Severity.ERROR);
        }

        @Override
        public void check(Segment s, Findings out) {
            String t = s.text();
            for (PinyinAnnotations.Annotation a : PinyinAnnotations.find(t)) {
                int han = t.offsetByCodePoints(a.start(), -1);
                out.add(this, s, han, a.end(), t.substring(han, a.start()));
            }
        }
    }

    /** Characters in the other script: Traditional on a Simplified site, or the reverse. */
    static final class WrongScript extends BaseRule {
        private final Script target;
        private final ScriptConverter converter;

        WrongScript(Script target) {
            super("traditional-script", Severity.ERROR);
            this.target = target;
            this.converter = new ScriptConverter(target);
        }

        @Override
        public void check(Segment s, Findings out) {
            String text = s.text();
            String converted = converter.apply(text, new CleanStep.Counter());
            if (converted.equals(text) || converted.length() != text.length()) {
                return;
            }
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == converted.charAt(i)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && text.charAt(i) != converted.charAt(i)) {
                    i++;
                }
                out.add(this, s, start, i, converted.substring(start, i), target == Script.SIMPLIFIED ? "简体" : "繁体");
            }
        }
    }

    /** Text a wrong decoding garbled; the fix is offered when the repair is provable. */
    static final class Damage extends BaseRule {
        Damage() {
            super("encoding-damage", Severity.ERROR);
        }

        @Override
        public void check(Segment s, Findings out) {
            int covered = 0;
            for (EncodingDamage.Span span : EncodingDamage.find(s.text())) {
                if (span.start() < covered) {
                    continue;
                }
                EncodingRepair.Repair repair = null;
                for (int i = span.start(); i < span.end() && repair == null; i++) {
                    if (s.text().charAt(i) >= '\uE000' && s.text().charAt(i) <= '\uF8FF') {
                        repair = EncodingRepair.repairAt(s.text(), i).orElse(null);
                    }
                }
                if (repair != null) {
                    out.add(this, s, repair.start(), repair.end(), repair.replacement());
                    covered = repair.end();
                } else {
                    out.add(this, s, span.start(), span.end(), "");
                    covered = span.end();
                }
            }
        }
    }

}
