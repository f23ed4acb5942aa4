package org.copydesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FindQueryTest {

    @Test
    void wordsAsTypedAreFoundWhateverTheirWidthOrCase() {
        FindQuery q = FindQuery.words("ＣＰＵ，", "芯片，");
        assertThat(q.matches("新的CPU,以及ｃｐｕ，")).extracting(FindQuery.Match::text).containsExactly("CPU,", "ｃｐｕ，");
        assertThat(q.replaceAll("新的CPU,以及")).isEqualTo("新的芯片，以及");
    }

    @Test
    void matchCaseTellsUpperFromLower() {
        FindQuery q = new FindQuery("Apple", "苹果", true, false, false);
        assertThat(q.replaceAll("Apple apple")).isEqualTo("苹果 apple");
    }

    @Test
    void wholeWordMeansSomethingOnlyAtALatinEdge() {
        FindQuery latin = new FindQuery("AI", "人工智能", false, true, false);
        assertThat(latin.replaceAll("AI与MAIL和AI2")).isEqualTo("人工智能与MAIL和AI2");
        FindQuery chinese = new FindQuery("政协", "政协委员会", false, true, false);
        assertThat(chinese.matches("全国政协委员")).hasSize(1);
    }

    @Test
    void regularExpressionsFillInTheirGroups() {
        FindQuery q = new FindQuery("(\\d+)年", "$1 年", false, false, true);
        assertThat(q.replaceAll("2024年和2025年")).isEqualTo("2024 年和2025 年");
        FindQuery literalDollar = new FindQuery("元", "\\$", false, false, true);
        assertThat(literalDollar.replaceAll("5元")).isEqualTo("5$");
    }

    @Test
    void aRegularExpressionThatDoesNotCompileIsRefusedWithItsReason() {
        assertThatThrownBy(() -> new FindQuery("(未闭合", "x", false, false, true).pattern())
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FIND_PATTERN_INVALID));
        assertThatThrownBy(() -> new FindQuery("(a)", "$2", false, false, true).matches("a"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FIND_PATTERN_INVALID));
        assertThatThrownBy(() -> FindQuery.words("", "x"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FIND_EMPTY));
    }

    @Test
    void anEmptyMatchReplacesNothing() {
        FindQuery q = new FindQuery("x*", "y", false, false, true);
        assertThat(q.replaceAll("abc")).isEqualTo("abc");
    }
}
