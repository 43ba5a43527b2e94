package org.nocontact.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nocontact.advice.Recommendation;
import org.nocontact.json.InputException;
import org.nocontact.json.Named;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;
import org.nocontact.tracker.Kept;
import org.nocontact.tracker.KeptPlan;
import org.nocontact.tracker.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "heard",
        header = "They wrote: record it, and get the advice for a reply.",
        description = {"", "Keeps that they wrote (about something practical or personal, and when), then gives the "
                + "advice for a reply from your kept answers: reply briefly, reach out, or don't reply. With "
                + "--reply, your drafted reply is read line by line where the advice allows one.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  nocontact heard --about logistics", "  nocontact heard --about personal --reply \"Thanks, I'm ok.\""},
        exitCodeList = {"0:kept (and the advice given when your answers are kept)", ExitCodes.WRONG_INPUT,
                ExitCodes.FAULT})
final class HeardCommand implements Callable<Integer> {
    @Mixin
    TrackerOptions tracker;

    @Mixin
    AdviceOptions adviceOptions;

    @Option(names = "--about", paramLabel = "WHAT", required = true,
            description = "logistics (something practical) or personal.")
    String about;

    @Option(names = "--on", paramLabel = "DATE", description = "The day their message came (such as 15 nov, 3 weeks ago or 2026-11-15); default: today.")
    Optional<String> on = Optional.empty();

    @Option(names = "--reply", paramLabel = "TEXT", description = "Your drafted reply, to be read line by line "
            + "(- reads it from standard input).")
    Optional<String> reply = Optional.empty();

    @Override
    public Integer call() throws IOException {
        ExContactAbout what = Named.byName(ExContactAbout.class, about.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> InputException.whole("--about", "\"" + org.nocontact.text.Texts.printable(about)
                        + "\" is not a choice; use logistics or personal."));
        LocalDate day = tracker.pastDate("--on", on);
        Optional<String> draft = draft();
        AdviceOptions.Advice advice = adviceOptions.setUp();
        Kept kept;
        try (Tracker t = tracker.open()) {
            t.heard(day, what, tracker.now());
            kept = t.read();
        }
        tracker.say("Kept: they wrote (" + (what == ExContactAbout.LOGISTICS
                ? "something practical" : "something personal") + ").");
        Optional<String> worry = draft.flatMap(words -> WorryScreen.of(words, true, adviceOptions.renderer(), advice.where()));
        if (worry.isPresent()) { // the help first: the reply is not read line by line here
            tracker.out().print("\n" + worry.get());
            return ExitCodes.OK;
        }
        Optional<KeptPlan> plan = KeptPlan.of(kept, tracker.today());
        if (plan.isEmpty()) {
            tracker.say("For advice on a reply, keep your answers: run "
                    + "'nocontact ask' and say yes to keeping them, then 'nocontact heard' again.");
            return ExitCodes.OK;
        }
        Situation s = plan.get().on(tracker.today());
        Purpose purpose = what == ExContactAbout.LOGISTICS ? Purpose.LOGISTICS : s.plan().purpose();
        s = s.withPlan(new Situation.Plan(Action.REPLY, purpose, s.plan().occasion(), s.plan().inferOccasion(), draft));
        Recommendation r = advice.advisor().advise(s);
        tracker.out().print(adviceOptions.renderer().render(r, advice.help(r)));
        return ExitCodes.OK;
    }

    private Optional<String> draft() throws IOException {
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        String text = reply.get().equals("-")
                ? new String(StandardStreams.in().readNBytes(SituationReader.MAX_MESSAGE_LENGTH * 4 + 1), StandardCharsets.UTF_8)
                : reply.get();
        text = text.strip();
        if (text.length() > SituationReader.MAX_MESSAGE_LENGTH) {
            throw InputException.whole("--reply", "the reply is longer than " + SituationReader.MAX_MESSAGE_LENGTH
                    + " characters; shorten it.");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
