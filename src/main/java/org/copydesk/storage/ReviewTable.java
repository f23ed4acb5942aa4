package org.copydesk.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.copydesk.domain.Dismissal;
import org.copydesk.domain.Note;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Round;

/**
 * What review keeps: notes on paragraphs, the record of submissions, approvals, send-backs and round
 * sign-offs, findings dismissed per article, the rules a desk switched off and its own word lists.
 */
public interface ReviewTable {

    /** An article's notes in the order they were written. */
    List<Note> notes(long articleId) throws SQLException;

    Optional<Note> note(long noteId) throws SQLException;

    /** Adds a note (its uuid, times and resolution as given); returns its number here. */
    long insertNote(Note n) throws SQLException;

    /** Adds a new open note under a new uuid; returns its number. */
    default long insertNote(long articleId, int paragraph, String anchor, String body, String author, Instant at) throws SQLException {
        return insertNote(new Note(0, UUID.randomUUID().toString(), articleId, paragraph, anchor, body, author, at, null, null));
    }

    /** Sets how a note (by uuid) stands: resolved at a time by someone, or open (nulls). */
    void setResolution(String noteUuid, Instant resolvedAt, String resolvedBy) throws SQLException;

    /** Marks a note resolved ({@code who} non-null) or open again; false when there is no such note. */
    boolean setResolved(long noteId, String who, Instant at) throws SQLException;

    /** An article's review record, oldest first. */
    List<ReviewEvent> events(long articleId) throws SQLException;

    /** Adds an entry to an article's record (under its uuid, at its time). */
    void insertEvent(ReviewEvent e) throws SQLException;

    /** Adds a new entry under a new uuid. */
    default void insertEvent(long articleId, ReviewEvent.Kind kind, Round round, String who, Instant at, String text) throws SQLException {
        insertEvent(new ReviewEvent(0, UUID.randomUUID().toString(), articleId, kind, round, who, at, text == null ? "" : text));
    }

    Set<Dismissal> dismissals(long articleId) throws SQLException;

    void dismiss(long articleId, Dismissal d, String who, Instant at) throws SQLException;

    /** Brings every dismissed finding of an article back; returns how many. */
    int clearDismissals(long articleId) throws SQLException;

    /** The rules the desk switched off. */
    Set<String> disabledRules() throws SQLException;

    void setRuleEnabled(String rule, boolean enabled) throws SQLException;

    /** The desk's own word lists by kind; a kind the desk never edited is absent. */
    Map<String, String> wordLists() throws SQLException;

    /** Stores a word list, or (text null) goes back to the profile's list. */
    void putWordList(String kind, String text) throws SQLException;
}
