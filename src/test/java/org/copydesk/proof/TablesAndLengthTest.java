package org.copydesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.Channel;
import org.copydesk.domain.Finding;
import org.copydesk.domain.SiteProfile;
import org.copydesk.l10n.Messages;
import org.copydesk.markup.Sanitizer;
import org.copydesk.site.SiteProfiles;
import org.copydesk.text.BodyText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables checked cell by cell, and a channel's length (字数) as a hint. */
class TablesAndLengthTest {

    @BeforeAll
    static void chinese() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private static SiteProfile withLength(String channel, int min, int max) {
        SiteProfile r = SiteProfiles.reference();
        List<Channel> channels = new ArrayList<>();
        for (Channel c : r.channels()) {
            channels.add(c.name().equals(channel) ? new Channel(c.name(), c.slug(), c.cues(), min, max) : c);
        }
        return new SiteProfile(r.id(), r.siteName(), r.homeLabel(), channels, r.promoText(), r.promoHref(), r.script(), r.dateFormat(),
                r.relatedLimit(), r.templates(), r.assets(), r.terms(), r.limits(), r.publishing(), r.review());
    }

    @Test
    void eachTableCellIsCheckedAsAParagraphOfItsOwn() {
        String body = Sanitizer.clean("<p>下表是各区数据。</p><table><tr><th>地区</th><th>人数</th></tr>"
                + "<tr><td>东城区,共计</td><td>1200人</td></tr><tr><td>西城区</td><td>900人</td></tr></table>");
        assertThat(BodyText.paragraphs(body)).containsExactly("下表是各区数据。", "地区", "人数", "东城区,共计", "1200人", "西城区", "900人");
        Checker checker = new Checker(SiteProfiles.reference(), WordLists.defaults());
        List<Finding> found = checker.check(ProofCorpus.base().bodyHtml(body).build());
        assertThat(found).filteredOn(f -> f.rule().equals("half-width-punctuation"))
                .singleElement().satisfies(f -> {
                    assertThat(f.paragraph()).isEqualTo(3);
                    assertThat(f.text()).isEqualTo(",");
                });
    }

    @Test
    void aTenThousandCellTableIsCleanedAndCheckedWhole() {
        StringBuilder t = new StringBuilder("<table><tr><th>序号</th><th>名称</th></tr>");
        for (int i = 0; i < 5000; i++) {
            t.append("<tr><td>").append(i).append("</td><td>项目").append(i).append("</td></tr>");
        }
        String body = Sanitizer.clean(t.append("</table>").toString());
        assertThat(Sanitizer.clean(body)).isEqualTo(body);
        assertThat(BodyText.paragraphs(body)).hasSize(10_002);
        new Checker(SiteProfiles.reference(), WordLists.defaults()).check(ProofCorpus.base().bodyHtml(body).build());
    }

    @Test
    void anArticleOutsideItsChannelsLengthGetsAHint() {
        Checker checker = new Checker(withLength("要论", 20, 40), WordLists.defaults());
        Article shortPiece = ProofCorpus.base().channel("要论").bodyHtml("<p>太短了。</p>").build();
        assertThat(checker.check(shortPiece)).filteredOn(f -> f.rule().equals("body-length")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(org.copydesk.domain.Severity.HINT);
            assertThat(f.message()).isEqualTo("正文 4 字，要论栏目的稿件应在 20–40 字之间");
        });
        Article fits = ProofCorpus.base().channel("要论").bodyHtml("<p>这一篇评论的长度正好落在栏目要求的范围之内，不需要提示。</p>").build();
        assertThat(checker.check(fits)).noneMatch(f -> f.rule().equals("body-length"));
        Article otherChannel = ProofCorpus.base().channel("要闻").bodyHtml("<p>太短了。</p>").build();
        assertThat(checker.check(otherChannel)).noneMatch(f -> f.rule().equals("body-length"));
    }
}
