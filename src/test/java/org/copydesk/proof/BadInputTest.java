package org.copydesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.copydesk.l10n.Messages;
import org.copydesk.site.SiteProfiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Text a checker must survive: huge, unpunctuated, in other languages, empty. */
class BadInputTest {

    private static Checker checker;

    @BeforeAll
    static void load() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
        checker = new Checker(SiteProfiles.reference(), WordLists.defaults());
    }

    private static List<Finding> inBody(List<Finding> all) {
        return all.stream().filter(f -> f.field().equals(Finding.BODY)).toList();
    }

    @Test
    void anArticleOfTwoHundredThousandCharactersIsCheckedWithEveryErrorInPlace() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 4_000; i++) {
            body.append("<p>").append(i % 500 == 7 ? "委员们在在会上发言，大家积极建言献策。" : "委员们在会上发言，大家积极建言献策，会议取得圆满成功。")
                    .append("</p>");
        }
        List<Finding> found = inBody(checker.check(ProofCorpus.base().bodyHtml(body.toString()).build()));
        assertThat(found).hasSize(8).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("repeated-word");
            assertThat(f.paragraph() % 500).isEqualTo(7);
            assertThat(f.text()).isEqualTo("在在");
        });
    }

    @Test
    void aLongParagraphWithNoPunctuationAtAllIsNotAnError() {
        String run = "社区服务持续改善居民满意度不断提高".repeat(3_000);
        assertThat(inBody(checker.check(ProofCorpus.base().bodyHtml("<p>" + run + "</p>").build()))).isEmpty();
    }

    @Test
    void otherLanguagesAreLeftAlone() {
        Article mixed = ProofCorpus.base().bodyHtml("<p>The WHO said on Monday, 5 May, that 世卫组织表示 the outbreak "
                + "is contained. Это тест. これはテストです。 Visit https://example.org/a,b?c=1 (or e-mail a.b@example.org).</p>").build();
        assertThat(inBody(checker.check(mixed))).isEmpty();
    }

    @Test
    void anEmptyArticleIsToldWhatItLacks() {
        List<Finding> found = checker.check(new Article.Builder().build());
        assertThat(found).extracting(Finding::rule).containsOnly("required-field", "keyword-count");
        assertThat(found).extracting(Finding::field).contains("title", "channel", "source", "editor");
        assertThat(found).allSatisfy(f -> assertThat(f.message()).isNotBlank());
    }
}
