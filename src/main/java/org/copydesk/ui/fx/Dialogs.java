package org.copydesk.ui.fx;

import java.util.Optional;

/**
 * How a view model asks the person something without holding a node: confirm an action, or type a
 * short text (a reason, a comment). The window answers with dialogs ({@link FxDialogs}); tests
 * answer as a person would.
 */
public interface Dialogs {

    /** A question to ask: an id for the text field (tests find it by it), a title, the question, a hint. */
    record Question(String id, String title, String header, String prompt, boolean required) {
    }

    /** Asks to confirm {@code message}; true for yes. */
    boolean confirm(String title, String message);

    /** Asks for a line of text; empty when the person cancels (or leaves a required answer empty). */
    Optional<String> ask(Question q);
}
