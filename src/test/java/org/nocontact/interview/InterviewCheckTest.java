package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.TestSituations;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/** For rule authors: whether the interview reaches a situation's own outcome, and if not, why. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterviewCheckTest {
    private BuiltIn builtIn;

    @BeforeAll
    void load() {
        builtIn = BuiltIn.load();
    }

    /** A rule set of two rules: the first reads a fact no question asks (the day of the period), then the catch-all. */
    private Advisor readingTheDayOfThePeriod() {
        RuleSet rules = builtIn.rules();
        Rule catchAll = rules.rules().stream().filter(Rule::isCatchAll).findFirst().orElseThrow();
        Rule template = rules.rules().stream().filter(r -> r.verdict() == Verdict.DO_NOT_CONTACT).findFirst().orElseThrow();
        Rule dayRule = new Rule("day-five", new Condition.AtLeast(Fact.NO_CONTACT_DAY, 5), Verdict.DO_NOT_CONTACT,
                template.summary(), template.reason(), List.of(), template.period(), template.sources(), template.file(),
                template.position(), template.whenPosition());
        Profile profile = new Profile("standard", "two rules", List.of(dayRule, catchAll));
        RuleSet two = new RuleSet(rules.name(), rules.files(), rules.sources(), rules.defaultNoContactDays(),
                Map.of(), List.of(), List.of(dayRule, catchAll), Map.of("standard", profile), "standard",
                List.of(), rules.drafts());
        return new Advisor(two, profile);
    }

    @Test
    void aSituationTheInterviewReachesHasNoProblem() {
        RandomSituations random = new RandomSituations(23);
        for (int i = 0; i < 25; i++) {
            Situation s = random.next();
            assertThat(InterviewCheck.problem(builtIn.standard(), s)).as(s.toString()).isEmpty();
            assertThat(InterviewCheck.problem(builtIn.strict(), s)).as(s.toString()).isEmpty();
        }
    }

    @Test
    void aRuleReadingAFactNoQuestionAsksIsNamedWithThatFact() {
        Advisor advisor = readingTheDayOfThePeriod();
        Situation tenDaysIn = TestSituations.read(TestSituations.period(TestSituations.base(), "2027-02-28", 30));
        assertThat(advisor.advise(tenDaysIn).evaluation().decider().id()).isEqualTo("day-five");
        String catchAll = advisor.profile().precedence().get(1).id();
        assertThat(InterviewCheck.problem(advisor, tenDaysIn)).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("the interview would give " + advisor.profile().precedence().get(1).verdict() + " by " + catchAll)
                .contains(" instead of DO_NOT_CONTACT by day-five")
                .endsWith(": the interview never asks noContact.day, which day-five reads"));
        Situation notHolding = TestSituations.read(TestSituations.base());
        assertThat(InterviewCheck.problem(advisor, notHolding)).as("the catch-all either way").isEmpty();
    }

    @Test
    void aSafetyConcernTheRulesDoNotStopAtIsSaidToNeedSeekSupport() {
        RuleSet rules = builtIn.rules();
        Profile standard = builtIn.standard().profile();
        Profile withoutSafety = new Profile("standard", "no safety rules",
                standard.precedence().stream().filter(r -> r.verdict() != Verdict.SEEK_SUPPORT).toList());
        Advisor advisor = new Advisor(rules, withoutSafety);
        // Sharing the children and writing about a practical matter: a practical rule decides, not the defaults' one.
        Situation unsafe = TestSituations.read(TestSituations.set(TestSituations.set(TestSituations.set(
                TestSituations.base(), "ties", List.of("children")), "plan.purpose", "logistics"), "safety.unsafe", true));
        assertThat(advisor.advise(unsafe).evaluation().decider().id())
                .isNotEqualTo(advisor.advise(Answers.none().with(Key.UNSAFE, true).toSituation(unsafe.today()))
                        .evaluation().decider().id());
        assertThat(InterviewCheck.problem(advisor, unsafe)).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("the interview would give ")
                .endsWith(": it stops at a safety answer, so the rules should give SEEK_SUPPORT there"));
    }
}
