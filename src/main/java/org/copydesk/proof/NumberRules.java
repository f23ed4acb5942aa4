package org.copydesk.proof;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.domain.Severity;

/** Rules about numbers and dates. */
final class NumberRules {

    private NumberRules() {
    }

    /** 二零二一年: years in Chinese numerals write 〇, not 零; and no mixing with digits (二〇2一). */
    static final class Zero extends BaseRule {
        private static final Pattern YEAR = Pattern.compile("[一二三四五六七八九〇零0-9]{4}(?=年)");

        Zero() {
            super("zero-mix", Severity.WARNING);
        }

        @Override
        public void check(Segment s, Findings out) {
            Matcher m = YEAR.matcher(s.text());
            while (m.find()) {
                String y = m.group();
                boolean digits = y.chars().anyMatch(Character::isDigit);
                boolean chinese = y.chars().anyMatch(c -> "一二三四五六七八九〇零".indexOf(c) >= 0);
                if (digits && chinese) {
                    out.add(this, s, m.start(), m.end(), "");
                } else if (chinese && y.indexOf('零') >= 0) {
                    out.add(this, s, m.start(), m.end(), y.replace('零', '〇'));
                }
            }
        }
    }

    /** 2021年2月30日: a date that does not exist; 2021年5月13日（星期五）: a weekday that does not match. */
    static final class Dates extends BaseRule {
        private static final Pattern CN = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
        private static final Pattern NUM = Pattern.compile("(?<![\\d.-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d-])");
        private static final Pattern WEEKDAY = Pattern.compile("^\\s*[（(]?\\s*(?:星期|礼拜|周)([一二三四五六日天])");
        private static final String DAYS = "一二三四五六日";
        private final boolean weekday;

        Dates(boolean weekday) {
            super(weekday ? "weekday-mismatch" : "impossible-date", Severity.ERROR);
            this.weekday = weekday;
        }

        @Override
        public void check(Segment s, Findings out) {
            for (Pattern p : new Pattern[] {CN, NUM}) {
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    LocalDate date;
                    try {
                        date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    } catch (DateTimeException e) {
                        if (!weekday) {
                            out.add(this, s, m.start(), m.end(), "");
                        }
                        continue;
                    }
                    if (weekday) {
                        Matcher w = WEEKDAY.matcher(s.text().substring(m.end(), Math.min(s.text().length(), m.end() + 8)));
                        if (w.find()) {
                            int said = DAYS.indexOf(w.group(1).replace('天', '日'));
                            DayOfWeek actual = date.getDayOfWeek();
                            if (said + 1 != actual.getValue()) {
                                int start = m.end() + w.start(1);
                                String right = String.valueOf(DAYS.charAt(actual.getValue() - 1));
                                out.add(this, s, start, start + 1, right, date.toString());
                            }
                        }
                    }
                }
            }
        }
    }
}
