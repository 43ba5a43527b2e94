package org.nocontact.cli;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nocontact.advice.Help;
import org.nocontact.advice.Recommendation;
import org.nocontact.advice.draft.DraftReview;
import org.nocontact.text.Texts;
import org.nocontact.rules.DayWords;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Rule;
import org.nocontact.rules.Verdict;

/** The verdict as a person reads it: headline, why, when to look again, what to do, what would change it. */
final class TextRenderer {

    private final Style style;
    private final int width;
    /** Whether the words kept as the draft are the plan the person typed (turning up), not a draft they wrote. */
    private final boolean draftIsThePlan;
    /** Whether each source is named by what it is only (urge, at a hard moment), not summed up in full. */
    private final boolean sourcesNamedOnly;

    TextRenderer(Style style, int width) {
        this(style, width, false, false);
    }

    private TextRenderer(Style style, int width, boolean draftIsThePlan, boolean sourcesNamedOnly) {
        this.style = style;
        this.width = width;
        this.draftIsThePlan = draftIsThePlan;
        this.sourcesNamedOnly = sourcesNamedOnly;
    }

    /**
     * The same, each source named by what it is ("An article on whether to contact an ex you want back"), its
     * summary left out: for urge, read at a hard moment by someone who has seen the summaries in ask.
     */
    TextRenderer withSourcesNamedOnly() {
        return new TextRenderer(style, width, draftIsThePlan, true);
    }

    /**
     * The same, where the words kept as the draft are the plan said as if to them ("i'll see you at the
     * gym"): they are shown as what the person said they would do, never as a draft with numbered lines.
     */
    TextRenderer withThePlanAsTheDraft(boolean planIsTheDraft) {
        return new TextRenderer(style, width, planIsTheDraft, sourcesNamedOnly);
    }

    /** The verdict, with the help lines first and set apart when there are any (safety verdicts). */
    String render(Recommendation r, Optional<Help> help) {
        return render(r, help, Optional.empty());
    }

    /**
     * The same, opened by a line that says what it is for (a safety verdict reached by an answer that
     * was not a clear no: "If you feel driven to ..."), above the help lines it explains.
     */
    String render(Recommendation r, Optional<Help> help, Optional<String> opening) {
        StringBuilder out = new StringBuilder();
        opening.ifPresent(line -> wrap(out, line, "", ""));
        help.ifPresent(lines -> out.append(helpBlock(lines)).append('\n'));
        return out.append(render(r)).toString();
    }

    String render(Recommendation r) {
        List<Recommendation.Reason> others = otherReasonsToShow(r);
        StringBuilder out = new StringBuilder();
        headline(out, r.verdict());
        wrap(out, r.summary(), "", "");
        out.append('\n');

        out.append(style.heading("Why")).append('\n');
        Recommendation.Reason first = r.reasons().get(0);
        List<String> cited = citedSources(first, others, r.draft());
        wrap(out, first.text() + " " + style.dim(marks(r, first, cited)), "  ", "  ");
        if (!others.isEmpty()) {
            out.append('\n');
            wrap(out, "Also true here, though the reason above comes first:", "  ", "  ");
            for (Recommendation.Reason other : others) {
                wrap(out, other.text() + " " + style.dim(marks(r, other, cited)), "  - ", "    ");
            }
        }
        if (r.verdict() == Verdict.SEEK_SUPPORT && others.size() < r.reasons().size() - 1) {
            out.append('\n');
            wrap(out, "Everything else can wait until you have support.", "  ", "  ");
        }
        r.reconsiderOn().ifPresent(date -> {
            LookAgainLine.Words line = LookAgainLine.of(r, date);
            out.append('\n');
            wrap(out, style.bold(line.lead()) + line.rest(), "", "");
        });

        if (!r.doInstead().isEmpty()) {
            out.append('\n').append(style.heading(
                    switch (r.verdict()) {
                        case DO_NOT_CONTACT, SEEK_SUPPORT -> "What to do instead";
                        default -> "How to do it well";
                    })).append('\n');
            for (String item : r.doInstead()) {
                wrap(out, item, "  - ", "    ");
            }
        }

        r.draft().ifPresent(draft -> out.append(draftIsThePlan ? new DraftText(style, width).renderAsThePlan(draft)
                : new DraftText(style, width, id -> String.valueOf(cited.indexOf(id) + 1), ",").render(draft)));

        if (!r.wouldChange().isEmpty()) {
            out.append('\n').append(style.heading("What would change it")).append('\n');
            for (Recommendation.Change change : r.wouldChange()) {
                wrap(out, change(change), "  - ", "    ");
            }
        }

        // The sources by number, never by id: an id such as "dumped-you" is a name for rule authors
        // (json and `how` keep the ids), and it can sting someone who was not dumped. Someone in
        // crisis needs no article summaries (they describe no-contact planning): the brackets say
        // what each source is, and there is no list.
        if (r.verdict() != Verdict.SEEK_SUPPORT) {
            out.append('\n').append(style.heading("Sources")).append('\n');
            for (int i = 0; i < cited.size(); i++) {
                String described = r.sourceDescriptions().getOrDefault(cited.get(i), "");
                wrap(out, "[" + (i + 1) + "] " + (sourcesNamedOnly ? named(described) : described), "  ", "      ");
            }
        }
        return out.toString();
    }

