package org.nocontact.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Country;
import org.nocontact.advice.Help;
import org.nocontact.advice.Projection;
import org.nocontact.advice.Recommendation;
import org.nocontact.interview.AfterVerdict;
import org.nocontact.interview.Console;
import org.nocontact.interview.Conversation;
import org.nocontact.interview.Interview;
import org.nocontact.interview.Key;
import org.nocontact.interview.PipedConsole;
import org.nocontact.interview.Remembered;
import org.nocontact.interview.LineWrapping;
import org.nocontact.interview.SaveDialogue;
import org.nocontact.interview.SaveTarget;
import org.nocontact.interview.TerminalConsole;
import org.nocontact.interview.TheyDied;
import org.nocontact.json.InputException;
import org.nocontact.text.Texts;
import org.nocontact.situation.Situation;
import org.nocontact.terminal.Screen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ask",
        header = "Talk it through: a few questions, then the verdict.",
        description = {
                "",
                "Asks about your situation one question at a time (safety first, then only what could change "
                        + "the advice), then gives the same verdict and reasons as 'nocontact check'. Type ? at any "
                        + "question to hear why it is asked, back to change your last answer (the answers after it "
                        + "come back as defaults), Ctrl-D to leave. After the verdict you can change one answer or "
                        + "start over.",
                "",
                "When standard input is not a terminal, it reads one answer per line and writes the questions "
                        + "to standard error, so scripts can drive it.",
                ""},
        exitCodeList = {ExitCodes.VERDICT_GIVEN, ExitCodes.LEFT, ExitCodes.WRONG_INPUT, ExitCodes.FAULT, ExitCodes.CTRL_C})
