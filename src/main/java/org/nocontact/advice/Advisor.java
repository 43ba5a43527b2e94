package org.nocontact.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.nocontact.advice.draft.DraftReader;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;
import org.nocontact.rules.drafts.VerdictDrafts;
import org.nocontact.situation.Action;
import org.nocontact.situation.Situation;

/** Turns a situation into a recommendation under one profile of a rule set. */
public final class Advisor {
    /** How many "what would change it" entries a person is shown at most. */
    public static final int MAX_CHANGES = 4;

    private final RuleSet rules;
    private final Profile profile;
    private final boolean keepsTime;

    public Advisor(RuleSet rules, Profile profile) {
        this.rules = rules;
        this.profile = profile;
        this.keepsTime = profile.precedence().stream()
                .anyMatch(rule -> rule.period() == PeriodAdvice.HOLDS || rule.period() == PeriodAdvice.EXTENDS);
    }

    public RuleSet rules() {
        return rules;
    }

    public Profile profile() {
        return profile;
    }

    /**
     * Whether the profile keeps a timer at all: some rule of it holds a period or renews a complete one. The strict
     * one has none; the rules it shares with the standard one may begin a period there, but nothing counts it.
     */
    public boolean keepsTime() {
        return keepsTime;
    }

    /**
     * What following this rule does to the period under this profile: as its data says, and nothing in a profile
     * that keeps no timer (a rule the strict profile shares with the standard one begins no period there).
     */
    public PeriodAdvice periodUnder(Rule rule) {
        return keepsTime ? rule.period() : PeriodAdvice.NONE;
    }

    /** Whether a draft is read line by line under this verdict (and not left unsent). */
    public boolean readsDraftsUnder(Verdict verdict) {
        return rules.drafts().forVerdict(verdict).map(VerdictDrafts::reviews).orElse(false);
    }

    public Evaluation evaluate(Situation situation) {
        return Evaluation.of(profile, rules.factsOf(situation));
    }

    /**
     * The days ahead for this situation, if the person follows today's advice: the verdict on each,
     * what the free answers can reach, the day to look again, the timeline ({@code check --ahead}).
     */
    /**
     * Runs {@code work} with the projections it makes on this thread spending {@code budget} for
     * their exact analysis (a tool that projects many situations, such as `rules diff`, bounds them
     * all with its own budget); an analysis the budget cuts short is not remembered.
     */
    public static <T> T spending(org.nocontact.analysis.Budget budget, Supplier<T> work) {
        return FreeAnswers.spending(budget, work);
    }

    public Projection project(Situation situation) {
        return project(situation, evaluate(situation));
    }

    private Projection project(Situation situation, Evaluation today) {
        return new Projection(this, situation, today.decider(), FreeAnswers.of(rules, profile));
    }

    public Recommendation advise(Situation situation) {
        return advise(situation, true);
    }

    /**
     * As {@link #advise}, with no "what would change it" (an empty list): for a tool that never shows
     * it, such as `rules test`, where it would be worked out for every case and thrown away.
     */
    public Recommendation adviseWithoutChanges(Situation situation) {
        return advise(situation, false);
    }

    /**
     * As {@link #adviseWithoutChanges}, with the day to look again already known: worked out for this very
     * situation, rule set and profile before (`rules test` keeps it between runs on unchanged rule files).
     */
    public Recommendation adviseWithoutChanges(Situation situation, Optional<LocalDate> reconsiderOn) {
        return advise(situation, false, Optional.of(reconsiderOn));
    }

    private Recommendation advise(Situation situation, boolean withChanges) {
        return advise(situation, withChanges, Optional.empty());
    }

