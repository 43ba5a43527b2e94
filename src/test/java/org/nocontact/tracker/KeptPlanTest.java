package org.nocontact.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;

class KeptPlanTest {
    static final String KEPT = """
            {"today": "2027-01-04", "breakup": {"date": "2026-12-14", "initiatedBy": "them"}, "goal": "reconcile",
             "noContact": {"since": "2026-12-20", "days": 45}, "history": {"unansweredMessages": 1},
             "plan": {"action": "text", "purpose": "feelings", "occasion": "christmas"}}
            """;
    static final LocalDate JAN_4 = LocalDate.of(2027, 1, 4);

    static Kept kept(List<Period> periods, List<Entry.Slip> slips, List<Entry.Heard> heard, ExDates dates) {
        return new Kept(periods, slips, List.of(), heard, List.of(), Optional.of(KEPT), dates);
    }

    @Test
    void withoutAPeriodInTheTrackerTheKeptAnswersStandAsGiven() {
        Situation s = KeptPlan.of(kept(List.of(), List.of(), List.of(), ExDates.NONE), JAN_4).orElseThrow().on(JAN_4);
        assertThat(s.noContact()).contains(new Situation.NoContact(LocalDate.of(2026, 12, 20), OptionalInt.of(45)));
        assertThat(s.unansweredMessages()).isEqualTo(1);
        assertThat(s.today()).isEqualTo(JAN_4);
    }

    @Test
    void theTrackersPeriodSlipsAndTheirMessagesBringTheAnswersToTheDay() {
        Period ended = new Period(1, JAN_4, 30, Optional.of(JAN_4.plusDays(4)), Optional.of(Period.EndReason.SLIP));
        Period running = new Period(2, JAN_4.plusDays(5), 30, Optional.empty(), Optional.empty());
        Entry.Slip slip = new Entry.Slip(JAN_4.plusDays(4), Entry.SlipKind.MESSAGE, Optional.empty(),
                JAN_4.plusDays(4).atTime(23, 0));
        KeptPlan plan = KeptPlan.of(kept(List.of(ended, running), List.of(slip), List.of(), ExDates.NONE), JAN_4)
                .orElseThrow();
        Situation day7 = plan.on(JAN_4.plusDays(6));
        assertThat(day7.noContact()).contains(new Situation.NoContact(JAN_4.plusDays(5), OptionalInt.of(30)));
        assertThat(day7.unansweredMessages()).isEqualTo(2);
        assertThat(plan.on(JAN_4.plusDays(2)).unansweredMessages()).as("before the slip").isEqualTo(1);
        assertThat(plan.on(JAN_4.plusDays(4)).noContact()).as("on the slip day, the period ended").isEmpty();

        Entry.Heard wrote = new Entry.Heard(JAN_4.plusDays(8), ExContactAbout.PERSONAL, LocalDateTime.of(2027, 1, 12, 9, 0));
        Situation after = KeptPlan.of(kept(List.of(ended, running), List.of(slip), List.of(wrote), ExDates.NONE), JAN_4)
                .orElseThrow().on(JAN_4.plusDays(9));
        assertThat(after.exContact()).contains(new Situation.ExContact(JAN_4.plusDays(8), ExContactAbout.PERSONAL));
        assertThat(after.unansweredMessages()).as("they wrote: the slip's message is answered").isEqualTo(1);
    }

    @Test
    void theOccasionIsReadFromEachDayAndTheirDates() {
        ExDates dates = new ExDates(Optional.of(MonthDay.of(1, 28)), Optional.of(MonthDay.of(3, 2)));
        KeptPlan plan = KeptPlan.of(kept(List.of(), List.of(), List.of(), dates), JAN_4).orElseThrow();
        assertThat(plan.on(LocalDate.of(2027, 1, 28)).plan().occasion()).contains(Occasion.BIRTHDAY);
        assertThat(plan.on(LocalDate.of(2027, 3, 2)).plan().occasion()).contains(Occasion.ANNIVERSARY);
        Situation ordinary = plan.on(LocalDate.of(2027, 1, 20));
        assertThat(ordinary.plan().occasion()).as("the kept Christmas plan does not follow them into January").isEmpty();
        assertThat(ordinary.plan().inferOccasion()).isTrue();
    }
}
