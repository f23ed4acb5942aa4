package org.copydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.domain.SiteProfile;
import org.copydesk.domain.SiteReport;
import org.copydesk.domain.Status;
import org.copydesk.site.SiteProfiles;
import org.copydesk.support.TestDesk;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing through the desk: addresses kept for good, corrections, withdrawals, the whole site from published revisions. */
class PublishServiceTest {

    @TempDir
    Path dir;

    private Desk desk;
    private Path site;

    @BeforeEach
    void open() {
        desk = Desk.open(TestDesk.db(dir));
        site = dir.resolve("site");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static final String CLEAN = "国际司党支部认真开展党史学习教育，推动各项工作取得新成效。";

    private Article approved(String title, String channel, int day) {
        Article a = desk.drafts().create(TestDesk.article(title, channel, CLEAN).toBuilder().keywords(List.of("国际", "外交", "政治"))
                .publishedAt(LocalDateTime.of(2021, 5, day, 9, 0)).build());
        desk.review().submit(a.id(), "编辑乙");
        return TestDesk.approve(desk, a.id(), "总编");
    }

    private SiteReport publishAll() {
        return desk.publishing().export(List.of(), site, null, true, "编辑乙").site();
    }

    private String text(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8").text();
    }

    @Test
    void anArticleWithNoPublishTimeGetsTheMomentOfPublicationAndTheExportSaysSo() throws Exception {
        Article a = desk.drafts().create(TestDesk.article("没有发布时间的稿件", "要闻", CLEAN).toBuilder()
                .keywords(List.of("国际", "外交", "政治")).publishedAt(null).build());
        assertThat(a.publishedAt()).isNull();
        desk.review().submit(a.id(), "编辑乙");
        TestDesk.approve(desk, a.id(), "总编");
        LocalDateTime before = LocalDateTime.now().withSecond(0).withNano(0);
        PublishService.ExportOutcome done = desk.publishing().export(List.of(a.id()), site, null, false, "编辑乙");
        LocalDateTime at = desk.drafts().get(a.id()).publishedAt();
        assertThat(at).isNotNull().isBetween(before, LocalDateTime.now());
        assertThat(done.timed()).singleElement().satisfies(t -> assertThat(t).contains("没有发布时间的稿件")
                .contains(at.getYear() + "年" + at.getMonthValue() + "月" + at.getDayOfMonth() + "日"));
        assertThat(desk.review().revisions(a.id())).anyMatch(r -> r.reason().equals("publish-time"));
        // the page carries the time it was given
        String page = Files.readString(site.resolve(desk.publishing().address(a.id()).orElseThrow()));
        assertThat(Jsoup.parse(page).select(".dateline").text()).contains(String.format("%02d:%02d", at.getHour(), at.getMinute()));
        // published again, the time stays and nothing is said
        assertThat(desk.publishing().export(List.of(a.id()), site, null, false, "编辑乙").timed()).isEmpty();
        assertThat(desk.drafts().get(a.id()).publishedAt()).isEqualTo(at);
    }

    @Test
    void anArticleKeepsItsFirstAddressThroughRetitlingMovingAndRepublishing() throws Exception {
        Article a = approved("外交部国际司强化理论武装", "要闻", 13);
        publishAll();
        String address = desk.publishing().address(a.id()).orElseThrow();
        assertThat(address).isEqualTo("c/2021-05-13/" + a.id() + ".shtml");
        // corrected: retitled, moved to another channel, dated otherwise, and published again
        Article moved = desk.drafts().saveRevision(desk.drafts().get(a.id()).toBuilder().title("外交部国际司强化理论武装（更正）")
                .channel("社会").publishedAt(LocalDateTime.of(2021, 6, 1, 9, 0)).build());
        assertThat(moved.status()).isEqualTo(Status.PUBLISHED);
        SiteReport r = publishAll();
        assertThat(desk.publishing().address(a.id())).hasValue(address);
        assertThat(r.changed()).contains(address, "channels/yaowen.html", "channels/shehui.html");
        assertThat(text(address)).contains("（更正）");
        assertThat(text("channels/shehui.html")).contains("（更正）");
        assertThat(text("channels/yaowen.html")).doesNotContain("外交部国际司");
        assertThat(r.links().ok()).isTrue();
    }

    @Test
    void anArticlesImagesAreOnTheSiteBesideItsPage() throws Exception {
        Article a = desk.drafts().create(TestDesk.article("外交部国际司强化理论武装", "要闻", CLEAN).toBuilder()
                .keywords(List.of("国际", "外交")).publishedAt(LocalDateTime.of(2021, 5, 13, 9, 0)).build());
        desk.drafts().putImage(a.id(), new org.copydesk.domain.ImageAsset("photo.png", "image/png", TestDesk.png()));
        desk.drafts().saveRevision(desk.drafts().get(a.id()).toBuilder()
                .bodyHtml(desk.drafts().get(a.id()).bodyHtml() + "<p><img src=\"photo.png\" alt=\"\"></p>").build());
        desk.review().submit(a.id(), "编辑乙");
        TestDesk.approve(desk, a.id(), "总编");
        SiteReport r = publishAll();
        String image = "images/" + a.id() + "/photo.png";
        assertThat(r.added()).contains(image);
        assertThat(Files.readAllBytes(site.resolve(image))).isEqualTo(TestDesk.png());
        assertThat(r.links().broken()).isEmpty();
    }

    @Test
    void theSiteShowsThePublishedRevisionUntilACorrectionIsPublished() throws Exception {
        Article a = approved("外交部国际司强化理论武装", "要闻", 13);
        Article b = approved("国际司开展主题党日活动", "要闻", 12);
        publishAll();
        String address = desk.publishing().address(a.id()).orElseThrow();
        // a correction being typed does not reach the site when another article is published
        desk.drafts().saveWorkingCopy(desk.drafts().get(a.id()).toBuilder().title("改到一半的标题").build());
        desk.publishing().export(List.of(b.id()), site, null, false, "编辑乙");
        assertThat(text(address)).doesNotContain("改到一半");
        // published with the article, it does
        desk.publishing().export(List.of(a.id()), site, null, false, "编辑乙");
        assertThat(text(address)).contains("改到一半的标题");
    }

    @Test
    void publishingEverythingSkipsWhatIsOnTheSiteAsItIsAndRewritesLittle() {
        approved("外交部国际司强化理论武装", "要闻", 13);
        Article b = approved("国际司开展主题党日活动", "要闻", 12);
        SiteReport first = publishAll();
        assertThat(first.added()).hasSizeGreaterThan(20);
        // a published article with an open note is on the site as it is: --all does not take it off or hold it
        desk.review().addNote(b.id(), 0, "", "再核对一遍", "校对");
        PublishService.ExportOutcome again = desk.publishing().export(List.of(), site, null, true, "编辑乙");
        assertThat(again.held()).isEmpty();
        assertThat(again.exported()).isEmpty();
        assertThat(again.pages()).isEmpty();
        assertThat(site.resolve(desk.publishing().address(b.id()).orElseThrow())).exists();
    }

    @Test
    void anArticleWithdrawnOrDeletedLeavesTheSite() throws Exception {
        Article a = approved("外交部国际司强化理论武装", "要闻", 13);
        Article b = approved("国际司开展主题党日活动", "要闻", 12);
        publishAll();
        String pageA = desk.publishing().address(a.id()).orElseThrow();
        String pageB = desk.publishing().address(b.id()).orElseThrow();
        desk.review().sendBack(a.id(), "总编", "事实有误，撤稿");
        desk.drafts().delete(b.id());
        SiteReport r = desk.publishing().publishSite(site, org.copydesk.domain.Progress.NONE, () -> false);
        assertThat(r.removed()).contains(pageA, pageB);
        assertThat(site.resolve(pageA)).doesNotExist();
        assertThat(Files.readString(site.resolve("feed.xml"))).doesNotContain("外交部国际司").doesNotContain("主题党日");
        assertThat(desk.publishing().linkCheck(site).broken()).isEmpty();
        // republished later (the send-back's note settled), it comes back at the same address
        desk.review().notes(a.id()).forEach(n -> desk.review().resolve(n.id(), "编辑乙"));
        desk.review().submit(a.id(), "编辑乙");
        TestDesk.approve(desk, a.id(), "总编");
        PublishService.ExportOutcome back = desk.publishing().export(List.of(), site, null, true, "编辑乙");
        assertThat(back.refusals()).isEmpty();
        assertThat(desk.publishing().address(a.id())).hasValue(pageA);
        assertThat(site.resolve(pageA)).exists();
    }

    @Test
    void twoArticlesThatWouldShareAnAddressAreRefusedBeforeAnythingIsWritten() {
        List<Article> made = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            made.add(approved("稿件" + i + "的标题在这里", "要闻", 13));
        }
        Article twelfth = made.get(11);
        Article second = made.get(1);
        desk.close();
        try (Desk one = Desk.open(TestDesk.db(dir), false, withPattern("p/{id}.html"), Desk.Access.READ_WRITE)) {
            one.publishing().export(List.of(twelfth.id()), site, null, false, "编辑乙");
            assertThat(one.publishing().address(twelfth.id())).hasValue("p/12.html");
        }
        try (Desk two = Desk.open(TestDesk.db(dir), false, withPattern("p/1{id}.html"), Desk.Access.READ_WRITE)) {
            Path other = dir.resolve("other");
            assertThatThrownBy(() -> two.publishing().export(List.of(second.id()), other, null, false, "编辑乙"))
                    .isInstanceOfSatisfying(CopydeskException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.PERMALINK_COLLISION);
                        assertThat(e.args()).contains(twelfth.title(), second.title(), "p/12.html");
                    });
            assertThat(other).doesNotExist();
            assertThat(two.drafts().get(second.id()).status()).isEqualTo(Status.APPROVED);
        }
        desk = Desk.open(TestDesk.db(dir));
    }

    private static SiteProfile withPattern(String pattern) {
        SiteProfile r = SiteProfiles.reference();
        SiteProfile.Publishing p = r.publishing();
        return new SiteProfile(r.id(), r.siteName(), r.homeLabel(), r.channels(), r.promoText(), r.promoHref(), r.script(), r.dateFormat(),
                r.relatedLimit(), r.templates(), r.assets(), r.terms(), r.limits(),
                new SiteProfile.Publishing(p.baseUrl(), pattern, p.pageSize(), p.feedLength(), p.language(), p.description()));
    }
}
