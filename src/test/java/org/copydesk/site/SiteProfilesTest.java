package org.copydesk.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.domain.Channel;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.domain.ReviewRules;
import org.copydesk.domain.Round;
import org.copydesk.domain.Script;
import org.copydesk.domain.SiteProfile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteProfilesTest {

    @TempDir
    Path dir;

    @Test
    void theReferenceProfileIsTheReferenceSite() {
        SiteProfile p = SiteProfiles.reference();
        assertThat(p.siteName()).isEqualTo("人民政协网");
        assertThat(p.channelNames()).containsExactly("要闻", "要论", "协商", "统战", "党派", "委员讲堂", "理论", "人事", "社会", "法治", "视频", "文化");
        assertThat(p.promoText()).isEqualTo("人民政协报政协号客户端下载 >");
        assertThat(p.script()).isEqualTo(Script.SIMPLIFIED);
        assertThat(p.templates()).containsKeys("page", "channel", "home");
        assertThat(p.assets()).containsKey("site.css");
    }

    /** Copies the reference profile into a folder, with one file changed. */
    private Path profileWith(String file, String content) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("site"));
        for (String name : new String[] {"profile.json", "page.mustache", "channel.mustache", "home.mustache", "notfound.mustache", "site.css"}) {
            try (var in = SiteProfiles.class.getResourceAsStream(SiteProfiles.REFERENCE + name)) {
                Files.write(folder.resolve(name), in.readAllBytes());
            }
        }
        if (file != null) {
            Files.writeString(folder.resolve(file), content);
        }
        return folder.resolve("profile.json");
    }

    @Test
    void anotherSiteIsAnotherProfileNotACodeChange() throws Exception {
        Path file = profileWith("profile.json", """
                {"id": "county", "siteName": "县融媒体中心", "script": "traditional",
                 "channels": [{"name": "本地", "slug": "bendi"}, {"name": "民生", "slug": "minsheng"}],
                 "promo": {"text": "下载客户端"},
                 "templates": {"page": "page.mustache", "channel": "channel.mustache", "home": "home.mustache"},
                 "assets": ["site.css"]}
                """);
        SiteProfile p = SiteProfiles.load(file);
        assertThat(p.channels()).containsExactly(new Channel("本地", "bendi"), new Channel("民生", "minsheng"));
        assertThat(p.script()).isEqualTo(Script.TRADITIONAL);
        String page = new PageRenderer(p).articlePage(PageRendererTest.reference().toBuilder().channel("民生").build(), java.util.List.of());
        var doc = Jsoup.parse(page);
        assertThat(doc.select("nav.channels a").eachText()).containsExactly("首页", "本地", "民生");
        assertThat(doc.select(".site-name").text()).isEqualTo("县融媒体中心");
        assertThat(doc.select(".breadcrumb").text()).isEqualTo("首页>民生");
    }

    @Test
    void aFolderCanBeGivenForItsProfile() throws Exception {
        Path file = profileWith(null, null);
        assertThat(SiteProfiles.load(file.getParent()).siteName()).isEqualTo("人民政协网");
    }

    @Test
    void mistakesInAProfileAreNamed() throws Exception {
        assertProblem(profileWith("profile.json", "{not json"), "profile.json");
        assertProblem(profileWith("profile.json", """
                {"id": "x", "siteName": "x", "channels": [],
                 "templates": {"page": "page.mustache", "channel": "channel.mustache", "home": "home.mustache"}, "assets": ["site.css"]}
                """), "no channels");
        assertProblem(profileWith("profile.json", """
                {"id": "x", "siteName": "x", "channels": [{"name": "要闻", "slug": "Yao Wen"}],
                 "templates": {"page": "page.mustache", "channel": "channel.mustache", "home": "home.mustache"}, "assets": ["site.css"]}
                """), "slug");
        assertProblem(profileWith("profile.json", """
                {"id": "x", "siteName": "x", "channels": [{"name": "要闻", "slug": "yaowen"}],
                 "templates": {"page": "missing.mustache", "channel": "channel.mustache", "home": "home.mustache"}, "assets": ["site.css"]}
                """), "missing.mustache");
        assertProblem(profileWith("profile.json", """
                {"id": "x", "siteName": "x", "channels": [{"name": "要闻", "slug": "yaowen"}],
                 "templates": {"page": "../../etc/passwd", "channel": "channel.mustache", "home": "home.mustache"}, "assets": ["site.css"]}
                """), "outside");
        assertProblem(profileWith("profile.json", """
                {"id": "x", "siteName": "x", "channels": [{"name": "要论", "slug": "yaolun", "length": {"min": 900, "max": 800}}],
                 "templates": {"page": "page.mustache", "channel": "channel.mustache", "home": "home.mustache"}, "assets": ["site.css"]}
                """), "length");
        assertThat(SiteProfiles.reference().channel("要论").orElseThrow()).satisfies(c -> {
            assertThat(c.minLength()).isEqualTo(800);
            assertThat(c.maxLength()).isEqualTo(6000);
        });
        String base = """
                {"id": "x", "siteName": "x", "channels": [{"name": "要闻", "slug": "yaowen"}],
                 "templates": {"page": "page.mustache", "channel": "channel.mustache", "home": "home.mustache"}, "assets": ["site.css"],
                 "publishing": %s}
                """;
        assertProblem(profileWith("profile.json", base.formatted("{\"baseUrl\": \"www.example.com\"}")), "publishing.baseUrl");
        assertProblem(profileWith("profile.json", base.formatted("{\"baseUrl\": \"https://example.com/news\"}")), "end with /");
        assertProblem(profileWith("profile.json", base.formatted("{\"permalink\": \"c/{year}/{id}.html\"}")), "{year}");
        assertProblem(profileWith("profile.json", base.formatted("{\"permalink\": \"../{id}.html\"}")), "relative path");
        assertProblem(profileWith("profile.json", base.formatted("{\"permalink\": \"c/{yyyy}/news.html\"}")), "{id} or {uuid}");
        assertProblem(profileWith("profile.json", base.formatted("{\"permalink\": \"c/{id}\"}")), ".html");
        assertProblem(profileWith("profile.json", base.formatted("{\"permalink\": \"assets/{id}.html\"}")), "site's own folders");
        assertProblem(profileWith("profile.json", base.formatted("{\"pageSize\": 0}")), "publishing.pageSize");
        assertProblem(profileWith("profile.json", base.formatted("{\"language\": \"chinese please\"}")), "publishing.language");
        // a profile that says nothing of publishing gets the defaults, and its own 404 page is optional
        SiteProfile fine = SiteProfiles.load(profileWith("profile.json", base.formatted("{}")));
        assertThat(fine.publishing()).isEqualTo(SiteProfile.Publishing.DEFAULT);
        assertThat(fine.templates()).containsKey("notFound");
    }

    @Test
    void theReviewRulesAreTheProfilesAndNamedRoundsMayBeWrittenInChinese() throws Exception {
        String base = """
                {"id": "x", "siteName": "x", "channels": [{"name": "要闻", "slug": "yaowen"}, {"name": "快讯", "slug": "kuaixun"}],
                 "templates": {"page": "page.mustache", "channel": "channel.mustache", "home": "home.mustache"}, "assets": ["site.css"],
                 "review": %s}
                """;
        ReviewRules r = SiteProfiles.load(profileWith("profile.json", base.formatted("""
                {"required": ["初审", "复审", "终审", "一校"], "channels": {"快讯": ["review_1", "一校"]},
                 "differentPeople": [["初审", "终审"], ["一校", "二校"]], "approverNotAuthor": false}
                """))).review();
        assertThat(r.required("要闻")).containsExactly(Round.REVIEW_1, Round.REVIEW_2, Round.REVIEW_3, Round.PROOF_1);
        assertThat(r.required("快讯")).containsExactly(Round.REVIEW_1, Round.PROOF_1);
        assertThat(r.different()).containsExactly(java.util.EnumSet.of(Round.REVIEW_1, Round.REVIEW_3),
                java.util.EnumSet.of(Round.PROOF_1, Round.PROOF_2));
        assertThat(r.approverNotAuthor()).isFalse();
        // a profile that says nothing of review gets 三审三校 in full
        assertThat(SiteProfiles.reference().review()).isEqualTo(ReviewRules.DEFAULT);
        assertThat(ReviewRules.DEFAULT.required("要闻")).hasSize(6);
        assertProblem(profileWith("profile.json", base.formatted("{\"required\": [\"四审\"]}")), "四审");
        assertProblem(profileWith("profile.json", base.formatted("{\"channels\": {\"体育\": [\"初审\"]}}")), "体育");
        assertProblem(profileWith("profile.json", base.formatted("{\"required\": \"初审\"}")), "review.required");
    }

    @Test
    void aMissingProfileIsReported() {
        assertThatThrownBy(() -> SiteProfiles.load(dir.resolve("none.json")))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FILE_NOT_FOUND));
    }

    private static void assertProblem(Path file, String mention) {
        assertThatThrownBy(() -> SiteProfiles.load(file))
                .isInstanceOfSatisfying(CopydeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.PROFILE_INVALID);
                    assertThat(String.join(" ", java.util.Arrays.stream(e.args()).map(String::valueOf).toList())).contains(mention);
                });
    }
}
