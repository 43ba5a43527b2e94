package org.nocontact.interview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.Template;
import org.nocontact.rules.Truth;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * Decides from the rules in use whether a question is still worth asking: it is when a fact its
 * answer decides is read by a rule that, for some way of answering the questions left, could
 * change the outcome (the deciding rule, and so the verdict, or whether and when to look again).
 *
 * <p>The answers so far fix their facts (today is known); every fact an unanswered question
 * decides is open. The analysis engine explores the profile over that set of situations
 * ({@link DecidingRules}): a question matters when two situations that differ only in what it
 * decides are decided by different rules. The look-again date is checked the same way on the
 * situations Advisor tries on that day. Where the engine cannot settle a set of situations, each
 * rule is read three-valued instead, down the precedence: while a rule may or may not apply before
 * the first that surely applies, the facts it reads matter (that only ever asks more). Nothing
 * here knows which rule reads what, or which values matter: the rule set in use says so.
 */
final class Relevance {
    /** The facts Facts computes from today (so unknown on a day not yet known). */
    private static final Set<Fact> COUNTED_FROM_TODAY = EnumSet.of(Fact.TODAY, Fact.BREAKUP_DAYS_AGO,
            Fact.NO_CONTACT_DAYS_HELD, Fact.NO_CONTACT_DAYS_LEFT, Fact.NO_CONTACT_COMPLETE, Fact.NO_CONTACT_END,
            Fact.NO_CONTACT_EXTENDED_END, Fact.NO_CONTACT_END_OR_TOMORROW, Fact.EX_CONTACT_DAYS_AGO,
            Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED);

    /**
     * Facts that move with the days and that no rule names as its day to look again: the day to look
     * again is the first on which another verdict opens (Projection walks the days ahead), and a rule
     * set given with --rules may read these in a rule of another verdict.
     */
    private static final Set<Fact> MOVING_WITH_THE_DAYS = EnumSet.of(Fact.BREAKUP_DAYS_AGO, Fact.EX_CONTACT_DAYS_AGO);

    private final Advisor advisor;
    private final LocalDate today;
    private final List<Question<?>> questions = Questions.all();
    private final DecidingRules decidingRules;
    /** Where the readings of other replays under the same advisor are kept, if any. */
    private final Optional<NextQuestions> shared;
    private Answers lastAnswers = Answers.none();
    private Optional<WhatMatters> last = Optional.empty();

    Relevance(Advisor advisor, LocalDate today) {
        this(advisor, today, Optional.empty());
    }

    /** As {@link #Relevance(Advisor, LocalDate)}, reading each set of answers once for every replay that shares {@code shared}. */
    Relevance(Advisor advisor, LocalDate today, Optional<NextQuestions> shared) {
        this.advisor = advisor;
        this.today = today;
        this.decidingRules = DecidingRules.of(advisor.rules(), advisor.profile());
        this.shared = shared;
    }

    boolean couldChangeTheAdvice(Question<?> question, Answers answers) {
        return matter(answers).matter(question.key().facts());
    }

    /**
     * The engine's reading of the situations the answers so far allow (its leaves, each decided by
     * one rule), or empty where the engine could not settle them.
     */
    Optional<DecidingRules.Reading> reading(Answers answers) {
        return matter(answers).exact();
    }

    /** The space the readings' regions are cut from. */
    org.nocontact.analysis.Space space() {
        return decidingRules.space();
    }

    /** The same answers are read once, however many questions are weighed against them. */
    private WhatMatters matter(Answers answers) {
        if (last.isEmpty() || !lastAnswers.equals(answers)) {
            lastAnswers = answers;
            last = Optional.of(read(answers, Set.of()));
        }
        return last.get();
    }

    /**
     * Whether a draft, pasted now, could change the advice: the verdict, the day to look again or a line
     * beside them (a draft that threatens to turn up reads otherwise). Read with what a draft carries
     * open, where every other question counts it absent until it is pasted.
     */
    boolean draftCouldChangeTheAdvice(Question<?> draft, Answers answers) {
        return read(answers, draft.key().facts()).matter(draft.key().facts());
    }

    /** What matters after these answers: read once for every replay that shares a memory, else read now. */
    private WhatMatters read(Answers answers, Set<Fact> alsoOpen) {
        return shared.map(next -> next.read(today, answers, alsoOpen, () -> readNow(answers, alsoOpen)))
                .orElseGet(() -> readNow(answers, alsoOpen));
    }

