package org.copydesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.copydesk.l10n.Messages;
import org.copydesk.site.SiteProfiles;
import org.copydesk.text.BodyText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checker against its corpora: it finds what was planted, where it was planted, and stays quiet on clean copy. */
class ProofQualityTest {

    private static Checker checker;

    @BeforeAll
    static void load() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
        checker = new Checker(SiteProfiles.reference(), WordLists.defaults());
    }

    @Test
    void theCorporaAreAsLargeAsPromised() {
        List<ProofCorpus.Planted> planted = ProofCorpus.planted();
        assertThat(planted).hasSizeGreaterThanOrEqualTo(150);
        Set<String> families = new java.util.HashSet<>(planted.stream().map(ProofCorpus.Planted::rule).toList());
        assertThat(families).containsAll(checker.ruleIds());
        int chars = ProofCorpus.clean().stream().mapToInt(a -> BodyText.characterCount(a.title() + BodyText.plain(a.bodyHtml()))).sum();
        assertThat(chars).isGreaterThanOrEqualTo(20_000);
    }

    @Test
    void atLeastNinetyFivePercentOfPlantedErrorsAreFoundAtTheirPlace() {
        List<ProofCorpus.Planted> planted = ProofCorpus.planted();
        List<String> missed = new ArrayList<>();
        for (ProofCorpus.Planted p : planted) {
            if (!ProofCorpus.found(p, checker.check(p.article()))) {
                missed.add(p.line());
            }
        }
        double recall = 1 - missed.size() / (double) planted.size();
        assertThat(recall).as("missed: %s", missed).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void fewerThanOneFalseAlarmPerTenThousandCharactersOfCleanCopy() {
        int chars = 0;
        List<Finding> alarms = new ArrayList<>();
        for (Article a : ProofCorpus.clean()) {
            chars += BodyText.characterCount(a.title() + BodyText.plain(a.bodyHtml()));
            alarms.addAll(checker.check(a));
        }
        Map<String, Integer> byRule = new TreeMap<>();
        alarms.forEach(f -> byRule.merge(f.rule() + ":" + f.text(), 1, Integer::sum));
        assertThat(alarms.size() * 10_000.0 / chars).as("false alarms %s", byRule).isLessThan(1.0);
    }

    @Test
    void theReferencePageAsSavedShowsItsAnnotationsTraditionalCharactersAndBothDamagedSpans() throws Exception {
        String saved = new String(getClass().getResourceAsStream("/pages/reference-page.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder body = new StringBuilder();
        for (String line : saved.split("\n")) {
            if (line.length() > 60) {
                body.append("<p>").append(org.jsoup.nodes.Entities.escape(line)).append("</p>");
            }
        }
        List<Finding> findings = checker.check(new Article.Builder().title("外交部國際司").bodyHtml(body.toString()).build());
        List<Finding> damage = findings.stream().filter(f -> f.rule().equals("encoding-damage")).toList();
        assertThat(damage).hasSize(2);
        assertThat(damage.get(0).text()).isEqualTo("?!皩\uE571W");
        assertThat(damage.get(0).suggestion()).isEqualTo("。“將學");
        assertThat(damage.get(1).suggestion()).isEqualTo("。”國際");
        assertThat(findings).filteredOn(f -> f.rule().equals("pinyin-annotation")).hasSizeGreaterThan(200)
                .allSatisfy(f -> assertThat(f.text()).matches("\\p{IsHan}\\(.+\\)"));
        assertThat(findings).filteredOn(f -> f.rule().equals("traditional-script")).isNotEmpty()
                .anySatisfy(f -> assertThat(f.text()).isEqualTo("國際"));
    }
}
