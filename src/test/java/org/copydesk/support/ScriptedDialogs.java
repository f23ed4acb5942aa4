package org.copydesk.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.copydesk.ui.fx.Dialogs;

/** Dialogs answered as a test says a person would: each question is recorded, answers come in order. */
public final class ScriptedDialogs implements Dialogs {

    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();

    /** The next confirmation is answered yes (true) or no. */
    public ScriptedDialogs confirmWith(boolean yes) {
        answers.add(yes);
        return this;
    }

    /** The next question is answered with this text (null: cancelled). */
    public ScriptedDialogs answerWith(String text) {
        answers.add(text == null ? Optional.empty() : Optional.of(text));
        return this;
    }

    /** What was asked, in order: the confirmation's message or the question's header. */
    public List<String> asked() {
        return asked;
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add(message);
        Object a = answers.poll();
        if (!(a instanceof Boolean b)) {
            throw new AssertionError("not expecting a confirmation: " + message);
        }
        return b;
    }

    @Override
    public Optional<String> ask(Question q) {
        asked.add(q.header());
        Object a = answers.poll();
        if (!(a instanceof Optional<?> o)) {
            throw new AssertionError("not expecting a question: " + q.header());
        }
        return o.map(String::valueOf);
    }
}
