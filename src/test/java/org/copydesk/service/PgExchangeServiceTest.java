package org.copydesk.service;


import org.copydesk.site.SiteProfiles;
import org.copydesk.support.TestPostgres;

/** Every exchange test again, each desk a shared desk on a real PostgreSQL server. */
class PgExchangeServiceTest extends ExchangeServiceTest {

    @Override
    protected Desk openDesk(String name) {
        TestPostgres.require();
        return Desk.openShared(TestPostgres.newDatabase(), TestPostgres.PASSWORD, SiteProfiles.reference(), name);
    }
}
