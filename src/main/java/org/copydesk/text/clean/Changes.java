package org.copydesk.text.clean;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes between a text and its cleaned form, as a reader would list them: each changed run
 * with up to two characters of unchanged context on either side (協商 → 协商, 年 5 月 → 年5月), runs
 * whose context touches joined into one.
 */
final class Changes {

    private static final int CONTEXT = 2;

    private Changes() {
    }

    /** Pairs of before and after, in order. */
    static List<String[]> between(String before, String after) {
        List<Integer> a = before.codePoints().boxed().toList();
        List<Integer> b = after.codePoints().boxed().toList();
        List<AbstractDelta<Integer>> deltas = DiffUtils.diff(a, b).getDeltas();
        List<String[]> out = new ArrayList<>();
        int i = 0;
        while (i < deltas.size()) {
            AbstractDelta<Integer> first = deltas.get(i);
            int srcFrom = Math.max(0, first.getSource().getPosition() - CONTEXT);
            int tgtFrom = Math.max(0, first.getTarget().getPosition() - CONTEXT);
            // a run of deltas whose contexts meet is one change
            int j = i;
            while (j + 1 < deltas.size() && deltas.get(j + 1).getSource().getPosition()
                    - (deltas.get(j).getSource().getPosition() + deltas.get(j).getSource().size()) <= 2 * CONTEXT) {
                j++;
            }
            AbstractDelta<Integer> last = deltas.get(j);
            int srcTo = Math.min(a.size(), last.getSource().getPosition() + last.getSource().size() + CONTEXT);
            int tgtTo = Math.min(b.size(), last.getTarget().getPosition() + last.getTarget().size() + CONTEXT);
            out.add(new String[] {text(a.subList(srcFrom, srcTo)), text(b.subList(tgtFrom, tgtTo))});
            i = j + 1;
        }
        return out;
    }

    private static String text(List<Integer> cps) {
        StringBuilder s = new StringBuilder();
        cps.forEach(s::appendCodePoint);
        return s.toString();
    }
}