    /**
     * "[1,3]" (no space, so that a wrap never splits it): the numbers, in the Sources list, of the sources a reason rests on; under SEEK_SUPPORT,
     * which has no list, what each is ("[general safety practice, not from the articles]").
     */
    private static String marks(Recommendation r, Recommendation.Reason reason, List<String> cited) {
        if (r.verdict() == Verdict.SEEK_SUPPORT) {
            return "[" + String.join("; ", reason.sources().stream()
                    .map(id -> whatItIs(r.sourceDescriptions().getOrDefault(id, id))).toList()) + "]";
        }
        return "[" + String.join(",", reason.sources().stream().map(id -> cited.indexOf(id) + 1).sorted()
                .map(String::valueOf).toList()) + "]"; // "[1,2]", never "[2,1]"
    }

    /** What a source is, without what it argues: its description up to the first colon. */
    static String whatItIs(String description) {
        int colon = description.indexOf(':');
        return colon < 0 ? description : description.substring(0, colon);
    }

    /**
     * The verdict in plain words, "Don't contact them", wrapped like any text. A person reads no
     * internal names here (the verdict's name is in `how`, in `--format json`, and in the docs).
     */
    private void headline(StringBuilder out, Verdict verdict) {
        wrap(out, style.verdict(verdict, verdict.headline()), "", "");
    }

    /** For "how": which rules decided, which were overridden, and the sources, rule by rule. */
    String how(Recommendation r) {
        StringBuilder out = new StringBuilder("\n").append(style.heading("How this was decided")).append('\n');
        wrap(out, "The rules (profile " + r.profile() + ") are checked in order of importance; the first that "
                + "applies decides.", "  ", "  ");
        Recommendation.Reason first = r.reasons().get(0);
        wrap(out, "Decided by " + style.bold(first.rule()) + " (" + lowerFirst(r.verdict().headline()) + "), resting on "
                + String.join(", ", first.sources()) + ".", "  - ", "    ");
        for (Recommendation.Overridden o : r.overridden()) {
            wrap(out, "Also applied, and gave way to it: " + o.rule() + " (" + lowerFirst(o.verdict().headline()) + ").",
                    "  - ", "    ");
        }
        r.draft().ifPresent(draft -> out.append(draftIsThePlan ? new DraftText(style, width).renderAsThePlan(draft)
                : new DraftText(style, width).render(draft)));
        return out.toString();
    }

    /** The answers "what if" never changes, besides the safety answers: said only where the person gave them. */
    enum LeftOut { BOUNDARIES, WHO_ENDED_IT, MESSAGES_SENT }

    /**
     * What "what if" never tries, and why: said, so that "no single change" is never read as "nothing
     * could"; only the answers given are named (a question never asked is no answer left out).
     */
    static String leftOut(Set<LeftOut> given) {
        List<String> parts = new java.util.ArrayList<>(List.of("your safety answers (your safety comes first, whatever else changes)"));
        if (given.contains(LeftOut.BOUNDARIES)) {
            parts.add("whether they blocked you or asked for no contact (their choices, not yours to change)");
        }
        List<String> past = new java.util.ArrayList<>();
        if (given.contains(LeftOut.WHO_ENDED_IT)) {
            past.add("who ended it");
        }
        if (given.contains(LeftOut.MESSAGES_SENT)) {
            past.add("messages already sent");
        }
        if (!past.isEmpty()) {
            parts.add(String.join(" and ", past) + (past.size() == 1 && given.contains(LeftOut.WHO_ENDED_IT)
                    ? " (that has happened, and stays as it is)" : " (those have happened, and stay as they are)"));
        }
        if (parts.size() > 1) {
            parts.set(parts.size() - 1, "and " + parts.get(parts.size() - 1));
        }
        return "Left out on purpose: " + String.join("; ", parts) + ".";
    }

    /** For "what if" on a situation given whole (a file): every answer is given. */
    String whatIf(Recommendation r) {
        return whatIf(r, java.util.EnumSet.allOf(LeftOut.class));
    }

    /** For "what if": the single changes that would give another verdict, and what it leaves out of those given. */
    String whatIf(Recommendation r, Set<LeftOut> given) {
        StringBuilder out = new StringBuilder("\n").append(style.heading("What would change it")).append('\n');
        if (r.wouldChange().isEmpty()) {
            wrap(out, r.verdict() == Verdict.SEEK_SUPPORT
                    ? "Nothing here: your safety comes first, whatever else is true."
                    : "No single change among those tried would give different advice today." + timeWould(r), "  ", "  ");
        }
        for (Recommendation.Change change : r.wouldChange()) {
            wrap(out, change(change), "  - ", "    ");
        }
        if (r.verdict() != Verdict.SEEK_SUPPORT) {
            out.append('\n');
            wrap(out, leftOut(given), "  ", "  ");
        }
        return out.toString();
    }

