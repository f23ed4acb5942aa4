package org.copydesk.service;

import java.nio.file.Path;
import java.time.Clock;
import org.copydesk.domain.SiteProfile;
import org.copydesk.site.Exporter;
import org.copydesk.site.PageRenderer;
import org.copydesk.site.SiteProfiles;
import org.copydesk.storage.Store;
import org.copydesk.storage.sqlite.Database;
import org.copydesk.storage.postgres.PgAddress;
import org.copydesk.storage.postgres.PgStore;
import org.copydesk.storage.sqlite.SqliteStore;

/**
 * An open desk: its store and site profile, and the services over them, one door per capability:
 * drafts, importing, tagging, proofreading, review, publishing and the preview. The window and the
 * command line both open one, so they work on the same things in the same way.
 */
public final class Desk implements AutoCloseable {

    /** How the caller wants the desk. */
    public enum Access {
        /** Write access; fails if another copy of the program holds the desk. */
        READ_WRITE,
        /** Write access if the desk is free, read-only if another copy holds it. */
        READ_WRITE_OR_READ_ONLY,
        /** Write access; read-only when the desk file is on media that cannot be written; fails if another copy holds it. */
        READ_WRITE_UNLESS_MEDIA_READ_ONLY
    }

    private final Store store;
    private final SiteProfile profile;
    private final ArticleWrites writes;
    private final DraftService drafts;
    private final ProofService proof;
    private final Tagger tagger;
    private final RelatedNews related;
    private final PageRenderer renderer;
    private final PublishService publishing;
    private final ReviewService review;
    private final ImportService imports;
    private final ExchangeService exchange;
    private final LiveService live;
    private final BatchTagging batchTagging;
    private final DeskReplace replace;
    private final UnsentDrafts unsent;
    private final BackupService backups;
    private final String login;

    private Desk(Store store, SiteProfile profile, Clock clock, String user, UnsentDrafts unsent) {
        this.store = store;
        this.login = user;
        this.profile = profile;
        this.writes = new ArticleWrites(clock, user);
        this.tagger = new Tagger(store, profile);
        this.drafts = new DraftService(store, writes, profile, unsent, tagger);
        this.proof = new ProofService(store, profile, writes);
        this.related = new RelatedNews(store, profile.relatedLimit(), tagger);
        this.batchTagging = new BatchTagging(store, writes, tagger);
        this.replace = new DeskReplace(store, writes, tagger);
        this.renderer = new PageRenderer(profile);
        this.publishing = new PublishService(store, writes, proof, related, new Exporter(renderer));
        this.review = new ReviewService(store, writes, proof, publishing, profile.review());
        this.exchange = new ExchangeService(store, writes, profile, tagger);
        this.imports = new ImportService(store, writes, exchange, profile, tagger);
        this.live = new LiveService(store, writes);
        this.unsent = unsent;
        this.backups = new BackupService(store, clock);
    }

    /**
     * Opens the desk in a database file.
     *
     * @param db            the database file
     * @param createParents create the database's folder if missing (the default location only; a
     *                      path the user typed must exist, so a typo is reported, not obeyed)
     * @param site          a profile file or folder, or null for the reference site
     */
    public static Desk open(Path db, boolean createParents, Path site, Access access) {
        return open(db, createParents, profile(site), access);
    }

    /** Opens the desk with a profile already loaded. */
    public static Desk open(Path db, boolean createParents, SiteProfile profile, Access access) {
        return open(db, createParents, profile, access, Clock.systemDefaultZone());
    }

    /** Opens the desk on a clock of the caller's (tests move time by hand). */
    public static Desk open(Path db, boolean createParents, SiteProfile profile, Access access, Clock clock) {
        Database.Access mode = switch (access) {
            case READ_WRITE -> Database.Access.READ_WRITE;
            case READ_WRITE_OR_READ_ONLY -> Database.Access.READ_WRITE_OR_READ_ONLY;
            case READ_WRITE_UNLESS_MEDIA_READ_ONLY -> Database.Access.READ_WRITE_UNLESS_MEDIA_READ_ONLY;
        };
        return new Desk(SqliteStore.open(db, createParents, mode), profile, clock, loginName(), null);
    }

    /**
     * Opens a shared desk on a PostgreSQL server ({@code postgresql://host[:port]/db?user=name}). The
     * password is {@code password} when given, else {@code PGPASSWORD} or {@code ~/.pgpass}; writes
     * are made in {@code user}'s name.
     */
    public static Desk openShared(String address, String password, SiteProfile profile, String user) {
        return openShared(address, password, profile, user, Clock.systemDefaultZone());
    }

