package org.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTokensTest {

    @ParameterizedTest(name = "{0} is indexed as {1}")
    @CsvSource(delimiter = '|', value = {
            "外交部        | 外交 交部 部",
            "国际司，外交  | 国际 际司 司 / 外交 交",
            "WHO发布报告   | who / 发布 布报 报告 告",
            "COVID-19 疫苗 | covid / 19 / 疫苗 苗",
            "党            | 党",
    })
    void indexesHanAsBigramsAndLatinAsWords(String text, String expected) {
        String index = SearchTokens.indexForm(text).strip().replace(" \n", " / ").replace("\n", " / ").replaceAll(" +", " ");
        assertThat(index.strip()).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0} matches as {1}")
    @CsvSource(delimiter = '|', value = {
            "外交部       | \"外交 交部\"",
            "外交         | \"外交\"",
            "党           | \"党\"*",
            "WHO          | \"who\"*",
            "电梯 外交    | \"电梯\" AND \"外交\"",
            "“两个维护”   | \"两个 个维 维护\"",
    })
    void queriesBecomePhrasesOfTheSameTokens(String query, String expected) {
        assertThat(SearchTokens.matchExpression(query)).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @CsvSource({"''", "'，。！'", "'   '"})
    void aQueryWithNothingSearchableMatchesNothingInParticular(String query) {
        assertThat(SearchTokens.matchExpression(query)).isEmpty();
    }
}
