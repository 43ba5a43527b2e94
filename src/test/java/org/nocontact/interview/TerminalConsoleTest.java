package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The terminal console over a JLine terminal of streams (never the test JVM's own input): what is
 * typed is the answer, Ctrl-D ends, Ctrl-C pressed between two questions reaches the next one, and
 * text is fitted to the terminal's width once it is open (to the launcher's before).
 */
class TerminalConsoleTest {
    final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    final ByteArrayOutputStream direct = new ByteArrayOutputStream();
    TerminalConsole console;

    Terminal terminal(String typed, int columns) throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(false).type("dumb").encoding(StandardCharsets.UTF_8)
                .streams(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen).build();
        terminal.setSize(new Size(columns, 24));
        return terminal;
    }

    /** The terminal, whose close is left undone, so that its settings can still be read after the console closed it. */
    static Terminal stayingOpen(Terminal terminal) {
        return (Terminal) java.lang.reflect.Proxy.newProxyInstance(Terminal.class.getClassLoader(),
                new Class<?>[] {Terminal.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(terminal, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    TerminalConsole console(Terminal terminal, Optional<Integer> launcherColumns) {
        console = new TerminalConsole(new PrintStream(direct, true, StandardCharsets.UTF_8), launcherColumns, () -> terminal);
        return console;
    }

    String screen() {
        return screen.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    @AfterEach
    void close() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void typedTextIsReadAsUtf8WhereTheLocaleSaysAsciiAndInTheLocalesEncodingElsewhere() {
        assertThat(TerminalConsole.typedIn(java.nio.charset.Charset.forName("ANSI_X3.4-1968")))
                .as("LANG=C").isEqualTo(StandardCharsets.UTF_8);
        assertThat(TerminalConsole.typedIn(StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TerminalConsole.typedIn(StandardCharsets.ISO_8859_1)).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void eachLineTypedIsTheAnswerToThePromptShown() throws IOException {
        TerminalConsole c = console(terminal("they did\n2 months ago\n", 80), Optional.empty());
        assertThat(c.readLine("Who ended it? > ")).hasValue("they did");
        assertThat(c.readLine("When did it end? > ")).hasValue("2 months ago");
        assertThat(screen()).contains("Who ended it? > ", "When did it end? > ");
    }

    @Test
    void aOneLinePasteKeepsItsLineBreakAndATypedLineHasNone() throws IOException {
        String typed = "\033[200~hey hope youre doing ok\033[201~\rtyped\r";
        Terminal xterm = TerminalBuilder.builder().system(false).type("xterm").encoding(StandardCharsets.UTF_8)
                .streams(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen).build();
        TerminalConsole c = console(xterm, Optional.empty());
        assertThat(c.readLine("> ")).hasValue("hey hope youre doing ok\n");
        assertThat(c.readLine("> ")).hasValue("typed");
    }

    @Test
    void ctrlDAtAPromptIsTheEndOfTheAnswers() throws IOException {
        TerminalConsole c = console(terminal("", 80), Optional.empty());
        assertThat(c.readLine("Who ended it? > ")).isEmpty();
    }

    @Test
    void ctrlCPressedBetweenTwoQuestionsStopsTheNextOneOnceOnly() throws IOException {
        Terminal terminal = terminal("1\n2\n", 80);
        TerminalConsole c = console(terminal, Optional.empty());
        assertThat(c.readLine("First? > ")).hasValue("1");
        terminal.raise(Terminal.Signal.INT);
        assertThatThrownBy(() -> c.readLine("Second? > ")).isInstanceOf(Console.Interrupted.class);
        assertThat(c.readLine("Second? > ")).as("the key is not kept once it was heard").hasValue("2");
    }

    @Test
    void ctrlCPressedWhileALineIsBeingReadIsNotLostWhenTheLineIsAlreadyComplete() throws IOException {
        // JLine answers Ctrl-C during a question by interrupting the reading thread. A line typed just
        // before the key is already complete, so readLine returns it: the interrupt must still count.
        TerminalConsole c = console(terminal("no\n2\n", 80), Optional.empty());
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> c.readLine("First? > ")).isInstanceOf(Console.Interrupted.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(c.readLine("Second? > ")).as("the key is heard once").isPresent();
    }

    @Test
    void textIsFittedToTheOpenTerminalsWidth() throws IOException {
        TerminalConsole c = console(terminal("yes\n", 30), Optional.of(60));
        assertThat(c.readLine("Ready? > ")).hasValue("yes");
        assertThat(c.width()).isEqualTo(30);
        c.say("Wanting them back, moving on and staying friends lead to different advice.");
        assertThat(screen().lines()).contains("Wanting them back, moving on", "and staying friends lead to");
        assertThat(screen().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(30));
        assertThat(direct.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** Ctrl-C's "stopped" and help lines are fitted after the console closed: to the screen the questions had. */
    @Test
    void afterClosingTheWidthIsTheTerminalsAsItClosed() throws IOException {
        TerminalConsole c = console(terminal("yes\n", 40), Optional.of(80));
        assertThat(c.readLine("Ready? > ")).hasValue("yes");
        c.close();
        console = null;
        assertThat(c.width()).isEqualTo(40);
    }

    @Test
    void aLongQuestionIsSaidAboveAShortPromptLine() throws IOException {
        TerminalConsole c = console(terminal("1\n2\n", 30), Optional.of(60));
        assertThat(c.readLine("Ready? > ")).hasValue("1");
        assertThat(c.readLine("What are you thinking of doing, now that it has ended? > ")).hasValue("2");
        assertThat(screen()).contains("What are you thinking of\ndoing, now that it has ended?\n> ");
        assertThat(screen().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(30));
    }

    @Test
    void beforeTheTerminalIsOpenTextGoesStraightOutAtTheLaunchersWidth() throws Exception {
        CountDownLatch opened = new CountDownLatch(1);
        Terminal terminal = terminal("yes\n", 30);
        // buffered and never flushed by the test: what is said must be flushed by the console itself
        PrintStream buffered = new PrintStream(new BufferedOutputStream(direct), false, StandardCharsets.UTF_8);
        console = new TerminalConsole(buffered, Optional.of(25), () -> {
            try {
                opened.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return terminal;
        });
        assertThat(console.width()).isEqualTo(25);
        console.say("Thank you. Now, about the breakup and what you want.");
        assertThat(direct.toString(StandardCharsets.UTF_8).replace("\r", "").lines())
                .containsExactly("Thank you. Now, about the", "breakup and what you", "want.")
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(25));
        assertThat(screen()).doesNotContain("Thank you");
        opened.countDown();
        assertThat(console.readLine("Ready? > ")).hasValue("yes");
    }

    @Test
    void closingGivesTheTerminalBackItsSettings() throws IOException {
        Terminal terminal = stayingOpen(terminal("yes\n", 80)); // JLine 4 reads nothing of a closed terminal
        Attributes cooked = terminal.getAttributes();
        cooked.setLocalFlag(Attributes.LocalFlag.ICANON, true);
        cooked.setLocalFlag(Attributes.LocalFlag.ECHO, true);
        terminal.setAttributes(cooked);
        TerminalConsole c = console(terminal, Optional.empty());
        assertThat(c.readLine("Ready? > ")).hasValue("yes");
        assertThat(terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ICANON)).as("raw while it runs").isFalse();
        c.close();
        console = null;
        assertThat(terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ICANON)).isTrue();
        assertThat(terminal.getAttributes().getLocalFlag(Attributes.LocalFlag.ECHO)).isTrue();
    }
}
