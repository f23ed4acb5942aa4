package org.copydesk.text.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellingModelTest {

    private final SpellingModel general = SpellingModel.general();

    @Test
    void aCharacterThatFitsNoWordIsFoundWithTheWordItShouldMake() {
        List<SpellingModel.Suspect> s = general.suspects("要切实保护生态环镜。");
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.wrong()).isEqualTo("环镜");
            assertThat(x.right()).isEqualTo("环境");
            assertThat("要切实保护生态环镜。".substring(x.start(), x.end())).isEqualTo("环镜");
        });
        assertThat(general.suspects("学生积极参加社会实钱活动。")).extracting(SpellingModel.Suspect::right).containsExactly("实践");
        assertThat(general.suspects("这是一次成公的尝试。")).extracting(SpellingModel.Suspect::right).containsExactly("成功");
        assertThat(general.suspects("会议研究部署了下一阶段的重点工做。")).extracting(SpellingModel.Suspect::right).containsExactly("工作");
    }

    @Test
    void cleanCopyNamesNumbersAndLatinAreLeftAlone() {
        for (String clean : List.of("市民可以在网上办理相关手续。", "记者王建华报道，市政府今天召开新闻发布会。",
                "今年前三季度，全市地区生产总值同比增长5.2%。", "张家口市崇礼区举办冰雪运动季。",
                "The WHO said on Monday that 5G and iPhone 15 sales rose 3.5%.", "他往返一趟要换乘两次。", "这是他们的第一场演出。")) {
            assertThat(general.suspects(clean)).as(clean).isEmpty();
        }
    }

    @Test
    void insideWhatHanLPTakesForANameACorrectionNeedsMoreAndIsMarked() {
        // 程果 and 何作: a surname's character begins each, so HanLP reads a person's name
        assertThat(general.suspects("这是一个重要的程果。")).singleElement().satisfies(x -> {
            assertThat(x.right()).isEqualTo("成果");
            assertThat(x.name()).isTrue();
            assertThat(x.sure()).isFalse();
            assertThat(x.margin()).isGreaterThanOrEqualTo(SpellingModel.NAME_MARGIN);
        });
        assertThat(general.suspects("双方的何作不断加深。")).singleElement().satisfies(x -> assertThat(x.name()).isTrue());
        // outside a name the same kind of slip is not marked
        assertThat(general.suspects("这是一次成公的尝试。")).singleElement().satisfies(x -> assertThat(x.name()).isFalse());
    }

    @Test
    void aGivenCorrectionIsJudgedAsTheSearchWouldJudgeIt() {
        String s = "要切实保护生态环镜。";
        SpellingModel.Judgement right = general.judge(s, 8, '境');
        assertThat(right.verdict()).isEqualTo(SpellingModel.Verdict.ABOVE);
        assertThat(right.gain()).isGreaterThan(right.need());
        assertThat(general.judge(s, 8, '静').verdict()).as("静 is a candidate of 镜 that makes no word here")
                .isIn(SpellingModel.Verdict.NO_WORD, SpellingModel.Verdict.LESS_LIKELY, SpellingModel.Verdict.BELOW);
        assertThat(general.judge(s, 8, '猫').verdict()).isEqualTo(SpellingModel.Verdict.NO_CANDIDATE);
        assertThat(general.judge("他在半决赛一役中表现出色。", 6, '般').verdict()).as("after a numeral").isEqualTo(SpellingModel.Verdict.GUARDED);
    }

    @Test
    void aMeasureAfterANumeralIsLeftAlone() {
        // 一役 and 一坎 are a numeral and its measure, not 一般 or 一次 misspelt
        for (String clean : List.of("他在半决赛一役中表现出色。", "他最后一投没有命中。", "人生要迈过五道坎，这是第一坎。")) {
            assertThat(general.suspects(clean)).as(clean).isEmpty();
        }
    }

    @Test
    void theDesksOwnWordsAreNeverCorrected() {
        String text = "要切实保护生态环镜。";
        assertThat(general.suspects(text)).isNotEmpty();
        SpellingModel desk = new SpellingModel(ConfusionSets.shipped(), Set.of("环镜"), DeskUsage.NONE);
        assertThat(desk.suspects(text)).isEmpty();
        // a word longer than the window the model looks through is guarded as a whole
        SpellingModel longer = new SpellingModel(ConfusionSets.shipped(), Set.of("生态环镜保护区"), DeskUsage.NONE);
        assertThat(longer.suspects("要切实建设生态环镜保护区。")).isEmpty();
    }

    @Test
    void whatTheArchiveWritesOftenIsTheDesksUsage() {
        String text = "要切实保护生态环镜。";
        DeskUsage nine = DeskUsage.of(Collections.nCopies(DeskUsage.OFTEN - 1, "生态环镜"));
        assertThat(new SpellingModel(ConfusionSets.shipped(), Set.of(), nine).suspects(text)).as("written too rarely").isNotEmpty();
        DeskUsage often = DeskUsage.of(Collections.nCopies(DeskUsage.OFTEN, "生态环镜"));
        assertThat(often.pairs()).isPositive();
        assertThat(new SpellingModel(ConfusionSets.shipped(), Set.of(), often).suspects(text)).isEmpty();
    }

    @Test
    void theCommonestSlipNeedsLessThanALookAlike() {
        // the same syllable and tone (人 for 任, 手 for 首) is what an input method offers first: found
        // a little below the bare gain; a look-alike (通 and 用) needs more than it
        assertThat(general.suspects("不少年轻任表示，下班前在手机上下单。")).singleElement().satisfies(s -> {
            assertThat(s.right()).isEqualTo("年轻人");
            assertThat(s.gain()).isLessThan(SpellingModel.GAIN);
        });
        assertThat(general.suspects("下班前在首机上下单，回到家正好能收到菜。")).singleElement()
                .satisfies(s -> assertThat(s.right()).isEqualTo("手机"));
        assertThat(general.suspects("村民可以在家门口借阅图书，通借通还。")).isEmpty();
    }

    @Test
    void oneSpanGetsOneCorrectionTheLikeliest() {
        assertThat(general.suspects("他在会上作了重要讲化。")).singleElement()
                .satisfies(s -> assertThat(s.right()).isEqualTo("讲话"));
    }

    @Test
    void onlyASureCorrectionIsSure() {
        List<SpellingModel.Suspect> all = general.suspects("要切实保护生态环镜，经济发展的速渡明显加快。");
        assertThat(all).extracting(SpellingModel.Suspect::right).containsExactly("环境", "速度");
        assertThat(all).allSatisfy(s -> assertThat(s.sure()).isTrue());
        assertThat(all).allSatisfy(s -> assertThat(s.gain()).isGreaterThanOrEqualTo(SpellingModel.GAIN + SpellingModel.SURE_MARGIN));
        assertThat(general.suspects("会议研究部署了下一阶段的重点工做。")).singleElement().satisfies(s -> {
            assertThat(s.right()).isEqualTo("工作");
            assertThat(s.sure()).as("a smaller gain: a warning").isFalse();
        });
    }

    @Test
    void aWholeWordOfTheSameSoundIsCorrectedAsOne() {
        // the input method's wrong entry for gongcheng: both characters wrong, neither alone a fix
        String text = "今年以来，全市重点公称建设进展顺利。";
        assertThat(general.suspects(text)).singleElement().satisfies(s -> {
            assertThat(text.substring(s.start(), s.end())).isEqualTo("公称");
            assertThat(s.right()).isEqualTo("工程");
        });
    }

    @Test
    void aRareCharacterIsCorrectedByItsSound() {
        // 绡 (xiao) is outside the confusion sets' characters; the input method offers 消 for the same keys
        assertThat(ConfusionSets.shipped().candidates('绡')).isEmpty();
        assertThat(general.suspects("逾期未办理的，将被取绡参赛资格。")).extracting(SpellingModel.Suspect::wrong, SpellingModel.Suspect::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("取绡", "取消"));
        // a variant form is the variant rule's, not corrected into a word of its sound
        assertThat(general.suspects("他们对工作认真负责，一丝不茍。")).isEmpty();
    }

    @Test
    void aSureMisspellingMakesTheRestOfItsSentenceLookedAtMoreClosely() {
        assertThat(general.suspects("今年要加强核道的日常管理。")).as("alone, too weak to report").isEmpty();
        assertThat(general.suspects("要切实保护生态环镜，加强核道的日常管理。")).extracting(SpellingModel.Suspect::right, SpellingModel.Suspect::sure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("环境", true), org.assertj.core.groups.Tuple.tuple("河道", false));
        // the next sentence is judged on its own
        assertThat(general.suspects("要切实保护生态环镜。今年要加强核道的日常管理。")).extracting(SpellingModel.Suspect::right).containsExactly("环境");
    }

    @Test
    void eachCorrectionIsWeighedWithTheOthersInPlace() {
        assertThat(general.suspects("全市的经济增长速渡明显加快，就业形事稳定。")).extracting(SpellingModel.Suspect::right)
                .containsExactly("速度", "形势");
        assertThat(general.suspects("推进乡村振兴，加快建设美丽乡村的不伐。")).extracting(SpellingModel.Suspect::wrong,
                SpellingModel.Suspect::right).containsExactly(org.assertj.core.groups.Tuple.tuple("不伐", "步伐"));
    }

    @Test
    void badInputIsCheckedWithoutThrowing() {
        String noPunctuation = "社区服务持续改善居民满意度不断提高".repeat(3_000);
        assertThat(general.suspects(noPunctuation)).isEmpty();
        String big = "要切实保护生态环镜。".repeat(20_000);
        assertThat(general.suspects(big)).hasSize(20_000);
        assertThat(general.suspects("經濟日報記者報導，國務院今天發佈意見。")).isEmpty();
        assertThat(general.suspects("")).isEmpty();
        assertThat(general.suspects("1234 ABC !!! ……")).isEmpty();
    }

    @Test
    void theConfusionSetsHoldSoundAndShapeAndOnlySuggestCommonCharacters() {
        ConfusionSets sets = ConfusionSets.shipped();
        assertThat(new String(sets.candidates('镜'))).contains("境");
        assertThat(new String(sets.candidates('己'))).as("similar shape").contains("记");
        for (char c : sets.candidates('镜')) {
            assertThat(sets.common(c)).isTrue();
        }
        assertThat(sets.candidates('A')).isEmpty();
    }

    @Test
    void aLookAlikeByItsCangjieCodeCorrectsOneCharacterButMakesNoPair() {
        ConfusionSets sets = ConfusionSets.shipped();
        // 休 (OD) and 体 (ODM): one shape apart, in none of pycorrector's tables
        assertThat(new String(sets.candidates('休'))).contains("体");
        assertThat(new String(sets.paired('休'))).doesNotContain("体");
        assertThat(general.suspects("学校非常重视休育教学。")).extracting(SpellingModel.Suspect::right).containsExactly("体育");
        assertThat(general.suspects("长江沾岸的城市发展很快。")).extracting(SpellingModel.Suspect::right).containsExactly("沿岸");
        // 矢 looks like 医 (OK, SOK); the same sound offered 师 alone
        assertThat(general.suspects("她的梦想是成为一名矢生。")).extracting(SpellingModel.Suspect::right).containsExactly("医生");
    }

    @Test
    void variantFormsMapToTheirStandardCharacter() {
        VariantForms v = VariantForms.shipped();
        assertThat(v.standard('塟')).isEqualTo('葬');
        assertThat(v.standard('値')).isEqualTo('值');
        assertThat((int) v.standard('喆')).as("in 《通用规范汉字表》, so standard").isZero();
        assertThat((int) v.standard('峰')).isZero();
        assertThat((int) v.standard('們')).as("a Traditional form is the script rule's").isZero();
    }
}
