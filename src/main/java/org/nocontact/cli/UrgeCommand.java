package org.nocontact.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.interview.Console;
import org.nocontact.interview.Interview;
import org.nocontact.interview.Key;
import org.nocontact.interview.LineWrapping;
import org.nocontact.interview.NumberReading;
import org.nocontact.interview.TheyDied;
import org.nocontact.json.InputException;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Action;
import org.nocontact.situation.Situation;
import org.nocontact.terminal.Screen;
import org.nocontact.tracker.Entry;
import org.nocontact.tracker.Kept;
import org.nocontact.tracker.KeptPlan;
import org.nocontact.tracker.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "urge",
        header = "For the moment you are about to text them.",
        description = {"", "Asks the safety questions (they are never skipped), then what the message is about, and "
                + "the message itself if you have written it; on a day when how you feel decides the advice (the day "
                + "your period is complete, say), how you feel too, unless your kept answers say it. Everything else "
                + "comes from the answers you kept. Then today's advice with its reasons, what to do instead, and an "
                + "offer to put the message in your private journal instead of sending it. The urge is logged (when, "
                + "how strong, what set it off).", "",
                "With no kept answers, it runs 'nocontact ask' first; at its end you can keep them, and then it goes on "
                + "to the journal, how strong the urge is and what set it off.", ""},
        exitCodeList = {ExitCodes.VERDICT_GIVEN, ExitCodes.LEFT, ExitCodes.WRONG_INPUT, ExitCodes.FAULT,
                ExitCodes.CTRL_C})
final class UrgeCommand implements Callable<Integer> {
    @Mixin
    TrackerOptions tracker;

    @Mixin
    AdviceOptions adviceOptions;

    @Option(names = "--strength", paramLabel = "N", description = "How strong the urge is, 1 to 10 (else asked; optional).")
    Optional<Integer> strength = Optional.empty();

    @Option(names = "--trigger", paramLabel = "TEXT", description = "What set it off (else asked; optional).")
    Optional<String> trigger = Optional.empty();

    /** Said by the launcher (and Java's first hook) after a Ctrl-C that came before urge could answer it. */
    @Option(names = AskCommand.STOPPED_BEFORE_START, hidden = true)
    boolean stoppedBeforeStart;

    /** The conversation, once it began: which safety question is left, when the person leaves at one. */
    private Optional<Interview> talking = Optional.empty();

    /** What Ctrl-C leaves: the urge is not logged, and nothing else was kept. */
    private static final String STOPPED = "nocontact: stopped. Nothing was kept.";

    @Override
    public Integer call() {
        if (stoppedBeforeStart) { // no safety question has had its answer yet
            return stopped(tracker.err(), Optional.of(LeavingHelp.BEFORE_ANY_QUESTION), Screen.errorWidth());
        }
        if (strength.isPresent() && (strength.get() < 1 || strength.get() > 10)) {
            throw InputException.whole("--strength", strength.get() + " is out of range; give 1 to 10.");
        }
        LocalDate today = tracker.today();
        AdviceOptions.Advice advice = adviceOptions.setUp();
        Advisor advisor = advice.advisor();
        Optional<Kept> kept = tracker.readExisting();
        PrintWriter err = tracker.err();
        Optional<KeptPlan> plan = kept.flatMap(k -> KeptPlan.of(k, today));
        if (plan.isEmpty()) {
            TrackerOptions.say(err, "You have no kept answers yet, so let's go through your situation first (this is "
                    + "'nocontact ask'). At the end, say yes to keeping them, and next time this is quicker.");
            return runAsk();
        }
        Situation now = plan.get().on(today);
        Situation.Plan p = now.plan();
        now = now.withPlan(new Situation.Plan(Action.TEXT, p.purpose(), p.occasion(), p.inferOccasion(), Optional.empty()));
        try (Console console = AskCommand.openConsole(err)) {
            EarlyCtrlC.handOver(); // from here on, Ctrl-C is kept for the first question, which stops saying so
            console.say("Let's take a breath together: a few questions, then what the advice is today.");
            Interview interview = new Interview(advisor, today, console).helpFrom(advice.where());
            talking = Optional.of(interview);
            Interview.Ending ending = interview.quick(now, Set.of(Key.PURPOSE, Key.MESSAGE));
            Optional<Interview.Outcome> outcome = ending.outcome();
            if (ending.theyDied()) {
                log(Optional.empty(), Optional.empty(), Optional.empty());
                tracker.out().println();
                tracker.out().print(TheyDied.screen(advice.where()));
                return ExitCodes.OK;
            }
            if (outcome.isEmpty()) {
                if (ending.leftAtSafety()) {
                    console.say(LeavingHelp.line(advice.where(), interview.concernLeft()));
                }
                log(Optional.empty(), Optional.empty(), Optional.empty());
                TrackerOptions.say(err, "Goodbye for now. The urge is logged; nothing else was kept. "
                        + "You can come back any time.");
                return ExitCodes.LEFT_EARLY;
            }
            Recommendation r = verdict(advice, outcome.get());
            if (outcome.get().safetyStop()) {
                log(Optional.empty(), Optional.empty(), Optional.empty());
                return ExitCodes.OK;
            }
            Optional<Interview.Outcome> told = feelingsNow(console, interview, advisor, outcome.get(), r);
            if (told.isPresent()) {
                outcome = told;
                r = verdict(advice, told.get());
            }
            return afterTheAdvice(console, outcome.get().situation().plan().message(), r);
        } catch (Console.Interrupted e) {
            return stopped(err, e.atSafetyQuestion() ? Optional.of(LeavingHelp.concernLeft(talking)) : Optional.empty(),
                    Screen.errorWidth());
        }
    }

