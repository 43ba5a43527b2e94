package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.TestSituations.exWrote;
import static org.nocontact.TestSituations.period;
import static org.nocontact.TestSituations.read;
import static org.nocontact.TestSituations.ready;
import static org.nocontact.TestSituations.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * The single changes tried for "what would change it", before the rules pick the ones that change
 * the verdict: each is one thing the person could live through or choose, worded as they would
 * read it, and changes only that one thing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterfactualCandidatesTest {
    final Advisor standard = BuiltIn.load().standard();

    static ObjectNode base() {
        return set(org.nocontact.TestSituations.base(), "breakup.date", "2026-12-28");
    }

    List<String> descriptions(Situation s) {
        return Counterfactuals.of(s, 30, this::verdict).stream().map(Counterfactuals.Candidate::description).toList();
    }

    Verdict verdict(Situation s) {
        return standard.evaluate(s).verdict();
    }

    Situation candidate(Situation s, String description) {
        return Counterfactuals.of(s, 30, this::verdict).stream().filter(c -> c.description().equals(description))
                .map(Counterfactuals.Candidate::situation).findFirst().orElseThrow(() -> new AssertionError(
                        "no candidate '" + description + "' in " + descriptions(s)));
    }

    @Test
    void everyOtherGoalTheyCouldChooseIsTriedAndOnlyTheGoalChanges() {
        Situation s = read(base());
        // issue 21: "if your goal were still unclear" is no goal to choose, and not what they said
        assertThat(descriptions(s)).filteredOn(d -> d.startsWith("If your goal were")).containsExactly(
                "If your goal were to move on", "If your goal were to be friends");
        Situation friends = candidate(s, "If your goal were to be friends");
        assertThat(friends.goal()).isEqualTo(Goal.FRIENDS);
        assertThat(friends.withGoal(Goal.RECONCILE)).isEqualTo(s);
        assertThat(descriptions(s.withGoal(Goal.UNSURE))).filteredOn(d -> d.startsWith("If your goal were"))
                .containsExactly("If your goal were to get back together", "If your goal were to move on",
                        "If your goal were to be friends");
        assertThat(descriptions(s.withGoal(Goal.MOVE_ON))).contains("If your goal were to get back together")
                .doesNotContain("If your goal were to move on");
    }

    @Test
    void whenTheyHaveNotWrittenTheirWritingFirstIsTriedOnAPersonalNoteToday() {
        Situation s = read(base());
        Situation wrote = candidate(s, "If they wrote to you first on a personal note");
        assertThat(wrote.exContact()).contains(new Situation.ExContact(s.today(), ExContactAbout.PERSONAL));
        assertThat(wrote.withExContact(Optional.empty())).isEqualTo(s);
        assertThat(descriptions(s)).doesNotContain("If you were only replying to their message");
    }

    @Test
    void whenTheyHaveWrittenOnlyReplyingIsTriedUnlessTheyAreReplyingAlready() {
        Situation wrote = read(exWrote(base(), "personal"));
        Situation replying = candidate(wrote, "If you were only replying to their message");
        assertThat(replying.plan().action()).isEqualTo(Action.REPLY);
        assertThat(replying.plan().purpose()).isEqualTo(wrote.plan().purpose());
        assertThat(descriptions(wrote)).doesNotContain("If they wrote to you first on a personal note");
        Situation alreadyReplying = read(set(exWrote(base(), "personal"), "plan.action", "reply"));
        assertThat(descriptions(alreadyReplying)).noneMatch(d -> d.contains("replying") || d.contains("wrote to you"));
    }

    @Test
    void unknownFeelingsAreAskedForAndKnownOnesAreHopedToSettle() {
        Situation unknown = read(base());
        Situation steady = candidate(unknown, "If you tell me how you feel, and your anger has settled, your sadness "
                + "has eased and your confidence is higher");
        assertThat(steady.emotions()).isEqualTo(new Situation.Emotions(OptionalInt.of(0), OptionalInt.of(0), OptionalInt.of(10)));
        Situation partly = read(set(base(), "emotions.anger", 3));
        assertThat(descriptions(partly)).anyMatch(d -> d.startsWith("If you tell me how you feel"));
        Situation known = read(set(set(set(base(), "emotions.anger", 6), "emotions.sadness", 7), "emotions.confidence", 2));
        assertThat(descriptions(known)).contains("Once your anger has settled, your sadness has eased and your confidence is higher")
                .noneMatch(d -> d.startsWith("If you tell me"));
    }

    @Test
    void onlyTheFeelingsThatStandInTheWayAreNamed() {
        ObjectNode periodDone = period(set(base(), "today", "2027-05-01"), "2027-04-01", 30);
        Situation lowAnger = read(set(set(set(periodDone, "emotions.anger", 1), "emotions.sadness", 8), "emotions.confidence", 4));
        Situation steady = candidate(lowAnger, "Once your sadness has eased and your confidence is higher");
        assertThat(steady.emotions()).isEqualTo(new Situation.Emotions(OptionalInt.of(0), OptionalInt.of(0), OptionalInt.of(10)));
        assertThat(descriptions(lowAnger)).noneMatch(d -> d.contains("anger") || d.contains("is back"));
        Situation onlyConfidence = read(set(set(set(periodDone.deepCopy(), "emotions.anger", 2), "emotions.sadness", 3),
                "emotions.confidence", 5));
        assertThat(descriptions(onlyConfidence)).contains("Once your confidence is higher")
                .noneMatch(d -> d.contains("sadness") || d.contains("anger"));
    }

    @Test
    void someoneAlreadySteadyIsNotOfferedCalm() {
        Situation steady = read(set(set(set(base(), "emotions.anger", 0), "emotions.sadness", 0), "emotions.confidence", 10));
        assertThat(descriptions(steady)).noneMatch(d -> d.contains("anger has settled"));
    }

    @Test
    void aPracticalMatterIsTriedForAnyOtherPurposeAndATieForAPracticalOneWithNone() {
        Situation personal = read(base());
        assertThat(candidate(personal, "If it were only about a practical matter").plan().purpose()).isEqualTo(Purpose.LOGISTICS);
        assertThat(descriptions(personal)).noneMatch(d -> d.startsWith("If there were a practical matter"));

        Situation practical = read(set(base(), "plan.purpose", "logistics"));
        assertThat(descriptions(practical)).doesNotContain("If it were only about a practical matter");
        Situation belongings = candidate(practical, "If there were a practical matter between you, such as belongings to collect");
        assertThat(belongings.ties()).containsExactly(Tie.BELONGINGS);

        ObjectNode withChildren = set(base(), "plan.purpose", "logistics");
        withChildren.putArray("ties").add("children");
        assertThat(descriptions(read(withChildren))).noneMatch(d -> d.startsWith("If there were a practical matter"));
    }

    @Test
    void aGiftOrALetterIsTriedAsAShortTextAndATextIsNot() {
        Situation gift = read(set(base(), "plan.action", "gift"));
        Situation text = candidate(gift, "If you sent a short text instead of a gift");
        assertThat(text.plan().action()).isEqualTo(Action.TEXT);
        assertThat(text.plan().purpose()).isEqualTo(gift.plan().purpose());
        assertThat(descriptions(read(set(base(), "plan.action", "letter")))).contains("If you sent a short text instead of a letter");
        assertThat(descriptions(read(base()))).noneMatch(d -> d.startsWith("If you sent a short text"));
    }

    @Test
    void notHavingToldThemIsTriedOnlyWhenThePersonDidNotSay() {
        ObjectNode unsaid = base();
        ((ObjectNode) unsaid.get("breakup")).remove("feelingsExpressed");
        Situation s = read(unsaid);
        Situation never = candidate(s, "If you have never told them how you feel");
        assertThat(never.breakup().feelingsExpressed()).contains(false);
        assertThat(never.breakup().date()).isEqualTo(s.breakup().date());
        assertThat(never.breakup().initiatedBy()).isEqualTo(s.breakup().initiatedBy());
        assertThat(descriptions(read(base()))).doesNotContain("If you have never told them how you feel");
    }

    @Test
    void withoutAPeriodHoldingOneFromTodayIsTriedOnAnOrdinaryDayThirtyDaysOn() {
        Situation s = read(set(base(), "today", "2027-02-14"));
        Situation held = candidate(s, "If you hold no contact from today until Tuesday 16 March 2027 and Valentine's Day has passed");
        assertThat(held.today()).isEqualTo(LocalDate.of(2027, 3, 16));
        assertThat(held.noContact()).contains(new Situation.NoContact(LocalDate.of(2027, 2, 14), OptionalInt.empty()));
        assertThat(held.plan().occasion()).isEmpty();
        assertThat(held.plan().inferOccasion()).as("the end is a time, not a date").isFalse();
        assertThat(descriptions(s)).contains("If it were an ordinary day, not Valentine's Day");
        Situation ordinary = candidate(s, "If it were an ordinary day, not Valentine's Day");
        assertThat(ordinary.today()).isEqualTo(s.today());
        assertThat(ordinary.plan().inferOccasion()).isFalse();
    }

    @Test
    void aPeriodRunsItsOwnLengthAndAFinishedOneIsNotOfferedAgain() {
        Situation running = read(ready(period(set(base(), "today", "2027-03-10"), "2027-03-01", 14)));
        assertThat(descriptions(running)).contains("Once your no-contact period is complete (Monday 15 March 2027)");
        Situation unset = read(set(set(base(), "today", "2027-03-10"), "noContact.since", "2027-03-01"));
        assertThat(descriptions(unset)).as("the rule set's default length")
                .contains("Once your no-contact period is complete (Wednesday 31 March 2027)");
        Situation endsToday = read(ready(period(set(base(), "today", "2027-03-15"), "2027-03-01", 14)));
        assertThat(descriptions(endsToday)).noneMatch(d -> d.contains("no-contact period") || d.contains("hold no contact"));
    }

    @Test
    void onALaterDayThePlansOccasionIsReadFromThatDayAndAPeriodNotBegunBeginsToday() {
        Situation s = read(set(set(base(), "today", "2027-02-14"), "plan.occasion", "valentines-day"));
        Situation later = Counterfactuals.onDay(s, LocalDate.of(2027, 3, 1));
        assertThat(later.today()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(later.plan().occasion()).isEmpty();
        assertThat(later.plan().inferOccasion()).isTrue();
        assertThat(later.noContact()).contains(new Situation.NoContact(s.today(), OptionalInt.empty()));
        Situation holding = read(period(base(), "2027-03-01", 45));
        assertThat(Counterfactuals.onDay(holding, LocalDate.of(2027, 4, 1)).noContact()).isEqualTo(holding.noContact());
    }

    @Test
    void onTheLookAgainDayTheyMayFeelAsNowOrSteadyAndIfUnsureDecidedToTryAgain() {
        Situation later = read(ready(base()));
        List<Advisor.LookAgainTrial> ways = Counterfactuals.waysToFeelBy(later);
        assertThat(ways).hasSize(2);
        assertThat(ways.get(0).situation()).isEqualTo(later);
        assertThat(ways.get(0).set()).containsExactlyInAnyOrder(Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED);
        assertThat(ways.get(1).situation().emotions().confidence()).hasValue(10);
        assertThat(ways.get(1).set()).contains(Fact.ANGER, Fact.SADNESS, Fact.CONFIDENCE).doesNotContain(Fact.GOAL);

        List<Advisor.LookAgainTrial> unsure = Counterfactuals.waysToFeelBy(later.withGoal(Goal.UNSURE));
        assertThat(unsure).hasSize(3);
        assertThat(unsure.get(2).situation().goal()).isEqualTo(Goal.RECONCILE);
        assertThat(unsure.get(2).situation().emotions().anger()).hasValue(0);
        assertThat(unsure.get(2).set()).contains(Fact.GOAL, Fact.CONFIDENCE);
        assertThat(Advisor.lookAgainTrials(later, LocalDate.of(2027, 4, 1))).hasSize(2)
                .allSatisfy(t -> assertThat(t.situation().today()).isEqualTo(LocalDate.of(2027, 4, 1)));
        assertThat(Set.copyOf(ways.get(0).set())).isEqualTo(ways.get(0).set());
    }
}