final class AskCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--save", paramLabel = "FILE",
            description = "Save your answers to FILE (readable by you only) without asking; 'nocontact check FILE' gives "
                    + "the same verdict. Checked before the first question. An existing FILE is replaced only if you say "
                    + "so (on a terminal) or with --force.")
    Optional<String> saveOption = Optional.empty();

    @Option(names = "--force", description = "With --save: replace FILE if it exists, without asking.")
    boolean force;

    @Option(names = "--from", paramLabel = "FILE",
            description = "Start from a saved situation: each question offers the saved answer, and Enter keeps it. "
                    + "Today is the real today unless --today is given.")
    Optional<String> from = Optional.empty();

    @Option(names = "--replay", paramLabel = "FILE",
            description = "Answer every question from the situation FILE instead of the keyboard (for tests and rule "
                    + "authors): each question asked is named on standard error as 'asked: FIELD'; today is FILE's.")
    Optional<String> replay = Optional.empty();

    @Option(names = "--today", paramLabel = "DATE",
            description = "Answer as if today were DATE (such as 2027-02-14, tomorrow or next friday), for planning ahead; "
                    + "default: today.")
    Optional<String> todayOption = Optional.empty();

    /** Said by the launcher (and Java's first hook) after a Ctrl-C that came before the interview could answer it. */
    static final String STOPPED_BEFORE_START = "--stopped-before-start";

    @Option(names = STOPPED_BEFORE_START, hidden = true)
    boolean stoppedBeforeStart;

    @Mixin
    final AdviceOptions adviceOptions = new AdviceOptions();

    @Mixin
    DataOption data;

    @Override
    public Integer call() throws IOException {
        if (stoppedBeforeStart) {
            PrintWriter err = spec.commandLine().getErr();
            err.println();
            err.println(LineWrapping.fit(stopped(Optional.empty()), Screen.errorWidth()));
            err.println(LineWrapping.fit(helpAfterLeaving(adviceOptions.country.country()), Screen.errorWidth()));
            return ExitCodes.INTERRUPTED;
        }
        if (replay.isPresent() && (todayOption.isPresent() || from.isPresent())) {
            throw InputException.whole(todayOption.isPresent() ? "--today" : "--from",
                    "--replay takes every answer and today from its file; leave out --today and --from.");
        }
        Optional<Path> save = saveOption.map(this::checkedSavePath);
        AdviceOptions.Advice advice = adviceOptions.setUp();
        Advisor advisor = advice.advisor();
        Optional<Country> where = advice.where();
        if (replay.isPresent()) {
            return replay(advisor, SituationFiles.read(replay.get(), LocalDate.now()), where, save);
        }
        LocalDate today = today();
        // Read before the Ctrl-C hook is set: a file refused leaves one message, not a "stopped" line after it.
        Remembered start = from.isPresent() ? Remembered.from(SituationFiles.readOn(from.get(), today)) : Remembered.none();
        PrintWriter err = spec.commandLine().getErr();
        AtomicBoolean finished = new AtomicBoolean(false);
        AtomicReference<Console> opened = new AtomicReference<>(Console.SILENT);
        AtomicReference<Optional<Interview>> talking = new AtomicReference<>(Optional.empty());
        AtomicReference<Optional<SaveDialogue>> saves = new AtomicReference<>(Optional.empty());
        Thread onCtrlC = new Thread(() -> {
            if (!finished.get() && EarlyCtrlC.handOver()) {
                System.err.println();
                System.err.println(fitted(stopped(saves.get()), opened.get()));
                // Before the interview began, no safety question has had its answer either.
                if (talking.get().map(Interview::atASafetyQuestion).orElse(true)) {
                    System.err.println(fitted(LeavingHelp.line(where, LeavingHelp.concernLeft(talking.get())), opened.get()));
                }
            }
        });
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        EarlyCtrlC.handOver();
        KeepHook tracker = new KeepHook(data.folder());
        try (Console console = openConsole(err)) {
            opened.set(console);
            if (from.isEmpty()) {
                start = tracker.remembered(today, console);
            }
            SaveDialogue saving = new SaveDialogue(console, save, force);
            saves.set(Optional.of(saving));
            saving.confirmReplacing();
            Interview interview = new Interview(advisor, today, console).helpFrom(where);
            saving.completing(interview);
            talking.set(Optional.of(interview));
            Conversation.Result result = new Conversation(interview, console, saving,
                    new AfterVerdict(console, spec.commandLine().getOut(), saving))
                    .run(start, outcome -> {
                        Recommendation recommendation = verdict(advisor, outcome, where, widthNow(console));
                        tracker.afterVerdict(console, outcome, today, interview::forAFile);
                        return views(recommendation, advisor, outcome, where, console);
                    });
            finished.set(true);
            if (result.leftAtSafety()) {
                console.say(LeavingHelp.line(where, both(result.toldBefore(), interview.concernLeft())));
            }
            return switch (result.end()) {
                case FINISHED -> notSavedOr(ExitCodes.OK, err, saving, console);
                case LEFT_AFTER_A_VERDICT -> {
                    err.println(fitted("Goodbye for now. The verdict above is for your answers "
                            + "before the change.", console));
                    yield notSavedOr(ExitCodes.OK, err, saving, console);
                }
                case THEY_DIED -> {
                    PrintWriter out = spec.commandLine().getOut();
                    out.println();
                    out.print(fitted(TheyDied.screen(where), console));
                    out.flush();
                    yield ExitCodes.OK;
                }
                case LEFT_BEFORE_A_VERDICT -> {
                    err.println(fitted(saving.savedTo().map(path -> "Goodbye for now. Your answers "
                            + "saved before are in " + SaveTarget.shown(path) + ".")
                            .orElse("Goodbye for now. Nothing was saved; you can start again "
                            + "any time."), console));
                    yield ExitCodes.LEFT_EARLY;
                }
            };
        } catch (Console.Interrupted e) {
            finished.set(true);
            err.println();
            err.println(fitted(stopped(saves.get()), opened.get()));
            if (e.atSafetyQuestion()) {
                // Ctrl-C before every safety question had a clear no: the help that fits the question, as Ctrl-D gives.
                err.println(fitted(LeavingHelp.line(where, LeavingHelp.concernLeft(talking.get())), opened.get()));
            }
            return ExitCodes.INTERRUPTED;
        } finally {
            finished.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    /** What "More?" can show about this verdict, in this command's colours. */
    private AfterVerdict.Views views(Recommendation r, Advisor advisor, Interview.Outcome outcome,
                                     Optional<Country> where, Console console) {
        Optional<Help> help = JustInCase.help(outcome, r, where);
        String brief = "\n" + r.verdict().headline() + ". " + r.summary() + "\n"
                + help.map(adviceOptions.renderer(widthNow(console))::helpReminder).orElse("");
        // Each shown when asked for, at the width of the terminal then.
        return new AfterVerdict.Views(brief, () -> adviceOptions.renderer(widthNow(console))
                .withThePlanAsTheDraft(planIsTheDraft(outcome)).how(r),
                () -> adviceOptions.renderer(widthNow(console)).whatIf(r, given(outcome)),
                () -> adviceOptions.aheadText(widthNow(console))
                        .render(advisor.project(outcome.situation()).ahead(Projection.DEFAULT_AHEAD)));
    }

    /**
     * Whether the words kept as the draft are the plan, said as if to them ("see her at the gym": "i'll see
     * you at the gym"), rather than a draft they wrote: the draft question was never asked.
     */
    private static boolean planIsTheDraft(Interview.Outcome outcome) {
        return outcome.situation().plan().message().isPresent() && !outcome.asked().contains(Key.MESSAGE);
    }

    /** The answers "what if" leaves out on purpose that this person gave (a question never asked is none of them). */
    private static Set<TextRenderer.LeftOut> given(Interview.Outcome outcome) {
        Set<TextRenderer.LeftOut> given = EnumSet.noneOf(TextRenderer.LeftOut.class);
        Map.of(Key.BOUNDARIES, TextRenderer.LeftOut.BOUNDARIES, Key.INITIATED_BY, TextRenderer.LeftOut.WHO_ENDED_IT,
                Key.UNANSWERED_MESSAGES, TextRenderer.LeftOut.MESSAGES_SENT).forEach((key, left) -> {
                    if (outcome.asked().contains(key)) {
                        given.add(left);
                    }
                });
        return given;
    }

    /**
     * How wide the verdict may be as it is printed: the terminal's columns now when standard output
     * is the terminal the interview runs in (it may have been narrowed since the start), else as
     * {@link Screen} decides.
     */
    private static int widthNow(Console console) {
        return Screen.stdoutIsTerminal() ? console.width() : Screen.width();
    }

    /** What Ctrl-C leaves behind: nothing, or the answers saved before it. */
    private static String stopped(Optional<SaveDialogue> saving) {
        return saving.map(SaveDialogue::stopped).orElse("nocontact: stopped. Nothing was saved.");
    }

    /** For someone who left before saying they are safe: the emergency line and the crisis line, in brief. */
    private static String helpAfterLeaving(Optional<Country> where) {
        return LeavingHelp.line(where, LeavingHelp.BEFORE_ANY_QUESTION);
    }

    /**
     * After starting over, what they told before (a domestic-abuse line after "sometimes when he's drunk") still
     * holds, with the concern of the question left.
     */
    private static Situation.Safety both(Situation.Safety toldBefore, Situation.Safety left) {
        return new Situation.Safety(toldBefore.unsafe() || left.unsafe(), toldBefore.threatened() || left.threatened(),
                toldBefore.selfHarm() || left.selfHarm(), toldBefore.urgeToMonitor() || left.urgeToMonitor(),
                toldBefore.protectionOrder() || left.protectionOrder());
    }

    /** The interview answered from a file: questions named on standard error, the verdict on standard output. */
    private int replay(Advisor advisor, Situation file, Optional<Country> where, Optional<Path> save) {
        PrintWriter err = spec.commandLine().getErr();
        Interview replaying = Interview.replaying(advisor, file, err);
        Interview.Outcome outcome = replaying.talk(Remembered.none()).outcome().orElseThrow();
        verdict(advisor, outcome, where, Screen.width());
        if (save.isPresent()) {
            Console quiet = new PipedConsole(InputStream.nullInputStream(), err);
            SaveDialogue saving = new SaveDialogue(quiet, save, force).completing(replaying);
            saving.afterVerdict(outcome);
            return notSavedOr(ExitCodes.OK, err, saving, quiet);
        }
        return ExitCodes.OK;
    }

    /** The exit status of a run that gave its verdict: a save that failed (and was not made good) is not a success. */
    private static int notSavedOr(int code, PrintWriter err, SaveDialogue saving, Console console) {
        Optional<String> notSaved = saving.notSaved();
        notSaved.ifPresent(message -> err.println(fitted(message, console)));
        return notSaved.isPresent() ? ExitCodes.NOT_WRITTEN : code;
    }

    private Recommendation verdict(Advisor advisor, Interview.Outcome outcome, Optional<Country> where, int width) {
        Recommendation recommendation = Printable.of(advisor.advise(outcome.situation()));
        PrintWriter out = spec.commandLine().getOut();
        out.println();
        out.print(adviceOptions.renderer(width).withThePlanAsTheDraft(planIsTheDraft(outcome)).render(recommendation,
                JustInCase.help(outcome, recommendation, where), JustInCase.line(outcome)));
        out.flush();
        return recommendation;
    }

    private LocalDate today() {
        LocalDate now = LocalDate.now();
        return todayOption.map(typed -> TodayOption.read(typed, now)).orElse(now);
    }

    /**
     * The --save file, checked before the first question: it must be writable, and a file that exists
     * already is replaced only with --force, or (on a terminal) when the person says so.
     */
    private Path checkedSavePath(String typed) {
        Path path = SaveTarget.resolve(typed);
        SaveTarget.problem(path).ifPresent(problem -> {
            throw InputException.whole("--save " + typed, problem + " Choose another place.");
        });
        if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !force && !stdinIsTerminal()) {
            throw InputException.whole("--save " + typed, "this file exists already; add --force to replace it, "
                    + "or choose another name.");
        }
        return path;
    }

    private static boolean stdinIsTerminal() {
        String fromLauncher = System.getProperty("nocontact.stdin.tty");
        return fromLauncher != null ? fromLauncher.equals("1") : System.console() != null;
    }

    static Console openConsole(PrintWriter err) {
        return stdinIsTerminal() ? new TerminalConsole(System.out) : new PipedConsole(StandardStreams.in(), err);
    }

    /** A message said outside the conversation, fitted to the same width as the questions. */
    private static String fitted(String message, Console console) {
        int width;
        try {
            width = console.width();
        } catch (RuntimeException e) {
            width = Screen.errorWidth(); // a terminal already going away: the width the launcher saw on stderr
        }
        return LineWrapping.fit(message, width);
    }
}