    /** Ctrl-C: stopped, nothing kept; at a safety question, the help that fits it as well. */
    private int stopped(PrintWriter err, Optional<Situation.Safety> concern, int width) {
        err.println();
        err.println(LineWrapping.fit(STOPPED, width));
        concern.ifPresent(c -> err.println(LineWrapping.fit(LeavingHelp.line(adviceOptions.country.country(), c), width)));
        err.flush();
        return ExitCodes.INTERRUPTED;
    }

    private Recommendation verdict(AdviceOptions.Advice advice, Interview.Outcome outcome) {
        Recommendation r = advice.advisor().advise(outcome.situation());
        tracker.out().println();
        tracker.out().print(adviceOptions.renderer().withSourcesNamedOnly().render(r,
                JustInCase.help(outcome, r, advice.where()), JustInCase.line(outcome)));
        tracker.out().flush();
        return r;
    }

    /**
     * Feelings asked and skipped where saying them could change today's advice: said plainly, with the offer to
     * say them now (asked together, as in ask); the outcome with them, if the person does.
     */
    private static Optional<Interview.Outcome> feelingsNow(Console console, Interview interview, Advisor advisor,
                                                           Interview.Outcome outcome, Recommendation r) {
        Optional<Key<?>> skipped = outcome.feelingSkipped();
        if (skipped.isEmpty()
                || advisor.advise(outcome.situation().withEmotions(Situation.Emotions.STEADY)).verdict() == r.verdict()) {
            return Optional.empty();
        }
        console.say("\nYou didn't say how you feel, so I can't tell whether you are ready, and the advice above "
                + "takes the careful side. If you tell me now, I'll look again.");
        Optional<String> yes = ask(console, "Would you like to tell me how you feel? (yes or no) [no]\n> ");
        if (!Offers.accepted(yes)) {
            return Optional.empty();
        }
        return interview.change(outcome, skipped.get()).outcome();
    }

