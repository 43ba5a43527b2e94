package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;
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
                .contains("Once your no-contact period is complete (Wednesday 31 March 2027) and the birthday has passed");
        ObjectNode anniversary = ready(period(set(set(base(), "today", "2027-03-20"), "plan.occasion", "anniversary"),
                "2027-01-01", 30));
        assertThat(standard(anniversary).wouldChange()).extracting(Recommendation.Change::change)
                .contains("If it were an ordinary day, not the anniversary");
    }
}
