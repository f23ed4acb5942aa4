package org.copydesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Severity;
import org.copydesk.domain.WordListKind;
import org.copydesk.l10n.Messages;
import org.copydesk.site.SiteProfiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spelling model, variant forms, doubled words and half-width marks as rules of the checker. */
class SpellingRulesTest {

    private static Checker checker;

    @BeforeAll
    static void load() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
        checker = new Checker(SiteProfiles.reference(), WordLists.defaults());
    }

    private static List<Finding> found(Checker c, String paragraph, String rule) {
        return c.check(ProofCorpus.base().bodyHtml("<p>" + paragraph + "</p>").build()).stream()
                .filter(f -> f.field().equals(Finding.BODY) && f.rule().equals(rule)).toList();
    }

    private static List<Finding> found(String paragraph, String rule) {
        return found(checker, paragraph, rule);
    }

    @Test
    void aMisspellingIsAFindingWithItsPlaceItsFixAndAConfidentSeverity() {
        String p = "今年，本市要切实保护生态环镜。";
        assertThat(found(p, "misspelling")).singleElement().satisfies(f -> {
            assertThat(p.substring(f.start(), f.end())).isEqualTo("环镜");
            assertThat(f.suggestion()).isEqualTo("环境");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("环镜").contains("环境").doesNotContain("misspelling");
        });
        assertThat(found("会议研究部署了下一阶段的重点工做。", "misspelling")).singleElement()
                .satisfies(f -> assertThat(f.severity()).as("less sure: a warning").isEqualTo(Severity.WARNING));
    }

    @Test
    void aSlipHanLPTakesForANameIsAHintUnlessTheArticleWritesItAgain() {
        // 程果 (成果 with 程, a surname's character) is a person's name to HanLP
        String p = "这是一个重要的程果。";
        assertThat(found(p, "misspelling")).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("程果");
            assertThat(f.suggestion()).isEqualTo("成果");
            assertThat(f.severity()).isEqualTo(Severity.HINT);
            assertThat(f.message()).contains("若是人名");
        });
        assertThat(found("这是一个重要的成果。", "misspelling")).isEmpty();
        // written again, in another paragraph or a field, it is the article's name
        List<Finding> twice = checker.check(ProofCorpus.base().bodyHtml("<p>" + p + "</p><p>程果说，明年再来。</p>").build());
        assertThat(twice).noneMatch(f -> f.rule().equals("misspelling"));
        List<Finding> inAuthor = checker.check(ProofCorpus.base().author("程果").bodyHtml("<p>" + p + "</p>").build());
        assertThat(inAuthor).noneMatch(f -> f.rule().equals("misspelling"));
        // a misspelling outside a name is reported however often it is written
        assertThat(checker.check(ProofCorpus.base().bodyHtml("<p>要切实保护生态环镜。</p><p>生态环镜要保护好。</p>").build()))
                .filteredOn(f -> f.rule().equals("misspelling")).hasSize(2);
    }

    @Test
    void theDesksDictionaryKeepsAWordFromBeingFlagged() {
        WordLists lists = WordLists.parse(Map.of(WordListKind.DICTIONARY, "# 本台词典\n环镜\n有 空格\n"));
        assertThat(lists.dictionary()).containsExactly("环镜");
        assertThat(lists.problems()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("not-a-word"));
        Checker withDictionary = new Checker(SiteProfiles.reference(), lists);
        assertThat(found(withDictionary, "要切实保护生态环镜。", "misspelling")).isEmpty();
    }

    @Test
    void aVariantFormIsMarkedButTheOtherScriptIsLeftToTheScriptRule() {
        assertThat(found("老人去世后就地埋塟。", "variant-form")).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("塟");
            assertThat(f.suggestion()).isEqualTo("葬");
        });
        assertThat(found("登上山峯远眺。", "variant-form")).as("峯 is a Traditional form to HanLP").isEmpty();
        assertThat(found("登上山峯远眺。", "traditional-script")).isNotEmpty();
        assertThat(found("我想告诉妳一件事。", "variant-form")).isEmpty();
        assertThat(found("我想告诉妳一件事。", "traditional-script")).isNotEmpty();
    }

    @Test
    void aDoubledWordIsAnErrorUnlessTheGrammarMakesItReduplication() {
        Map<String, String> wrong = Map.of(
                "他家有有三口人。", "有有",
                "桌上有三张张纸。", "张张",
                "他终于看清楚清楚了。", "清楚清楚",
                "请大家认真认真学习。", "认真认真",
                "这是我们的的责任。", "的的");
        wrong.forEach((p, w) -> assertThat(found(p, "repeated-word")).as(p).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo(w)));
        for (String fine : List.of("我们去看看吧。", "这个问题要研究研究。", "他一份份地整理材料。", "大家高高兴兴地回家了。",
                "红红的太阳升起来了。", "他天天锻炼身体。", "现在在网上可以办理。", "实实在在为群众办事。", "一个一个地检查。",
                "雪白雪白的墙。", "哈哈哈哈，太好笑了。", "周末出去走走。", "大家再讨论讨论。", "学生个个都很努力。",
                "他仔细地洗洗手。", "喝喝茶，聊聊天。", "确权登记科科长到场。")) {
            assertThat(found(fine, "repeated-word")).as(fine).isEmpty();
        }
    }

    @Test
    void halfWidthMarksNextToChineseOnEitherSideAreFound() {
        for (String p : List.of("记者:今天", "好吗?", "他说:“好。”", "《人民日报》;新华社", "近年来,外交部表示")) {
            assertThat(found(p, "half-width-punctuation")).as(p).hasSize(1);
        }
        for (String p : List.of("增长3.5%。", "时间12:30开始", "Yahoo!中国", "Mr. 张", "等等...")) {
            assertThat(found(p, "half-width-punctuation")).as(p).isEmpty();
        }
    }

    @Test
    void unpairedBracketsOfBothWidthsAreFound() {
        assertThat(found("他说(这是真的。", "unpaired-punctuation")).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("("));
        assertThat(found("见图(左)和图[2]。", "unpaired-punctuation")).isEmpty();
        assertThat(found("（见上文)。", "unpaired-punctuation")).extracting(Finding::text).containsExactly("（", ")");
        // a quotation mark named in a message stands in corner brackets, not among more quotation marks
        assertThat(found("他说：“这是真的。", "unpaired-punctuation")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("「“」没有配对的「”」"));
    }
}
