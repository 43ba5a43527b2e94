package org.nocontact.interview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.Truth;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * Decides from the rules in use whether a question is still worth asking: it is when a fact its
 * answer decides is read by a rule that, for some way of answering the questions left, could
 * change the outcome (the deciding rule, and so the verdict, or whether and when to look again).
 *
 * <p>The answers so far fix their facts (today is known); every fact an unanswered question
 * decides is open. Each rule is read three-valued over that set of situations, down the profile's
 * precedence: while a rule may or may not apply before the first that surely applies, the
 * deciding rule is open, and so are the facts it reads. Once it is settled, the look-again date
 * is checked the same way on the situations Advisor tries on that day. Nothing here knows which
 * rule reads what, or which values matter: the rule set in use says so.
 */
final class Relevance {
    /** The facts Facts computes from today (so unknown on a day not yet known). */
    private static final Set<Fact> COUNTED_FROM_TODAY = EnumSet.of(Fact.TODAY, Fact.BREAKUP_DAYS_AGO,
            Fact.NO_CONTACT_DAYS_HELD, Fact.NO_CONTACT_DAYS_LEFT, Fact.NO_CONTACT_COMPLETE, Fact.NO_CONTACT_END,
            Fact.NO_CONTACT_EXTENDED_END, Fact.NO_CONTACT_END_OR_TOMORROW, Fact.EX_CONTACT_DAYS_AGO,
            Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED);

    private final Advisor advisor;
    private final LocalDate today;
    private final List<Question> questions = Questions.all();

    Relevance(Advisor advisor, LocalDate today) {
        this.advisor = advisor;
        this.today = today;
    }

    boolean couldChangeTheAdvice(Question question, Map<String, Object> answers) {
        return !Collections.disjoint(Answers.facts(question.id()), factsThatStillMatter(answers));
    }

    /**
     * The open facts that some rule still needs to settle the outcome: those read by the rules that
     * may or may not decide, and, for each rule that may decide with a day to look again, those
     * that decide whether that day is worth giving. Empty once everything is settled.
     */
    Set<Fact> factsThatStillMatter(Map<String, Object> answers) {
        Set<Fact> open = open(answers);
        Situation situation = Answers.toSituation(answers, today);
        Evaluation now = advisor.evaluate(situation);
        Walk walk = Walk.down(now.profile(), now.facts(), open);
        Set<Fact> matter = EnumSet.noneOf(Fact.class);
        matter.addAll(walk.read());
        for (Rule candidate : walk.candidates()) {
            Optional<Fact> dateFact = candidate.reconsiderOn();
            if (dateFact.isEmpty()) {
                continue;
            }
            Set<Fact> openOnThatDay = EnumSet.noneOf(Fact.class);
            openOnThatDay.addAll(open);
            if (open.contains(dateFact.get())) {
                // The day itself is not known yet: on it, whatever counts from today is open too.
                matter.add(dateFact.get());
                openOnThatDay.addAll(COUNTED_FROM_TODAY);
            }
            now.facts().date(dateFact.get()).ifPresent(date -> matter.addAll(
                    lookAgainStillOpen(situation, candidate.verdict(), date, openOnThatDay, now.profile())));
        }
        return matter;
    }

    /**
     * The date is shown when some trial on that day surely gives another verdict, and not when
     * every trial surely gives this one; otherwise the facts the trials' open rules read matter.
     */
    private Set<Fact> lookAgainStillOpen(Situation situation, Verdict verdict, LocalDate date, Set<Fact> open,
                                         Profile profile) {
        Set<Fact> read = EnumSet.noneOf(Fact.class);
        for (Advisor.LookAgainTrial trial : Advisor.lookAgainTrials(situation, date)) {
            Set<Fact> stillOpen = EnumSet.noneOf(Fact.class);
            stillOpen.addAll(open);
            stillOpen.removeAll(trial.set());
            if (open.contains(Fact.TODAY)) {
                stillOpen.addAll(COUNTED_FROM_TODAY);
            }
            Walk walk = Walk.down(profile, advisor.evaluate(trial.situation()).facts(), stillOpen);
            if (!walk.verdicts().contains(verdict)) {
                return Set.of();
            }
            if (walk.verdicts().size() > 1) {
                read.addAll(walk.read());
            }
        }
        return read;
    }

    /** Whether the verdict the answers so far give would read a draft, line by line. */
    boolean verdictReadsADraft(Map<String, Object> answers) {
        return advisor.readsDraftsUnder(advisor.evaluate(Answers.toSituation(answers, today)).verdict());
    }

    /** The facts that unanswered questions (those that apply, with their groups) still decide. */
    private Set<Fact> open(Map<String, Object> answers) {
        Set<Fact> open = EnumSet.noneOf(Fact.class);
        for (Question question : questions) {
            if (!answers.containsKey(question.id()) && question.applies().test(answers)) {
                open.addAll(Answers.facts(question.id()));
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