    /**
     * The deciding rule is read exactly by the analysis engine over the situations the answers
     * allow; where it cannot settle them, three-valued down the precedence (never more skipped, only
     * more asked). For each rule that can decide and names a day to look again, the open facts that
     * decide whether that day is worth giving matter too.
     */
    private WhatMatters readNow(Answers answers, Set<Fact> alsoOpen) {
        Set<Fact> open = open(answers);
        open.addAll(alsoOpen);
        Situation situation = answers.toSituation(today);
        Evaluation now = advisor.evaluate(situation);
        Optional<DecidingRules.Reading> exact = decidingRules.read(now.facts(), open);
        List<Rule> candidates;
        Predicate<Set<Fact>> decider;
        if (exact.isPresent()) {
            candidates = exact.get().deciders();
            decider = answered -> exact.get().decidedBy(answered, DecidingRules.Outcome.DECIDING_RULE);
        } else {
            Walk walk = Walk.down(now.profile(), now.facts(), open);
            candidates = walk.candidates();
            decider = facts -> !Collections.disjoint(facts, walk.read());
        }
        return new WhatMatters(decider, exact, () -> lookAgain(situation, now, open, candidates).or(movingDays(candidates))
                .or(linesShown(now.facts(), open, candidates)));
    }

    /**
     * The lines shown beside the verdict: the notes "also in the articles" and the "do instead" of each
     * rule that may decide (shown where their condition holds), and that rule's own words (its summary
     * and reason, which may name the period's end or the ties). Where a line may or may not be shown,
     * read three-valued over the open facts, the facts its condition reads matter; where a line that may
     * be shown names a fact still open, that fact matters. So no line is shown or left out, and no day
     * named, on a default the person never gave (only ever more asked).
     */
    private Predicate<Set<Fact>> linesShown(Facts facts, Set<Fact> open, List<Rule> candidates) {
        Set<Fact> read = EnumSet.noneOf(Fact.class);
        List<Rule.Suggestion> lines = new ArrayList<>(advisor.rules().generalAdvice());
        for (Rule rule : candidates) {
            lines.addAll(rule.doInstead());
            named(rule.summary(), open, read);
            named(rule.reason(), open, read);
        }
        for (Rule.Suggestion line : lines) {
            Set<Fact> readHere = EnumSet.noneOf(Fact.class);
            Truth shown = line.when().decide(new PartialFacts(facts, open, readHere));
            if (shown == Truth.UNDECIDED) {
                read.addAll(readHere);
            }
            if (shown != Truth.FALSE) {
                named(line.text(), open, read);
            }
        }
        return answered -> !Collections.disjoint(answered, read);
    }

    /** The open facts a text names (its placeholders). */
    private static void named(Template text, Set<Fact> open, Set<Fact> read) {
        for (Template.Part part : text.parts()) {
            if (part instanceof Template.Placeholder placeholder && open.contains(placeholder.fact())) {
                read.add(placeholder.fact());
            }
        }
    }

    /**
     * Where a rule that can decide gives DO_NOT_CONTACT and a rule of another verdict reads a fact
     * that moves with the days (breakup.daysAgo, exContact.daysAgo), the day that verdict opens
     * depends on whatever that rule reads: each of those facts matters (only ever more asked). The
     * engine's order exposed this: a question left for later may never be asked.
     */
    private Predicate<Set<Fact>> movingDays(List<Rule> candidates) {
        if (candidates.stream().noneMatch(rule -> rule.verdict() == Verdict.DO_NOT_CONTACT)) {
            return answered -> false;
        }
        Set<Fact> read = EnumSet.noneOf(Fact.class);
        for (Rule rule : advisor.profile().precedence()) {
            Set<Fact> facts = org.nocontact.analysis.FactsRead.of(rule.when());
            if (rule.verdict() != Verdict.DO_NOT_CONTACT && !Collections.disjoint(facts, MOVING_WITH_THE_DAYS)) {
                read.addAll(facts);
            }
        }
        return answered -> !Collections.disjoint(answered, read);
    }

