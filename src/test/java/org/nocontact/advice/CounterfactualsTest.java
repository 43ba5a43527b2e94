package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.TestSituations.exWrote;
import static org.nocontact.TestSituations.period;
import static org.nocontact.TestSituations.read;
import static org.nocontact.TestSituations.ready;
import static org.nocontact.TestSituations.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.rules.Verdict;

/** "What would change it": each entry names one change the person could make, and says it truthfully. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterfactualsTest {
    final BuiltIn builtIn = BuiltIn.load();

    Recommendation standard(ObjectNode s) {
        return builtIn.standard().advise(read(s));
    }

    Recommendation strict(ObjectNode s) {
        return builtIn.strict().advise(read(s));
    }
    static ObjectNode base() {
        return set(org.nocontact.TestSituations.base(), "breakup.date", "2026-12-28");
    }

    @Test
    void holdingNoContactIsNotCreditedWithWhereTheCalendarLands() {
        // docs/examples/i-ended-it.json: 30 days from 15 January is 14 February. Holding no contact
        // changes nothing for someone who ended it; only the date would, and that is not a change.
        ObjectNode endedIt = set(set(set(base(), "today", "2027-01-15"), "breakup.initiatedBy", "me"),
                "breakup.feelingsExpressed", false);
        Recommendation r = standard(endedIt);
        assertThat(r.verdict()).isEqualTo(Verdict.REACH_OUT);
        assertThat(r.wouldChange()).extracting(Recommendation.Change::change)
                .noneMatch(change -> change.contains("no contact") || change.contains("2027-02-14"));
    }

    /** Issue 21: a what-if names only answers they gave or could choose, never an unclear goal they did not give. */
    @Test
    void someoneWhoEndedItAndWantsThemBackIsNeverToldWhatAnUnclearGoalWouldDo() {
        ObjectNode endedIt = set(set(set(base(), "today", "2027-01-15"), "breakup.initiatedBy", "me"),
                "breakup.feelingsExpressed", false);
        Recommendation r = standard(endedIt);
        assertThat(r.wouldChange()).extracting(Recommendation.Change::change)
                .noneMatch(change -> change.contains("unclear") || change.contains("not sure"))
                .contains("If your goal were to move on");
    }

    @Test
    void aPeriodThatEndsOnValentinesDayIsStillCompleteThatDay() {
        ObjectNode holding = ready(period(set(base(), "today", "2027-02-01"), "2027-01-15", 30));
        Recommendation r = standard(holding);
        assertThat(r.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(r.wouldChange()).anySatisfy(c -> {
            assertThat(c.change()).isEqualTo("Once your no-contact period is complete (Sunday 14 February 2027)");
            assertThat(c.verdict()).as("the holding is what changes it").isEqualTo(Verdict.REACH_OUT);
        });
    }

    @Test
    void timePassingOnAnOccasionSaysTheOccasionWillHavePassed() {
        ObjectNode valentines = ready(period(set(base(), "today", "2027-02-14"), "2027-01-21", 30));
        assertThat(standard(valentines).wouldChange()).anySatisfy(c -> {
            assertThat(c.change()).isEqualTo("Once your no-contact period is complete (Saturday 20 February 2027) and Valentine's Day has passed");
            assertThat(c.verdict()).isEqualTo(Verdict.REACH_OUT);
        });
    }

    @Test
    void anOccasionTheyNamedReadsAsASubject() {
        ObjectNode birthday = ready(period(set(set(base(), "today", "2027-03-20"), "plan.occasion", "birthday"),
                "2027-03-01", 30));
        assertThat(standard(birthday).wouldChange()).extracting(Recommendation.Change::change)
                .contains("Once your no-contact period is complete (Wednesday 31 March 2027) and their birthday has passed");
        ObjectNode anniversary = ready(period(set(set(base(), "today", "2027-03-20"), "plan.occasion", "anniversary"),
                "2027-01-01", 30));
        assertThat(standard(anniversary).wouldChange()).extracting(Recommendation.Change::change)
                .contains("If it were an ordinary day, not your anniversary");
    }

    /** docs/examples/ready-after-30-days.json: ready, and wanting them back. */
    static ObjectNode readyToReconcile() {
        return ready(period(set(set(base(), "today", "2027-05-01"), "plan.purpose", "reconcile"), "2027-04-01", 30));
    }

    @Test
    void everyOtherGoalIsOfferedAsAChangeWhenItWouldChangeTheVerdict() {
        Recommendation r = standard(readyToReconcile());
        assertThat(r.verdict()).isEqualTo(Verdict.REACH_OUT);
        assertThat(r.wouldChange()).filteredOn(c -> c.change().startsWith("If your goal were"))
                .extracting(Recommendation.Change::change, Recommendation.Change::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("If your goal were to move on", Verdict.DO_NOT_CONTACT),
                        org.assertj.core.groups.Tuple.tuple("If your goal were to be friends", Verdict.DO_NOT_CONTACT));
    }

    @Test
    void forSomeoneMovingOnWantingThemBackIsOfferedAndMovingOnIsNot() {
        Recommendation r = standard(set(readyToReconcile(), "goal", "move-on"));
        assertThat(r.verdict()).isNotEqualTo(Verdict.REACH_OUT);
        assertThat(r.wouldChange()).extracting(Recommendation.Change::change, Recommendation.Change::verdict)
                .contains(org.assertj.core.groups.Tuple.tuple("If your goal were to get back together", Verdict.REACH_OUT));
        assertThat(r.wouldChange()).extracting(Recommendation.Change::change)
                .doesNotContain("If your goal were to move on");
    }

    @Test
    void whenTheyHaveNotWrittenTheirFirstMessageIsOfferedAsAChange() {
        // docs/examples/strict-waiting.json under strict: wait for them to reach out.
        ObjectNode waiting = ready(period(set(base(), "today", "2027-05-10"), "2027-04-01", 30));
        Recommendation r = strict(waiting);
        assertThat(r.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(r.wouldChange()).extracting(Recommendation.Change::change, Recommendation.Change::verdict)
                .contains(org.assertj.core.groups.Tuple.tuple("If they wrote to you first on a personal note", Verdict.REACH_OUT));
    }

    @Test
    void whenTheyHaveWrittenReplyingToThemIsOfferedInsteadOfTheirWritingFirst() {
        // docs/examples/valentines-text.json: they wrote, and the person means to text on Valentine's Day.
        ObjectNode valentines = exWrote(ready(period(set(set(base(), "today", "2027-02-14"), "plan.purpose", "greeting"),
                "2027-01-21", 30)), "personal");
        Recommendation r = standard(valentines);
        assertThat(r.wouldChange()).extracting(Recommendation.Change::change, Recommendation.Change::verdict)
                .contains(org.assertj.core.groups.Tuple.tuple("If you were only replying to their message", Verdict.REACH_OUT));
        assertThat(r.wouldChange()).extracting(Recommendation.Change::change)
                .doesNotContain("If they wrote to you first on a personal note");
    }
}
