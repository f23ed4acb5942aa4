package org.copydesk.text.clean;

/** One step of the cleaning pipeline: a pure function over a piece of text that counts its changes. */
public interface CleanStep {

    /** A stable id for the step ({@code encoding}, {@code pinyin}, {@code script}, {@code punctuation}). */
    String id();

    /** The text after this step; {@code changes} is told how many things were changed. */
    String apply(String text, Counter changes);

    /** Counts changes as a step makes them. */
    final class Counter {
        private int count;

        public void add(int n) {
            count += n;
        }

        public int count() {
            return count;
        }
    }
}
