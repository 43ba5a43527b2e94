package org.nocontact.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Country;
import org.nocontact.advice.Help;
import org.nocontact.advice.HelpLines;
import org.nocontact.advice.Projection;
import org.nocontact.advice.Recommendation;
import org.nocontact.interview.Console;
import org.nocontact.interview.Interview;
import org.nocontact.interview.Key;
import org.nocontact.interview.PipedConsole;
import org.nocontact.interview.Remembered;
import org.nocontact.interview.Screen;
import org.nocontact.interview.TerminalConsole;
import org.nocontact.files.AtomicFiles;
import org.nocontact.json.InputException;
import org.nocontact.text.Texts;
import org.nocontact.situation.Situation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ask",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
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
        exitCodeListHeading = ExitCodes.HEADING,
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

    /** The last file the answers were saved to in this session (read by the Ctrl-C hook, on another thread). */
    private final java.util.concurrent.atomic.AtomicReference<Optional<Path>> savedTo =
            new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());

    /** Where --save writes, once checked; empty without --save (or when the person chose not to replace a file). */
    private Optional<Path> save = Optional.empty();

    /** Whether the --save file may replace one that exists: --force, or the person said so. */
    private boolean replaceSaved;

    /** A save failed and none succeeded since: the run must not end with 0 as if all went well. */
    private Optional<Path> failedSave = Optional.empty();

    @Option(names = "--from", paramLabel = "FILE",
            description = "Start from a saved situation: each question offers the saved answer, and Enter keeps it. "
                    + "Today is the real today unless --today is given.")
    Optional<String> from = Optional.empty();

    @Option(names = "--replay", paramLabel = "FILE",
            description = "Answer every question from the situation FILE instead of the keyboard (for tests and rule "
                    + "authors): each question asked is named on standard error as 'asked: FIELD'; today is FILE's.")
    Optional<String> replay = Optional.empty();

    @Option(names = "--today", paramLabel = "DATE",
            description = "Answer as if today were DATE (YYYY-MM-DD), for planning ahead; default: today.")
    Optional<String> todayOption = Optional.empty();

    @Mixin
    ColorOption color;

    @Mixin
    CountryOption country;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    DataOption data;

    @Override
    public Integer call() throws IOException {
        if (replay.isPresent() && (todayOption.isPresent() || from.isPresent())) {
            throw InputException.whole(todayOption.isPresent() ? "--today" : "--from",
                    "--replay takes every answer and today from its file; leave out --today and --from.");
        }
        save = saveOption.map(this::checkedSavePath);
        replaceSaved = force;
        Advisor advisor = ruleOptions.advisor();
        Optional<Country> where = country.country();
        if (replay.isPresent()) {
            return replay(advisor, SituationFiles.read(replay.get(), LocalDate.now()), where);
        }
        LocalDate today = today();
        PrintWriter err = spec.commandLine().getErr();
        AtomicBoolean finished = new AtomicBoolean(false);
        java.util.concurrent.atomic.AtomicReference<Console> opened = new java.util.concurrent.atomic.AtomicReference<>(Console.SILENT);
        java.util.concurrent.atomic.AtomicReference<Optional<Interview>> talking =
                new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());
        Thread onCtrlC = new Thread(() -> {
            if (!finished.get()) {
                System.err.println();
                System.err.println(fitted(stopped(), opened.get()));
                if (talking.get().map(Interview::atASafetyQuestion).orElse(false)) {
                    System.err.println(fitted(helpAfterLeaving(where), opened.get()));
                }
            }
        });
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        KeepHook tracker = new KeepHook(data.folder());
        Remembered start = from.isPresent() ? Remembered.from(SituationFiles.read(from.get(), today)) : Remembered.none();
        try (Console console = openConsole(err)) {
            opened.set(console);
            if (from.isEmpty()) {
                start = tracker.remembered(today, console);
            }
            save = save.flatMap(path -> replacing(path, console));
            Interview interview = new Interview(advisor, today, console);
            talking.set(Optional.of(interview));
            Interview.Ending ending = interview.talk(start);
            Optional<Interview.Outcome> outcome = ending.outcome();
            boolean verdictGiven = false;
            while (outcome.isPresent()) {
                verdictGiven = true;
                Recommendation recommendation = verdict(advisor, outcome.get(), where);
                tracker.afterVerdict(console, outcome.get(), today);
                TextRenderer renderer = color.renderer();
                if (save.isPresent() && !keep(save.get(), outcome.get(), console, replaceSaved)) {
                    save = Optional.empty();
                }
                Optional<Help> help = HelpLines.builtIn().forRecommendation(recommendation, where);
                Next next = ending(console, renderer, recommendation, help, interview, outcome.get(), advisor);
                if (next.equals(Next.FINISH)) {
                    finished.set(true);
                    return notSavedOr(ExitCodes.OK, err, console);
                }
                ending = next.startOver() ? startOver(console, interview)
                        : interview.change(outcome.get(), next.questionToChange().orElseThrow());
                outcome = ending.outcome();
            }
            finished.set(true);
            if (ending.leftAtSafety()) {
                console.say(helpAfterLeaving(where));
            }
            if (verdictGiven) {
                err.println(fitted("nocontact: you left before the end; the verdict above is for your answers before that.",
                        console));
                return notSavedOr(ExitCodes.OK, err, console);
            }
            err.println(fitted("nocontact: you left before the end. Nothing was saved; you can start again any time.",
                    console));
            return ExitCodes.LEFT_EARLY;
        } catch (Console.Interrupted e) {
            finished.set(true);
            err.println();
            err.println(fitted(stopped(), opened.get()));
            if (e.atSafetyQuestion()) {
                // Ctrl-C before every safety question had a clear no: the same help line as Ctrl-D.
                err.println(fitted(helpAfterLeaving(where), opened.get()));
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

    /** For someone who left before saying they are safe: the emergency line and the crisis line, in brief. */
    private static String helpAfterLeaving(Optional<Country> where) {
        return HelpLines.builtIn().emergencyAndCrisis(where).reminder() + ".";
    }

    /** A new conversation after the menu, set apart from it by a blank line. */
    private static Interview.Ending startOver(Console console, Interview interview) {
        console.say("");
        return interview.talk(Remembered.none());
    }

    /** The interview answered from a file: questions named on standard error, the verdict on standard output. */
    private int replay(Advisor advisor, Situation file, Optional<Country> where) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Interview.Outcome outcome = Interview.replaying(advisor, file, err).talk(Remembered.none()).outcome().orElseThrow();
        verdict(advisor, outcome, where);
        if (save.isPresent()) {
            Console quiet = new PipedConsole(InputStream.nullInputStream(), err);
            keep(save.get(), outcome, quiet, force);
            return notSavedOr(ExitCodes.OK, err, quiet);
        }
        return ExitCodes.OK;
    }

    /** The exit status of a run that gave its verdict: a save that failed (and was not made good) is not a success. */
    private int notSavedOr(int code, PrintWriter err, Console console) {
        if (failedSave.isEmpty()) {
            return code;
        }
        err.println(fitted("nocontact: your answers were not saved to " + SaveTarget.shown(failedSave.get())
                + "; the verdict above still holds.", console));
        return ExitCodes.NOT_WRITTEN;
    }

    private Recommendation verdict(Advisor advisor, Interview.Outcome outcome, Optional<Country> where) {
        Recommendation recommendation = Printable.of(advisor.advise(outcome.situation()));
        PrintWriter out = spec.commandLine().getOut();
        out.println();
        out.print(color.renderer().render(recommendation, HelpLines.builtIn().forRecommendation(recommendation, where)));
        out.flush();
        return recommendation;
    }

    /** The dates --today may be: every date the interview works out from it stays a four-digit year. */
    static final LocalDate EARLIEST_TODAY = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_TODAY = LocalDate.of(2999, 12, 31);

    private LocalDate today() {
        if (todayOption.isEmpty()) {
            return LocalDate.now();
        }
        String typed = todayOption.get().trim();
        LocalDate date;
        try {
            date = LocalDate.parse(typed);
        } catch (java.time.format.DateTimeParseException e) {
            throw InputException.whole("--today", "\"" + Texts.printable(typed)
                    + "\" is not a date; write it as YYYY-MM-DD, such as 2027-02-14.");
        }
        if (date.isBefore(EARLIEST_TODAY) || date.isAfter(LATEST_TODAY)) {
            throw InputException.whole("--today", Texts.printable(typed) + " is too far from now to plan with; give a date from "
                    + EARLIEST_TODAY + " to " + LATEST_TODAY + ".");
        }
        return date;
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

    /** On a terminal, asks before replacing an existing --save file. */
    private Optional<Path> replacing(Path path, Console console) {
        if (force || !Files.exists(path)) {
            return Optional.of(path);
        }
        Optional<String> answer = console.readLine(SaveTarget.shown(path) + " exists already. Replace it with this "
                + "conversation? (yes or no) [no] > ");
        if (answer.map(a -> a.trim().toLowerCase(Locale.ROOT)).filter(a -> a.equals("y") || a.equals("yes")).isPresent()) {
            replaceSaved = true;
            return Optional.of(path);
        }
        console.say("I'll leave it as it is. You can save under another name at the end.");
        return Optional.empty();
    }

    private static boolean stdinIsTerminal() {
        String fromLauncher = System.getProperty("nocontact.stdin.tty");
        return fromLauncher != null ? fromLauncher.equals("1") : System.console() != null;
    }

    static Console openConsole(PrintWriter err) {
        return stdinIsTerminal() ? new TerminalConsole(System.out) : new PipedConsole(StandardStreams.in(), err);
    }

    /** What the person chose at "More?": to finish, to change the answer to one question, or to start over. */
    private record Next(Optional<Key<?>> questionToChange, boolean startOver) {
        static final Next FINISH = new Next(Optional.empty(), false);
    }

    /** After the verdict: how it was decided, what would change it, changing an answer, starting over, saving. */
    private Next ending(Console console, TextRenderer renderer, Recommendation r, Optional<Help> help,
                        Interview interview, Interview.Outcome outcome, Advisor advisor) {
        PrintWriter out = spec.commandLine().getOut();
        // The verdict in one line, just above the menu: a long verdict has scrolled its headline away,
        // and under SEEK_SUPPORT the help lines with it, so they come back in brief.
        String verdict = "\n" + r.verdict().headline() + ". " + r.summary() + "\n"
                + help.map(renderer::helpReminder).orElse("");
        boolean offerSave = save.isEmpty() && !outcome.safetyStop();
        String menu = "\nMore? Type how, what if, ahead, change" + (offerSave ? ", start over or save" : " or start over")
                + ". Press Enter to finish.\n> ";
        boolean showVerdict = true;
        while (true) {
            Optional<String> line = console.readLine((showVerdict ? verdict : "") + menu);
            showVerdict = true;
            String choice = line.map(s -> s.trim().toLowerCase(Locale.ROOT)).orElse("");
            switch (choice) {
                case "", "done", "quit", "exit", "q", "no" -> {
                    return Next.FINISH;
                }
                case "how" -> out.print(renderer.how(r));
                case "what if", "whatif", "what-if" -> out.print(renderer.whatIf(r));
                case "ahead", "days ahead", "the days ahead" -> out.print(color.aheadText()
                        .render(advisor.project(outcome.situation()).ahead(Projection.DEFAULT_AHEAD)));
                case "change", "change an answer", "back" -> {
                    Optional<Key<?>> question = interview.chooseAnswerToChange(outcome);
                    if (question.isPresent()) {
                        return new Next(question, false);
                    }
                }
                case "start over", "start again", "restart", "over" -> {
                    return new Next(Optional.empty(), true);
                }
                case "save" -> offerToSave(console, outcome);
                default -> {
                    console.say("You can type how (why this verdict), what if (what would change it), "
                            + "ahead (what the next " + Projection.DEFAULT_AHEAD + " days hold), "
                            + "change (to change an answer), start over" + (offerSave ? ", save (to keep your answers)" : "")
                            + ", or press Enter to finish.");
                    showVerdict = false;
                }
            }
            out.flush();
        }
    }

    /** Asks for a file name until the answers are saved, or the person types cancel (or Ctrl-D). */
    private void offerToSave(Console console, Interview.Outcome outcome) {
        if (outcome.safetyStop()) {
            console.say(NOT_SAVED_FOR_SAFETY);
            return;
        }
        String fallback = "my-situation.json";
        String prompt = "Save to which file? (Enter for " + fallback + ", or cancel)\n> ";
        while (true) {
            Optional<String> answer = console.readLine(prompt);
            String typed = answer.map(String::trim).orElse("cancel");
            if (typed.equalsIgnoreCase("cancel")) {
                console.say("Not saved.");
                return;
            }
            Path path = SaveTarget.resolve(typed.isEmpty() ? fallback : typed);
            Optional<String> problem = SaveTarget.problem(path);
            if (problem.isPresent()) {
                console.say("I can't save there: " + problem.get() + " Type another file name, or cancel.");
                continue;
            }
            boolean exists = Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (exists) {
                Optional<String> replace = console.readLine(SaveTarget.shown(path) + " exists already. Replace it? "
                        + "(yes or no) [no] > ");
                if (replace.isEmpty() || !replace.get().trim().toLowerCase(Locale.ROOT).startsWith("y")) {
                    console.say("I'll leave it as it is. Type another file name, or cancel.");
                    continue;
                }
            }
            if (keep(path, outcome, console, exists)) {
                return;
            }
            console.say("Type another file name, or cancel.");
        }
    }

    /** A message said outside the conversation, fitted to the same width as the questions. */
    private static String fitted(String message, Console console) {
        int width;
        try {
            width = console.width();
        } catch (RuntimeException e) {
            width = Screen.DEFAULT_WIDTH; // a terminal already going away
        }
        return Screen.fit(message, width);
    }

    /** What Ctrl-C leaves behind: nothing, or the answers saved before it. */
    private String stopped() {
        return savedTo.get().map(path -> "nocontact: stopped. Your answers saved before are in " + SaveTarget.shown(path) + ".")
                .orElse("nocontact: stopped. Nothing was saved.");
    }

    static final String NOT_SAVED_FOR_SAFETY =
            "Nothing was saved: we stopped early for your safety, so there is nothing more to keep.";

    /**
     * Saves what was said, atomically and readable by the owner only; after a safety stop says kindly
     * why nothing is kept. A failed write is told, never thrown, and remembered for the exit status.
     * @param replace whether a file that exists at the last moment may be replaced; if not, it is left alone
     * @return false when the file could not be written
     */
    private boolean keep(Path path, Interview.Outcome outcome, Console console, boolean replace) {
        Optional<String> file = outcome.file();
        if (file.isEmpty()) {
            console.say(NOT_SAVED_FOR_SAFETY);
            return true;
        }
        try {
            AtomicFiles.write(path, file.get(), replace ? AtomicFiles.Replace.ALLOWED : AtomicFiles.Replace.NEVER);
        } catch (IOException e) {
            console.say("I couldn't save to " + SaveTarget.shown(path) + SaveTarget.reason(e).map(r -> " (" + r + ")").orElse("") + ".");
            failedSave = Optional.of(path);
            return false;
        }
        savedTo.set(Optional.of(path));
        failedSave = Optional.empty();
        console.say("Saved to " + SaveTarget.shown(path) + " (only you can read it).");
        console.say("'nocontact check " + SaveTarget.shown(path) + "' gives this verdict again.");
        return true;
    }
}
