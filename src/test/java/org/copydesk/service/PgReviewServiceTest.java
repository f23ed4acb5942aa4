package org.copydesk.service;


import org.copydesk.site.SiteProfiles;
import org.copydesk.support.TestPostgres;

/** Every review test again, on a shared desk on a real PostgreSQL server. */
class PgReviewServiceTest extends ReviewServiceTest {

    @Override
    protected Desk openDesk() {
        TestPostgres.require();
        return Desk.openShared(TestPostgres.newDatabase(), TestPostgres.PASSWORD, SiteProfiles.reference(), "编辑甲");
    }
}
