package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.analysis.SmallRuleSets.rule;

import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.authoring.Differ;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;
import org.nocontact.situation.SituationWriter;

/**
 * A date threshold moved by one day moves the day to look again of some situations of a region but
 * not of its witness (issue 18): the diff reports the date change with a situation that {@code check}
 * confirms on both sides (one {@code check} accepts: a period moved back takes the breakup with it;
 * a day that moves only when a count crosses during Christmas is found by telling the situation on
 * Christmas Eve, and one where it crosses as an occasion begins by telling it the day before), and a rewrite that moves no day reports none.
 */
class DiffFindsDatesBesideTheWitnessTest {
    /**
     * Without a message from the ex nothing ever opens. With one, looking again opens when it is 10
     * days old, or when the breakup is {@code days} days old: every witness (breakup and message
     * today) opens on day 10 on both sides; a breakup 29 days ago opens on day 1 with 30 and on day 2
     * with 31.
     */
    private static RuleSet rules(int days) {
        return rules(new Condition.AtLeast(Fact.BREAKUP_DAYS_AGO, days));
    }

    /** As {@link #rules(int)}, with looking again opening where {@code longAgo} holds. */
    private static RuleSet rules(Condition longAgo) {
        return SmallRuleSets.of(30, List.of(
                rule("no-message", new Condition.Is(Fact.EX_CONTACT_PRESENT, false), Verdict.DO_NOT_CONTACT),
                rule("old-message", new Condition.AtLeast(Fact.EX_CONTACT_DAYS_AGO, 10), Verdict.RESPOND_BRIEFLY),
                rule("long-ago", longAgo, Verdict.REACH_OUT),
                rule("wait", new Condition.Always(), Verdict.DO_NOT_CONTACT)));
    }

    @Test
    void aThresholdMovedByOneDayIsADateChangeWhereTheWitnessKeepsItsDay() {
        for (Differ.Change change : dateChanges(rules(30), rules(31))) {
            assertThat(change.aspects()).containsExactly(Differ.Aspect.DATE);
        }
    }

    /**
     * The days of no contact held in place of the breakup's age: a period held 29 days opens on day 1
     * with 30 and on day 2 with 31. Such a period began 29 days ago, so the breakup was at least that
     * long ago too: the witness shown has both (`check` refuses no contact that begins before the breakup).
     */
    @Test
    void aDayFoundByMovingTheDaysHeldIsShownWithASituationCheckAccepts() {
        List<Differ.Change> dates = dateChanges(rules(new Condition.AtLeast(Fact.NO_CONTACT_DAYS_HELD, 30)),
                rules(new Condition.AtLeast(Fact.NO_CONTACT_DAYS_HELD, 31)));
        for (Differ.Change change : dates) {
            Situation read = new SituationReader(change.witness().today()).read(
                    SituationWriter.write(change.witness()).getBytes(StandardCharsets.UTF_8), "the witness");
            assertThat(read.noContact().orElseThrow().since()).isAfterOrEqualTo(read.breakup().date());
        }
    }

    /**
     * The regions where 'wait' decides on both sides and the day moves, each witness's days confirmed
     * by {@code Advisor.advise} (what {@code check} prints); the diff is complete.
     */
    private static List<Differ.Change> dateChanges(RuleSet base, RuleSet changed) {
        return dateChanges(base, changed, "wait");
    }

    /** As {@link #dateChanges(RuleSet, RuleSet)}, where the rule {@code id} decides on both sides. */
    private static List<Differ.Change> dateChanges(RuleSet base, RuleSet changed, String id) {
        Differ.Report report = Differ.diff(base, changed, List.of());
        assertThat(report.complete()).isTrue();
        List<Differ.Change> dates = report.changes().stream()
                .filter(c -> c.from().id().equals(id) && c.to().id().equals(id)).toList();
        assertThat(dates).as("regions where '" + id + "' decides on both sides and the day moves").isNotEmpty();
        for (Differ.Change change : dates) {
            Recommendation was = new Advisor(base, base.profile("p").orElseThrow()).advise(change.witness());
            Recommendation is = new Advisor(changed, changed.profile("p").orElseThrow()).advise(change.witness());
            assertThat(was.reconsiderOn()).isEqualTo(change.fromDate()).isPresent();
            assertThat(is.reconsiderOn()).isEqualTo(change.toDate()).isPresent().isNotEqualTo(was.reconsiderOn());
        }
        return dates;
    }

    /**
     * Valentine's Day and Christmas read from the date (14 February, 24 to 26 December) keep contact
     * closed, but on either a breakup at least {@code days} days old opens a brief reply. So where
     * 'holiday' decides on both sides, the day moves only for a breakup that reaches 30 days during the
     * three days of Christmas: told on Christmas Eve 29 days after the breakup, the reply opens the next
     * day with 30 and the day after with 31. Told on a Valentine's Day, every day keeps its day.
     */
    private static RuleSet holidays(int days) {
        Condition holiday = new Condition.All(List.of(new Condition.In(Fact.PLAN_OCCASION,
                Set.of("valentines-day", "christmas")), new Condition.Is(Fact.PLAN_OCCASION_INFERRED, true)));
        return SmallRuleSets.of(30, List.of(
                rule("holiday-long-ago", new Condition.All(List.of(holiday,
                        new Condition.AtLeast(Fact.BREAKUP_DAYS_AGO, days))), Verdict.RESPOND_BRIEFLY),
                rule("holiday", holiday, Verdict.DO_NOT_CONTACT),
                rule("wait", new Condition.Always(), Verdict.DO_NOT_CONTACT)));
    }

    @Test
    void aDayThatMovesOnlyWhenACountCrossesDuringChristmasIsFoundByTellingTheSituationOnChristmasEve() {
        List<Differ.Change> dates = dateChanges(holidays(30), holidays(31), "holiday");
        assertThat(dates).allSatisfy(change -> {
            assertThat(change.aspects()).containsExactly(Differ.Aspect.DATE);
            assertThat(MonthDay.from(change.witness().today())).isEqualTo(MonthDay.of(12, 24));
        });
    }

    /**
     * Where 'wait' decides, no occasion is read from the date today. The day moves only for a breakup
     * that reaches 30 days on the first day of Christmas or on Valentine's Day: told on 23 December or
     * 13 February 29 days after the breakup, the reply opens the next day with 30, and only at the next
     * occasion with 31.
     */
    @Test
    void aDayThatMovesOnlyWhenACountCrossesAsAnOccasionBeginsIsFoundByTellingTheSituationTheDayBefore() {
        List<Differ.Change> dates = dateChanges(holidays(30), holidays(31), "wait");
        assertThat(dates).allSatisfy(change -> {
            assertThat(change.aspects()).containsExactly(Differ.Aspect.DATE);
            assertThat(MonthDay.from(change.witness().today())).isIn(MonthDay.of(12, 23), MonthDay.of(2, 13));
        });
    }

    @Test
    void theSameThresholdWrittenAnotherWayMovesNoDay() {
        RuleSet base = rules(30);
        RuleSet rewritten = rules(new Condition.Not(new Condition.AtMost(Fact.BREAKUP_DAYS_AGO, 29)));
        Differ.Report report = Differ.diff(base, rewritten, List.of());
        assertThat(report.complete()).isTrue();
        assertThat(report.changes()).isEmpty();
    }
}
