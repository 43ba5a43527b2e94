package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.TestSituations.period;
import static org.nocontact.TestSituations.read;
import static org.nocontact.TestSituations.ready;
import static org.nocontact.TestSituations.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nocontact.BuiltIn;
import org.nocontact.analysis.Budget;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * What the days ahead leave open: how the person will feel, and a goal they are unsure of; nothing
 * else they told. The analysis is paid for by the budget of whoever asked for it.
 */
class FreeAnswersTest {
    static ObjectNode completePeriod() {
        return ready(period(set(set(org.nocontact.TestSituations.base(), "breakup.date", "2026-12-28"),
                "today", "2027-05-01"), "2027-04-01", 30));
    }

    static Verdict[] openToday(Advisor advisor, ObjectNode s) {
        Situation situation = read(s);
        return advisor.project(situation).day(situation.today()).open().toArray(Verdict[]::new);
    }

    @Test
    void feelingsAreLeftOpenSoAReadyPersonMightNotBe() {
        Advisor standard = BuiltIn.load().standard();
        assertThat(openToday(standard, completePeriod())).containsExactlyInAnyOrder(Verdict.REACH_OUT, Verdict.DO_NOT_CONTACT);
    }

    @Test
    void aGoalTheyAreUnsureOfIsLeftOpenAndAGoalTheyGaveIsNot() {
        Advisor standard = BuiltIn.load().standard();
        assertThat(openToday(standard, set(completePeriod(), "goal", "move-on"))).containsExactly(Verdict.DO_NOT_CONTACT);
        assertThat(openToday(standard, set(completePeriod(), "goal", "unsure"))).contains(Verdict.REACH_OUT);
        assertThat(openToday(standard, completePeriod())).as("asked after another goal, nothing of it is reused")
                .containsExactlyInAnyOrder(Verdict.REACH_OUT, Verdict.DO_NOT_CONTACT);
        assertThat(openToday(standard, set(completePeriod(), "goal", "friends"))).containsExactly(Verdict.DO_NOT_CONTACT);
    }

    @Test
    void whatTheyToldIsHeldAsTheyToldIt() {
        Advisor standard = BuiltIn.load().standard();
        ObjectNode practical = set(completePeriod(), "plan.purpose", "logistics");
        practical.putArray("ties").add("belongings");
        assertThat(openToday(standard, practical)).containsExactly(Verdict.LOGISTICS_ONLY);
    }

    @Test
    void anAnalysisInsideAnotherIsPaidByTheInnerBudgetAndThenTheOuterAgain() {
        BuiltIn builtIn = BuiltIn.load();
        Situation s = read(completePeriod());
        Budget outer = Budget.standard();
        Budget inner = Budget.standard();
        long[] outerBeforeAndAfterInner = new long[2];
        Advisor.spending(outer, () -> {
            outerBeforeAndAfterInner[0] = outer.used();
            Advisor.spending(inner, () -> builtIn.standard().project(s).day(s.today()));
            outerBeforeAndAfterInner[1] = outer.used();
            return builtIn.strict().project(s.withToday(LocalDate.of(2027, 6, 1))).day(LocalDate.of(2027, 6, 1));
        });
        assertThat(inner.used()).as("the inner work").isPositive();
        assertThat(outerBeforeAndAfterInner[1]).as("the outer budget paid nothing for it").isEqualTo(outerBeforeAndAfterInner[0]);
        assertThat(outer.used()).as("and paid for what came after it").isGreaterThan(outerBeforeAndAfterInner[1]);
    }
}
