package org.copydesk.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.domain.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CleaningStepsTest {

    private static String run(CleanStep step, String in, int expectedChanges) {
        CleanStep.Counter c = new CleanStep.Counter();
        String out = step.apply(in, c);
        assertThat(c.count()).as("changes counted for " + in).isEqualTo(expectedChanges);
        return out;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "協(xié)商                       | 協商                        | 1",
            "統(tǒng)戰(zhàn)                 | 統戰                        | 2",
            "社會(huì)                         | 社會                        | 1",
            "学(xue2)习                      | 学习                        | 1",
            "绿(lǜ)色                        | 绿色                        | 1",
            "女(nv)性                        | 女性                        | 1",
            "世卫组织(WHO)                   | 世卫组织(WHO)               | 0",
            "成立于(2021)                    | 成立于(2021)                | 0",
            "新书(试读)                      | 新书(试读)                  | 0",
            "新华社(xinhua)                  | 新华社(xinhua)              | 0",
            "病毒(covid)                     | 病毒(covid)                 | 0",
            "协（xié）商                     | 协（xié）商                 | 0",
            "第一款(a)项                     | 第一款(a)项                 | 0",
            "啊(ā)                           | 啊                          | 1",
            "hello (ni) world                | hello (ni) world            | 0",
            "中(Zhong)国                     | 中(Zhong)国                 | 0",
    })
    void pinyinAnnotationsGoOnlyWhenTheyAreOneSyllableAfterHan(String in, String out, int n) {
        assertThat(run(new PinyinAnnotations(), in.strip(), n)).isEqualTo(out.strip());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "近年来,外交部国际司.                  | 近年来，外交部国际司。",
            "他说:是吗?好!                         | 他说：是吗？好！",
            "甲;乙                                 | 甲；乙",
            "人民网,“两个维护”                     | 人民网，“两个维护”",
            "他说\"你好\"                          | 他说“你好”",
            "叫'小明'的人                          | 叫‘小明’的人",
            "新书(试读)上架                        | 新书（试读）上架",
            "世卫组织(WHO)发布                     | 世卫组织(WHO)发布",
            "圆周率3.14,约等于                     | 圆周率3.14，约等于",
            "见 https://example.com/a,b.html 页面  | 见 https://example.com/a,b.html 页面",
            "Hello, world. It's \"fine\".          | Hello, world. It's \"fine\".",
            "写信到desk@example.com,谢谢           | 写信到desk@example.com，谢谢",
            "甲\u00A0\u00A0乙\u3000丙              | 甲 乙 丙",
    })
    void punctuationBetweenHanBecomesFullWidthAndLatinStaysAsItIs(String in, String out) {
        CleanStep.Counter c = new CleanStep.Counter();
        assertThat(new Punctuation().apply(in.strip(), c)).isEqualTo(out.strip());
    }

    @Test
    void punctuationSeesTheNeighboursOfAPiece() {
        CleanStep.Counter c = new CleanStep.Counter();
        assertThat(new Punctuation().apply(",方便上班族.", c, "放", "")).isEqualTo("，方便上班族。");
        assertThat(c.count()).isEqualTo(2);
    }

    @Test
    void edgesAndIndentationAreTrimmedOnlyWhenAsked() {
        CleanStep.Counter c = new CleanStep.Counter();
        assertThat(Punctuation.trimEdges("\u3000\u3000近年来 ", c)).isEqualTo("近年来");
        assertThat(c.count()).isEqualTo(1);
    }

    @Test
    void scriptConversionIsPhraseAwareWithMainlandZhuo() {
        ScriptConverter s = new ScriptConverter(Script.SIMPLIFIED);
        assertThat(run(s, "國際司著力", 3)).isEqualTo("国际司着力");
        assertThat(s.apply("著重突出，讀原著，著名學者，顯著成效，沉著應對", new CleanStep.Counter()))
                .isEqualTo("着重突出，读原著，著名学者，显著成效，沉着应对");
        assertThat(run(s, "没有汉字 only latin", 0)).isEqualTo("没有汉字 only latin");
        assertThat(s.apply("一級方程式賽車，平蹠足，電腦程式", new CleanStep.Counter())).isEqualTo("一级方程式赛车，平跖足，电脑程式");
        assertThat(new ScriptConverter(Script.TRADITIONAL).apply("国际", new CleanStep.Counter())).isEqualTo("國際");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "讀書班?!皩\uE571W(xué)習  | 讀書班。“將學(xué)習",
            "能力?!眹\uE27EH司相關     | 能力。”國際司相關",
    })
    void encodingDamageFromAOneByteShiftIsRepaired(String in, String out) {
        assertThat(run(new EncodingRepair(), in.strip(), 1)).isEqualTo(out.strip());
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', value = {
            "没有起点的乱\uE571码W",
            "乱码\uFFFD在这里",
            "两种读法?\uE123\uE124x",
            "普通的问号?没有乱码",
    })
    void damageThatCannotBeProvenStays(String in) {
        assertThat(run(new EncodingRepair(), in, 0)).isEqualTo(in);
    }

    @Test
    void damageLeftBehindIsFoundAtItsPlace() {
        assertThat(EncodingDamage.find("正常文字")).isEmpty();
        assertThat(EncodingDamage.find("乱\uE123码")).containsExactly(new EncodingDamage.Span(1, 2));
        assertThat(EncodingDamage.find("班?!\uE123W和\uFFFD")).containsExactly(new EncodingDamage.Span(1, 7));
        assertThat(EncodingDamage.find("是吗?他说")).isEmpty();
    }

    @Test
    void thePipelineRunsTheStepsInOrderAndCountsEach() {
        CleanReport r = new CleanReport();
        String out = new Cleaner(Script.SIMPLIFIED).clean("\u3000\u3000協(xié)商,讀書班?!皩\uE571W(xué)習.", r);
        assertThat(out).isEqualTo("协商，读书班。“将学习。");
        assertThat(r.counts().keySet()).containsExactly("encoding", "pinyin", "script", "punctuation");
        assertThat(r.count("encoding")).isEqualTo(1);
        assertThat(r.count("pinyin")).isEqualTo(2);
        assertThat(r.count("punctuation")).isEqualTo(3);
    }

    @Test
    void theReportListsEachChangeWithItsContextAndPlaceUpToItsLimit() {
        Cleaner cleaner = new Cleaner(Script.SIMPLIFIED);
        CleanReport report = new CleanReport();
        report.at("body", 2);
        cleaner.cleanPiece("委員們在協(xié)商會上發言", report);
        assertThat(report.changes()).extracting(org.copydesk.domain.ImportReport.Change::step, c -> c.before() + "→" + c.after())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pinyin", "在協(xié)商會→在協商會"),
                        // changes a few characters apart are one run, read with what lies between them
                        org.assertj.core.groups.Tuple.tuple("script", "委員們在協商會上發言→委员们在协商会上发言"));
        assertThat(report.changes()).allSatisfy(c -> assertThat(c.paragraph()).isEqualTo(2));
        // a conversion of a whole book lists its first changes, not all of them
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            many.append("國　　　家　　　");
        }
        cleaner.cleanPiece(many.toString(), report);
        assertThat(report.changes()).filteredOn(c -> c.step().equals("script")).hasSize(CleanReport.CHANGES_PER_STEP);
        assertThat(report.count("script")).isGreaterThan(CleanReport.CHANGES_PER_STEP);
    }
}