    /**
     * Where the verdict names a day to look again, time is what can change the advice: said, so that
     * "no single change" never contradicts the day the verdict gives.
     */
    private static String timeWould(Recommendation r) {
        return r.reconsiderOn().map(date -> LookAgainLine.timeCan(r, date)).orElse("");
    }

    /**
     * The other reasons a person reads: those of rules that give the same verdict, and of a rule that
     * would start a period only where the advice starts one too (a gift is no reason to read
     * "starting today, hold 30 days"). What the decider overrode is not a reason for it; "how" shows
     * it. Nor is a rule below one that applied with another verdict: that rule overrides it for this
     * person, so its words may be false here (for someone who ended it and wants them back, "tell
     * them once" comes before "day 22 of 30: contact now is far more likely to hurt than help", so
     * the letter they must not send is no place for the second). Under SEEK_SUPPORT this also keeps
     * advice about making contact from reading as permission to someone who is not safe. JSON keeps
     * every rule that applied, as the contract says.
     */
    private static List<Recommendation.Reason> otherReasonsToShow(Recommendation r) {
        Set<String> sameVerdict = new HashSet<>();
        boolean adviceStartsAPeriod = startsAPeriod(r.evaluation().decider());
        r.evaluation().applied().stream().takeWhile(rule -> rule.verdict() == r.verdict())
                .filter(rule -> adviceStartsAPeriod || !startsAPeriod(rule))
                .forEach(rule -> sameVerdict.add(rule.id()));
        return r.reasons().subList(1, r.reasons().size()).stream()
                .filter(reason -> sameVerdict.contains(reason.rule())).toList();
    }

    private static boolean startsAPeriod(Rule rule) {
        return rule.period() == PeriodAdvice.BEGINS || rule.period() == PeriodAdvice.EXTENDS;
    }

    /** The sources the shown reasons and the notes on the draft cite, in order of first mention. */
    private static List<String> citedSources(Recommendation.Reason first, List<Recommendation.Reason> others,
                                             Optional<DraftReview> draft) {
        Set<String> ids = new LinkedHashSet<>(first.sources());
        others.forEach(reason -> ids.addAll(reason.sources()));
        draft.ifPresent(review -> review.notes().forEach(note -> ids.addAll(note.sources())));
        return List.copyOf(ids);
    }

    /** The help lines in brief, for where the full block has scrolled away (just above "More?"). */
    String helpReminder(Help help) {
        StringBuilder out = new StringBuilder();
        wrap(out, style.verdict(Verdict.SEEK_SUPPORT, help.reminder()), "", "  ");
        return out.toString();
    }

    /** Words that worried us, said before the help lines that fit them (a journal entry, a reply draft, an urge's notes). */
    String worried(Help help, String... lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            wrap(out, line, "", "");
        }
        return out.append(helpBlock(help)).toString();
    }

    /** The help lines, first and set apart by rules, so that they are the one thing nobody scrolls past. */
    private String helpBlock(Help help) {
        String rule = "=".repeat(width) + "\n";
        StringBuilder out = new StringBuilder(rule);
        out.append(style.verdict(Verdict.SEEK_SUPPORT, help.lines().stream().anyMatch(line -> line.kind() == Help.Kind.EMERGENCY)
                ? "If you need help now" : "Support for you")).append('\n');
        for (Help.Line line : help.lines()) {
            wrap(out, line.text(), "  - ", "    ");
        }
        boolean onlyACounsellor = help.lines().stream().allMatch(line -> line.kind() == Help.Kind.COUNSELLING);
        if (!onlyACounsellor) {
            String where = help.listedAs().map(name -> "Numbers for " + name + ", checked in " + help.checked() + ".")
                    .orElseGet(() -> CountryOption.whoseNumbers(help));
            wrap(out, style.dim(where), "  ", "  ");
        }
        out.append(rule);
        if (!onlyACounsellor && !help.listed()) {
            // The option and the setting are for the next run: once, below the box, not inside it.
            wrap(out, style.dim(CountryOption.howToChooseTheCountry(help)), "", "");
        }
        return out.toString();
    }

    /**
     * "If your goal were to get back together: reaching out is reasonable. You ended it and
     * now want them back: tell them directly, once, ...": what that verdict would mean for this person.
     */
    /** What a source is, from its description: the words before its summary ("A coach on gifts: ..."), as a sentence. */
    static String named(String description) {
        int colon = description.indexOf(": ");
        String name = colon > 0 ? description.substring(0, colon) : description;
        return name.endsWith(".") ? name : name + ".";
    }

    private static String change(Recommendation.Change change) {
        return change.change() + ": " + lowerFirst(change.verdict().headline()) + ". " + change.summary();
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private void wrap(StringBuilder out, String text, String firstIndent, String indent) {
        out.append(Texts.wrap(text, width, firstIndent, indent));
    }
}
