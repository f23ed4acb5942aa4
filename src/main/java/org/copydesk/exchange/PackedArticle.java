package org.copydesk.exchange;

import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.Dismissal;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Note;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Revision;

/**
 * One article as a package carries it: its current state (the newest of its revisions), the
 * revisions oldest first, its images, and its review record (notes, events, dismissed findings),
 * every item under its uuid. Numbers are the sending desk's and mean nothing on the receiving one.
 */
public record PackedArticle(Article article, List<Revision> revisions, List<ImageAsset> images, List<Note> notes,
                            List<ReviewEvent> events, List<Dismissal> dismissals) {

    public PackedArticle {
        revisions = List.copyOf(revisions);
        images = List.copyOf(images);
        notes = List.copyOf(notes);
        events = List.copyOf(events);
        dismissals = List.copyOf(dismissals);
    }

    /** The revision the article stands at (the newest). */
    public Revision head() {
        return revisions.get(revisions.size() - 1);
    }
}
