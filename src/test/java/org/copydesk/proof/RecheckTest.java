package org.copydesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.copydesk.l10n.Messages;
import org.copydesk.site.SiteProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A checker that has seen an article answers its next check from what it kept: the answer must be
 * exactly what a checker that never saw it finds, wherever the paragraphs moved to.
 */
class RecheckTest {

    /** Paragraphs with findings of several rules, and one clean. */
    private static final List<String> PARAGRAPHS = List.of(
            "委员们在在会上发言，截止目前已有三十人报名。",
            "他说:“我们会继续努力。",
            "社区服务持续改善，居民满意度不断提高。",
            "习进平总书记在会上强调，要坚持稳中求进工作总基调。",
            "这项工作做为今年的重点，必需坚持到底。");

    @BeforeEach
    void chinese() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void back() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
    }

    private static Checker fresh() {
        return new Checker(SiteProfiles.reference(), WordLists.defaults());
    }

    private static Article article(List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        paragraphs.forEach(p -> body.append("<p>").append(p).append("</p>"));
        return ProofCorpus.base().bodyHtml(body.toString()).build();
    }

    @Test
    void theSameArticleAgainGivesTheSameFindings() {
        Checker checker = fresh();
        Article a = article(PARAGRAPHS);
        List<Finding> first = checker.check(a);
        assertThat(first).extracting(Finding::rule)
                .contains("repeated-word", "confusable", "half-width-punctuation", "unpaired-punctuation", "protected-name");
        assertThat(checker.check(a)).isEqualTo(first);
    }

    @Test
    void paragraphsMovedOrAddedAreFoundWhereTheyNowAre() {
        Checker checker = fresh();
        checker.check(article(PARAGRAPHS));
        // a paragraph typed in at the top: every other one is kept, one further down
        List<String> moved = new ArrayList<>(PARAGRAPHS);
        moved.add(0, "新加的一段，有有错误。");
        Article b = article(moved);
        List<Finding> again = checker.check(b);
        assertThat(again).isEqualTo(fresh().check(b));
        assertThat(again).filteredOn(f -> f.text().equals("在在")).extracting(Finding::paragraph).containsExactly(1);
        assertThat(again).filteredOn(f -> f.rule().equals("protected-name")).extracting(Finding::paragraph).containsExactly(4);
        // and moved back up again
        List<Finding> back = checker.check(article(PARAGRAPHS.subList(3, 5)));
        assertThat(back).filteredOn(f -> f.rule().equals("protected-name")).extracting(Finding::paragraph).containsExactly(0);
    }

    @Test
    void aParagraphWhoseNextOneChangedIsCheckedAgain() {
        // a quotation of several paragraphs opens each of them and closes only the last: an opening
        // mark left open is wrong unless the next paragraph opens one again
        Checker checker = fresh();
        List<String> open = List.of("他说：“我们会继续努力。", "社区服务持续改善。");
        List<String> runsOn = List.of("他说：“我们会继续努力。", "“社区服务持续改善。”");
        List<Finding> before = checker.check(article(open));
        List<Finding> after = checker.check(article(runsOn));
        assertThat(before).isEqualTo(fresh().check(article(open)));
        assertThat(after).isEqualTo(fresh().check(article(runsOn)));
        assertThat(before).filteredOn(f -> f.rule().equals("unpaired-punctuation")).extracting(Finding::paragraph).containsExactly(0);
        assertThat(after).extracting(Finding::rule).doesNotContain("unpaired-punctuation");
    }

    @Test
    void aRuleSwitchedOffIsLeftOutAndComesBackWhenSwitchedOn() {
        Checker checker = fresh();
        Article a = article(PARAGRAPHS);
        List<Finding> without = checker.check(a, Set.of("confusable", "repeated-word"));
        assertThat(without).extracting(Finding::rule).doesNotContain("confusable", "repeated-word").contains("protected-name");
        assertThat(checker.check(a)).isEqualTo(fresh().check(a));
        assertThat(checker.check(a, Set.of("protected-name"))).isEqualTo(fresh().check(a, Set.of("protected-name")));
    }

    @Test
    void messagesFollowTheLanguageTheyAreShownIn() {
        Checker checker = fresh();
        Article a = article(PARAGRAPHS);
        List<Finding> chinese = checker.check(a);
        Messages.use(Locale.ENGLISH);
        List<Finding> english = checker.check(a);
        assertThat(english).isEqualTo(fresh().check(a));
        assertThat(english).extracting(Finding::message).doesNotContainAnyElementsOf(
                chinese.stream().map(Finding::message).toList());
    }
}