    /** A shared desk on a clock of the caller's (tests move time by hand). */
    public static Desk openShared(String address, String password, SiteProfile profile, String user, Clock clock) {
        return openShared(address, password, profile, user, clock, null);
    }

    /**
     * A shared desk that keeps drafts the server did not take (it was away) in {@code unsentDir} on
     * this computer until it takes them.
     */
    public static Desk openShared(String address, String password, SiteProfile profile, String user, Clock clock, Path unsentDir) {
        return new Desk(PgStore.open(address, password), profile, clock, user, unsentDir == null ? null : new UnsentDrafts(unsentDir));
    }

    /** A desk by where it is: a shared desk's address, or a database file. */
    public static Desk open(String where, boolean createParents, SiteProfile profile, Access access, String password) {
        return isShared(where) ? openShared(where, password, profile, loginOf(where))
                : open(Path.of(where), createParents, profile, access);
    }

    /** True when {@code where} names a shared desk on a server rather than a file. */
    public static boolean isShared(String where) {
        return PgAddress.isAddress(where);
    }

    /** True when a shared desk's password will be found without asking (PGPASSWORD, ~/.pgpass). */
    public static boolean passwordKnown(String address) {
        return PgStore.passwordKnown(address, System.getenv());
    }

    /** The name a shared desk's login gives its writes (the user in its address). */
    public static String loginOf(String address) {
        return PgAddress.parse(address).user();
    }

    /** A shared desk's address as shown and logged (never a password), or a file's path. */
    public static String shown(String where) {
        return isShared(where) ? PgAddress.parse(where).toString() : where;
    }

    private static String loginName() {
        return System.getProperty("user.name", "");
    }

    /**
     * The name this desk's writes are made in (who last wrote an article, on a shared desk); blank
     * goes back to the login's name.
     */
    public void user(String name) {
        writes.user(name == null || name.isBlank() ? login : name.strip());
    }

    /** True for a desk other people write at the same time. */
    public boolean shared() {
        return store.shared();
    }

    /** A desk with write access to a database file, on the reference profile (tests, benchmarks). */
    public static Desk open(Path db) {
        return open(db, false, (Path) null, Access.READ_WRITE);
    }

    /** The same store under another site profile (the window switches profiles without closing the desk). */
    public Desk withProfile(SiteProfile other) {
        Desk d = new Desk(store, other, writes.clock(), login, unsent);
        d.user(writes.user());
        return d;
    }

    /** A site profile from a file or folder, or the reference site's when {@code site} is null. */
    public static SiteProfile profile(Path site) {
        return site == null ? SiteProfiles.reference() : SiteProfiles.load(site);
    }

    public SiteProfile profile() {
        return profile;
    }

    /** True when another copy of the program holds the desk and this one may only read. */
    public boolean readOnly() {
        return store.readOnly();
    }

    /** True when the desk is read-only because of where its file is: it can be read and exported, not changed. */
    public boolean readOnlyMedia() {
        return store.readOnlyMedia();
    }

    /** Where the desk is kept, for messages. */
    public String location() {
        return store.location();
    }

    public DraftService drafts() {
        return drafts;
    }

    public ImportService imports() {
        return imports;
    }

    /** The desk's tagger ({@link Tagger#load} loads it, in the background). */
    public Tagger tagging() {
        return tagger;
    }

    /** The tagger over many articles at once: suggestions, and channels and keywords set where none are. */
    public BatchTagging batchTagging() {
        return batchTagging;
    }

    /** Find and replace across the desk: a plan to look at, applied as a whole, undone as a whole. */
    public DeskReplace replace() {
        return replace;
    }

    /** The desk file's rolling backups (none for a desk on a server). */
    public BackupService backups() {
        return backups;
    }

    public ProofService proofreading() {
        return proof;
    }

    public ReviewService review() {
        return review;
    }

    public PublishService publishing() {
        return publishing;
    }

    /** Other people on a shared desk: their changes as they happen, and who has an article open. */
    public LiveService live() {
        return live;
    }

    /** Articles between desks: packages sent and received, merges, conflicts. */
    public ExchangeService exchange() {
        return exchange;
    }

    /** The preview, writing its pages into {@code dir}. */
    public PreviewService preview(Path dir) {
        return new PreviewService(dir, renderer, related, proof, store);
    }

    /** The store itself, for copying a whole desk ({@link DeskCopy}). */
    Store store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
