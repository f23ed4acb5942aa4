package org.copydesk.service;


import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.copydesk.site.SiteProfiles;
import org.copydesk.support.TestPostgres;

/** Every draft test again, on a shared desk on a real PostgreSQL server. */
class PgDraftServiceTest extends DraftServiceTest {

    private String address;

    @Override
    protected Desk openDesk(MutableClock clock) {
        TestPostgres.require();
        if (address == null) {
            address = TestPostgres.newDatabase();
        }
        return Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "编辑甲", clock);
    }

    @Override
    protected void refuseInDatabase(String title) {
        String db = TestPostgres.databaseOf(address);
        TestPostgres.admin(db, "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.title = '" + title
                + "' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
        TestPostgres.admin(db, "CREATE TRIGGER refuse BEFORE INSERT ON article FOR EACH ROW EXECUTE FUNCTION refuse()");
    }

    @Override
    protected int sql(String statement) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", TestPostgres.USER);
        p.setProperty("password", TestPostgres.PASSWORD);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + TestPostgres.port() + "/"
                + TestPostgres.databaseOf(address), p); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(statement)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