    /**
     * Which facts, once answered, could change the day to look again: for each rule that can decide
     * and names one, the day itself while it is open, and whatever decides whether it is shown.
     */
    private Predicate<Set<Fact>> lookAgain(Situation situation, Evaluation now, Set<Fact> open, List<Rule> candidates) {
        Set<Fact> dates = EnumSet.noneOf(Fact.class);
        Predicate<Set<Fact>> matter = facts -> !Collections.disjoint(facts, dates);
        for (Rule candidate : candidates) {
            Optional<Fact> dateFact = candidate.reconsiderOn();
            if (dateFact.isEmpty()) {
                continue;
            }
            Set<Fact> openOnThatDay = EnumSet.noneOf(Fact.class);
            openOnThatDay.addAll(open);
            if (open.contains(dateFact.get())) {
                // The day itself is not known yet: on it, whatever counts from today is open too.
                dates.add(dateFact.get());
                openOnThatDay.addAll(COUNTED_FROM_TODAY);
            }
            Optional<LocalDate> date = now.facts().date(dateFact.get());
            if (date.isPresent()) {
                matter = matter.or(shownStillOpen(situation, candidate.verdict(), date.get(), openOnThatDay));
            }
        }
        return matter;
    }

    /**
     * The date is shown when some trial on that day surely gives another verdict, and not when
     * every trial surely gives this one; otherwise what matters is what could change a trial's
     * verdict between this one and another (read exactly by the engine where it can, else
     * three-valued: the facts the trial's open rules read).
     */
    private Predicate<Set<Fact>> shownStillOpen(Situation situation, Verdict verdict, LocalDate date, Set<Fact> open) {
        List<Predicate<Set<Fact>>> tests = new ArrayList<>();
        for (Advisor.LookAgainTrial trial : Advisor.lookAgainTrials(situation, date)) {
            Set<Fact> stillOpen = EnumSet.noneOf(Fact.class);
            stillOpen.addAll(open);
            stillOpen.removeAll(trial.set());
            if (open.contains(Fact.TODAY)) {
                stillOpen.addAll(COUNTED_FROM_TODAY);
            }
            Facts facts = advisor.evaluate(trial.situation()).facts();
            Optional<DecidingRules.Reading> exact = decidingRules.read(facts, stillOpen);
            Set<Verdict> verdicts = exact.map(DecidingRules.Reading::verdicts)
                    .orElseGet(() -> Walk.down(advisor.profile(), facts, stillOpen).verdicts());
            if (!verdicts.contains(verdict)) {
                return answered -> false;
            }
            if (verdicts.size() > 1) {
                if (exact.isPresent()) {
                    tests.add(answered -> exact.get().decidedBy(answered, DecidingRules.Outcome.verdictIs(verdict)));
                } else {
                    Set<Fact> read = Walk.down(advisor.profile(), facts, stillOpen).read();
                    tests.add(answered -> !Collections.disjoint(answered, read));
                }
            }
        }
        return answered -> tests.stream().anyMatch(test -> test.test(answered));
    }

    /** Whether the verdict the answers so far give would read a draft, line by line. */
    boolean verdictReadsADraft(Answers answers) {
        return advisor.readsDraftsUnder(advisor.evaluate(answers.toSituation(today)).verdict());
    }

    /**
     * The facts that unanswered questions (those that apply, with their groups) still decide. The
     * draft, asked last and only where the verdict reads it, counts as absent until it is pasted:
     * what it carries (a threat to turn up) is read then, not guessed at before.
     */
    private Set<Fact> open(Answers answers) {
        Set<Fact> open = EnumSet.noneOf(Fact.class);
        for (Question<?> question : questions) {
            if (!answers.has(question.key()) && question.applies().test(answers) && !question.kind().pasted()) {
                open.addAll(question.key().facts());
            }
        }
        return open;
    }

    /**
     * One profile read down its precedence over a set of situations: the rules that may decide (all
     * that may or may not apply before the first that surely does, and that one), the verdicts they
     * give, and the facts read by those that may or may not apply.
     */
    private record Walk(List<Rule> candidates, Set<Verdict> verdicts, Set<Fact> read) {
        static Walk down(Profile profile, Facts facts, Set<Fact> open) {
            List<Rule> candidates = new ArrayList<>();
            Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
            Set<Fact> read = EnumSet.noneOf(Fact.class);
            for (Rule rule : profile.precedence()) {
                Set<Fact> readHere = EnumSet.noneOf(Fact.class);
                Truth truth = rule.when().decide(new PartialFacts(facts, open, readHere));
                if (truth == Truth.FALSE) {
                    continue;
                }
                candidates.add(rule);
                verdicts.add(rule.verdict());
                if (truth == Truth.TRUE) {
                    break;
                }
                read.addAll(readHere);
            }
            return new Walk(candidates, verdicts, read);
        }
    }
}