    private int runAsk() {
        List<String> args = new ArrayList<>(List.of("ask"));
        tracker.data.dir.ifPresent(dir -> args.addAll(List.of("--data", dir.toString())));
        tracker.todayOption.ifPresent(day -> args.addAll(List.of("--today", day)));
        adviceOptions.rules.rulesDir.ifPresent(dir -> args.addAll(List.of("--rules", dir.toString())));
        adviceOptions.rules.profileName.ifPresent(name -> args.addAll(List.of("--profile", name)));
        adviceOptions.country.option.ifPresent(code -> args.addAll(List.of("--country", code)));
        args.addAll(List.of("--color", adviceOptions.color.when.name().toLowerCase(Locale.ROOT)));
        int code = Main.run(args.toArray(String[]::new), tracker.out(), tracker.err());
        if (code != ExitCodes.OK) {
            return code;
        }
        Optional<KeptPlan> kept = tracker.readExisting().flatMap(k -> KeptPlan.of(k, tracker.today()));
        if (kept.isEmpty()) {
            // Not kept (a safety stop, or the person said no): nothing to offer, the urge is still logged.
            log(strength, trigger, Optional.empty());
            return code;
        }
        try (Console console = AskCommand.openConsole(tracker.err())) {
            Situation situation = kept.get().on(tracker.today());
            Recommendation r = adviceOptions.setUp().advisor().advise(situation);
            if (r.verdict() == Verdict.SEEK_SUPPORT) {
                log(strength, trigger, Optional.empty());
                return code;
            }
            return afterTheAdvice(console, situation.plan().message(), r);
        } catch (Console.Interrupted e) {
            tracker.err().println();
            TrackerOptions.say(tracker.err(), "nocontact: stopped. Your answers are kept; the urge was not logged.");
            return ExitCodes.INTERRUPTED;
        }
    }

    /** The journal, how strong the urge is and what set it off; then the urge is logged. */
    private int afterTheAdvice(Console console, Optional<String> draft, Recommendation r) {
        Optional<String> journal = journalOffer(console, draft, r);
        OptionalInt howStrong = strength.map(OptionalInt::of).orElseGet(() -> askStrength(console));
        Optional<String> why = trigger.or(() -> ask(console, "\nWhat set it off? (a few words; Enter to skip)\n> "));
        log(howStrong.isPresent() ? Optional.of(howStrong.getAsInt()) : Optional.empty(), why, journal);
        console.say(journal.isPresent() ? "Kept in your journal, and the urge is logged. You paused first: that counts."
                : "The urge is logged. You paused first: that counts.");
        WorryScreen.of(journal.orElse("") + "\n" + why.orElse(""), false, adviceOptions.renderer(),
                        adviceOptions.country.country())
                .ifPresent(screen -> tracker.out().print("\n" + screen)); // their notes, kept, and the help they need
        return ExitCodes.OK;
    }

    /** Under advice not to send it, offers the journal instead; under advice that allows it, still offers. */
    private static Optional<String> journalOffer(Console console, Optional<String> draft, Recommendation r) {
        String why = r.verdict().allowsContact() ? "If you would rather not send it yet" : "Instead of sending it";
        if (draft.isPresent()) {
            Optional<String> yes = ask(console, why + ", shall I put your message in your private journal? "
                    + "(yes or no) [yes]\n> ");
            return Offers.declined(yes) ? Optional.empty() : draft;
        }
        console.say(why + ", you can write it here, for your private journal. It stays on this computer.");
        StringBuilder text = new StringBuilder();
        for (Optional<String> line = console.readLine("(type it, then an empty line; or just press Enter to skip)\n> ");
             line.isPresent() && !line.get().isBlank(); line = console.readLine("> ")) {
            text.append(text.length() == 0 ? "" : "\n").append(line.get().stripTrailing());
            if (line.get().contains("\n")) {
                break; // a terminal paste: the whole of it in one line, no empty line needed after it
            }
        }
        return text.length() == 0 ? Optional.empty() : Optional.of(text.toString());
    }

    private static OptionalInt askStrength(Console console) {
        while (true) {
            Optional<String> answer = ask(console, "\nHow strong is the urge right now, from 1 to 10? (Enter to skip)\n> ");
            if (answer.isEmpty()) {
                return OptionalInt.empty();
            }
            NumberReading.Read read = NumberReading.strength(answer.get(), 1, 10);
            if (read.value().isPresent()) {
                read.said().ifPresent(console::say); // "8 maybe 9": "Read as: 9, the stronger of 8 and 9."
                return read.value();
            }
            console.say("Please type a number from 1 to 10, or press Enter to skip.");
        }
    }

    /** A line typed, trimmed; empty for Enter or the end of input. */
    private static Optional<String> ask(Console console, String prompt) {
        return console.readLine(prompt).map(String::trim).filter(s -> !s.isEmpty());
    }

    private void log(Optional<Integer> howStrong, Optional<String> why, Optional<String> journal) {
        try (Tracker t = tracker.open()) {
            t.urge(new Entry.Urge(tracker.now(), howStrong.map(OptionalInt::of).orElse(OptionalInt.empty()), why,
                    journal), journal);
        }
    }
}