    private Recommendation advise(Situation situation, boolean withChanges, Optional<Optional<LocalDate>> knownDay) {
        Evaluation evaluation = evaluate(situation);
        Facts facts = evaluation.facts();
        Rule decider = evaluation.decider();
        return new Recommendation(
                decider.verdict(),
                decider.summary().render(facts),
                situation.today(),
                knownDay.orElseGet(() -> project(situation, evaluation).reconsiderOn()),
                reasons(evaluation),
                evaluation.overridden().stream()
                        .map(rule -> new Recommendation.Overridden(rule.id(), rule.verdict(), decider.id())).toList(),
                doInstead(decider, facts),
                withChanges ? wouldChange(situation, evaluation) : List.of(),
                profile.name(),
                rules.sources(),
                evaluation,
                situation.plan().message().map(draft -> new DraftReader(rules.drafts())
                        .review(draft, decider.verdict(), decider.id(), situation.plan().action() == Action.REPLY)));
    }

    /** The decider first, then the other rules that applied; a catch-all adds nothing once another spoke. */
    private static List<Recommendation.Reason> reasons(Evaluation evaluation) {
        List<Recommendation.Reason> reasons = new ArrayList<>();
        for (Rule rule : evaluation.applied()) {
            if (rule == evaluation.decider() || !rule.isCatchAll()) {
                reasons.add(new Recommendation.Reason(rule.id(), rule.reason().render(evaluation.facts()),
                        rule.sources()));
            }
        }
        return reasons;
    }

    /**
     * The lines shown beside an evaluation's verdict, as {@link #advise} gives them: the deciding rule's
     * "do instead" and the notes "also in the articles" whose conditions hold.
     */
    public List<String> lines(Evaluation evaluation) {
        return doInstead(evaluation.decider(), evaluation.facts());
    }

    private List<String> doInstead(Rule decider, Facts facts) {
        Set<String> items = new LinkedHashSet<>();
        for (Rule.Suggestion suggestion : decider.doInstead()) {
            if (suggestion.when().test(facts)) {
                items.add(suggestion.text().render(facts));
            }
        }
        for (Rule.Suggestion suggestion : rules.generalAdvice()) {
            if (suggestion.when().test(facts)) {
                items.add(suggestion.text().render(facts));
            }
        }
        return List.copyOf(items);
    }

    /**
     * A situation tried on the look-again day, and the facts the trial sets itself whatever the
     * person answered (the occasion, and feelings when it tries them steady).
     */
    public record LookAgainTrial(Situation situation, Set<Fact> set) {
        public LookAgainTrial {
            set = Set.copyOf(set);
        }
    }

    /** The situations tried to decide whether {@code date} is worth giving as the day to look again. */
    public static List<LookAgainTrial> lookAgainTrials(Situation situation, LocalDate date) {
        return Counterfactuals.waysToFeelBy(Counterfactuals.onDay(situation, date));
    }

    /**
     * Re-evaluates the rules on single changes and keeps the few that give another verdict: one per
     * verdict first, so the person sees the range of what could change, then more in order. Safety
     * is never offered as a change: nothing here should suggest a way around it.
     */
    private List<Recommendation.Change> wouldChange(Situation situation, Evaluation today) {
        Verdict current = today.verdict();
        if (current == Verdict.SEEK_SUPPORT) {
            return List.of();
        }
        List<Recommendation.Change> distinct = new ArrayList<>();
        List<Recommendation.Change> more = new ArrayList<>();
        Set<Verdict> seen = EnumSet.of(current);
        for (Counterfactuals.Candidate candidate : Counterfactuals.of(situation, rules.defaultNoContactDays(),
                later -> evaluate(later).verdict(), periodUnder(today.decider()))) {
            Evaluation changed = evaluate(candidate.situation());
            Verdict verdict = changed.verdict();
            if (verdict == current) {
                continue;
            }
            Recommendation.Change change = new Recommendation.Change(candidate.description(), verdict,
                    changed.decider().summary().render(changed.facts()));
            if (seen.add(verdict)) {
                distinct.add(change);
            } else {
                more.add(change);
            }
        }
        List<Recommendation.Change> result = new ArrayList<>(distinct);
        result.addAll(more);
        return List.copyOf(result.subList(0, Math.min(result.size(), MAX_CHANGES)));
    }
}
