package org.copydesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.storage.DeskRows;
import org.copydesk.storage.Store;

/**
 * A whole desk copied into an empty one — a laptop's desk onto a shared server, or a shared desk
 * down into a file: articles (in the bin too), revisions, images, the review record (notes, rounds,
 * sign-offs, status events, dismissed findings), the rule settings and word lists, and the tagger's
 * vocabulary and model. The copy is one transaction on the target, so it is all there or not at all;
 * the source is only read. Afterwards every table is counted on both sides.
 */
public final class DeskCopy {

    /** The settings a new desk starts with; a copied desk's replace them. */
    private static final List<String> SETTINGS = List.of("meta", "vocabulary", "model", "rule_setting", "word_list");
    /** Tables that hold a desk's content: the target must have none of it. */
    private static final List<String> CONTENT = List.of("article", "revision", "note", "review_event");

    /** One table's rows on each side. */
    public record Count(String table, long source, long target) {

        public boolean matches() {
            return source == target;
        }
    }

    /** What was copied, from where to where. */
    public record Report(String from, String to, List<Count> counts) {

        public boolean verified() {
            return counts.stream().allMatch(Count::matches);
        }
    }

    private DeskCopy() {
    }

    /** A failure of the target desk while the source is being read: carried out of the source's read unchanged. */
    private static final class TargetFailure extends RuntimeException {
        private final java.sql.SQLException cause;

        TargetFailure(java.sql.SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private interface TargetWork {
        void run() throws java.sql.SQLException;
    }

    private static void onTarget(TargetWork work) {
        try {
            work.run();
        } catch (java.sql.SQLException e) {
            throw new TargetFailure(e);
        }
    }

    /**
     * Copies {@code from} into {@code to}, which must hold no articles; {@code progress} hears each
     * table's name and its rows so far, then "search" and the articles indexed so far. {@code MIGRATE_COUNTS} when a count differs afterwards.
     */
    public static Report copy(Desk from, Desk to, BiConsumer<String, Long> progress) {
        Store source = from.store();
        Store target = to.store();
        boolean empty = target.read(tx -> {
            for (String t : CONTENT) {
                if (tx.rows().count(t) > 0) {
                    return false;
                }
            }
            return true;
        });
        if (!empty) {
            throw new CopydeskException(Problem.MIGRATE_TARGET_NOT_EMPTY, to.location());
        }
        target.write(into -> {
            for (String t : SETTINGS) {
                into.rows().clear(t);
            }
            for (String table : DeskRows.TABLES) {
                DeskRows.Sink writer = into.rows().writer(table);
                long[] n = {0};
                try {
                    // each table is read in a read of its own; a failure of the target is the target's to report
                    source.read(out -> {
                        out.rows().read(table, new DeskRows.Sink() {
                            @Override
                            public void columns(List<String> names) {
                                onTarget(() -> writer.columns(names));
                            }

                            @Override
                            public void row(Object[] values) {
                                onTarget(() -> writer.row(values));
                                if (++n[0] % 1000 == 0) {
                                    progress.accept(table, n[0]);
                                }
                            }
                        });
                        return null;
                    });
                } catch (TargetFailure f) {
                    throw f.cause;
                }
                writer.end();
                into.rows().renumberAfter(table);
                progress.accept(table, n[0]);
            }
            // each database indexes for search in its own way: the copy is indexed afresh
            long indexed = 0;
            into.rows().bulkIndexing(false);
            for (long id : into.articles().ids()) {
                var a = into.articles().find(id);
                if (a.isPresent()) {
                    into.search().index(a.get());
                }
                if (++indexed % 1000 == 0) {
                    progress.accept("search", indexed);
                }
            }
            into.rows().bulkIndexing(true);
            return null;
        });
        List<Count> counts = new ArrayList<>();
        for (String table : DeskRows.TABLES) {
            counts.add(new Count(table, source.read(tx -> tx.rows().count(table)), target.read(tx -> tx.rows().count(table))));
        }
        Report report = new Report(from.location(), to.location(), counts);
        if (!report.verified()) {
            throw new CopydeskException(Problem.MIGRATE_COUNTS, String.join("; ", counts.stream().filter(c -> !c.matches())
                    .map(c -> c.table() + " " + c.source() + " → " + c.target()).toList()));
        }
        return report;
    }
}
