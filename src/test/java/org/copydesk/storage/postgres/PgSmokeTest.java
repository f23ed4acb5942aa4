package org.copydesk.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.service.Desk;
import org.copydesk.site.SiteProfiles;
import org.copydesk.support.TestDesk;
import org.copydesk.support.TestPostgres;
import org.junit.jupiter.api.Test;

class PgSmokeTest {

    @Test
    void aSharedDeskStoresAndFindsAnArticle() {
        TestPostgres.require();
        String address = TestPostgres.newDatabase();
        try (Desk desk = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "编辑甲")) {
            Article a = desk.drafts().create(TestDesk.article("外交部国际司强化理论武装", "要闻", "践行两个维护"));
            assertThat(desk.drafts().get(a.id()).title()).isEqualTo("外交部国际司强化理论武装");
            assertThat(desk.drafts().list(ArticleQuery.all().withSearch("国际司"))).hasSize(1);
            assertThat(desk.drafts().list(ArticleQuery.all().withSearch("维"))).hasSize(1);
            assertThat(desk.drafts().list(ArticleQuery.all().withSearch("电梯"))).isEmpty();
        }
    }
}
