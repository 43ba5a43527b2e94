package org.nocontact.interview;

import java.util.Optional;

/** Where the interview talks and listens: a terminal with line editing, or plain lines from a pipe. */
public interface Console extends AutoCloseable {
    /**
     * @return the line typed, or empty at the end of input (Ctrl-D)
     * @throws Interrupted when the person presses Ctrl-C
     */
    Optional<String> readLine(String prompt);

    /** Text for the person while the interview runs (questions, help, corrections). */
    void say(String text);

    /** How wide the screen is now, in columns, for messages said outside {@link #say} (leaving, Ctrl-C). */
    int width();

    @Override
    void close();

    /**
     * The question whose answer the next lines read are, or empty once the questions are over (the
     * verdict, saving). A terminal has no use for it; a test's console answers by question with it.
     */
    default void asking(Optional<Key<?>> question) {
        // a person reads the question itself
    }

    /** Says nothing and hears nothing: for an interview whose answers come from elsewhere (a replay). */
    Console SILENT = new Console() {
        @Override
        public Optional<String> readLine(String prompt) {
            return Optional.empty();
        }

        @Override
        public void say(String text) {
            // nobody is listening
        }

        @Override
        public int width() {
            return org.nocontact.terminal.Screen.DEFAULT_WIDTH;
        }

        @Override
        public void close() {
            // nothing to close
        }
    };

    /** Ctrl-C; the interview says whether a safety question was waiting (then the help line is shown, as for Ctrl-D). */
    final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean atSafetyQuestion;

        public Interrupted() {
            this(false);
        }

        public Interrupted(boolean atSafetyQuestion) {
            super("interrupted", null, false, false);
            this.atSafetyQuestion = atSafetyQuestion;
        }

        public boolean atSafetyQuestion() {
            return atSafetyQuestion;
        }
    }
}
