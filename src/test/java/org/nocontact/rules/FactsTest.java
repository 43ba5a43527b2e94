package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nocontact.TestSituations;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;

/** What a rule reads from a situation: every fact a condition can name, worked out as the person would count it. */
class FactsTest {
    /** docs/examples/valentines-text.json, with every safety and boundary answer a yes and three unanswered messages. */
    static final String VALENTINES = """
            {"today": "2027-02-14",
             "breakup": {"date": "2027-01-20", "initiatedBy": "them", "feelingsExpressed": true},
             "goal": "reconcile",
             "noContact": {"since": "2027-01-21", "days": 30},
             "ties": ["belongings", "children"],
             "exContact": {"date": "2027-02-10", "about": "personal"},
             "emotions": {"anger": 2, "sadness": 4, "confidence": 7},
             "safety": {"unsafe": true, "threatened": true, "selfHarm": true, "urgeToMonitor": true, "protectionOrder": true},
             "boundaries": {"exAskedNoContact": true, "blocked": true, "exceptAbout": "the dog"},
             "history": {"unansweredMessages": 3},
             "plan": {"action": "text", "purpose": "greeting", "occasion": "valentines-day", "message": "Happy Valentine's Day"}}""";

    @Test
    void everyFactOfAFullSituationIsKnownAndCountedInDays() {
        Facts facts = Facts.of(TestSituations.read(VALENTINES), 45);
        Map<Fact, Object> expected = new LinkedHashMap<>();
        expected.put(Fact.TODAY, LocalDate.of(2027, 2, 14));
        expected.put(Fact.BREAKUP_DATE, LocalDate.of(2027, 1, 20));
        expected.put(Fact.BREAKUP_DAYS_AGO, 25);
        expected.put(Fact.BREAKUP_INITIATED_BY, "them");
        expected.put(Fact.BREAKUP_FEELINGS_EXPRESSED, true);
        expected.put(Fact.GOAL, "reconcile");
        expected.put(Fact.NO_CONTACT_STARTED, true);
        expected.put(Fact.NO_CONTACT_SINCE, LocalDate.of(2027, 1, 21));
        expected.put(Fact.NO_CONTACT_DAYS, 30);
        expected.put(Fact.NO_CONTACT_DAYS_HELD, 24);
        expected.put(Fact.NO_CONTACT_DAY, 25);
        expected.put(Fact.NO_CONTACT_DAYS_LEFT, 6);
        expected.put(Fact.NO_CONTACT_COMPLETE, false);
        expected.put(Fact.NO_CONTACT_END, LocalDate.of(2027, 2, 20));
        expected.put(Fact.NO_CONTACT_EXTENDED_END, LocalDate.of(2027, 3, 16));
        expected.put(Fact.NO_CONTACT_END_OR_TOMORROW, LocalDate.of(2027, 2, 20));
        expected.put(Fact.TIES, Set.of("belongings", "children"));
        expected.put(Fact.TIES_COUNT, 2);
        expected.put(Fact.EX_CONTACT_PRESENT, true);
        expected.put(Fact.EX_CONTACT_ABOUT, "personal");
        expected.put(Fact.EX_CONTACT_DAYS_AGO, 4);
        expected.put(Fact.ANGER, 2);
        expected.put(Fact.SADNESS, 4);
        expected.put(Fact.CONFIDENCE, 7);
        expected.put(Fact.UNSAFE, true);
        expected.put(Fact.THREATENED, true);
        expected.put(Fact.SELF_HARM, true);
        expected.put(Fact.URGE_TO_MONITOR, true);
        expected.put(Fact.PROTECTION_ORDER, true);
        expected.put(Fact.EX_ASKED_NO_CONTACT, true);
        expected.put(Fact.BLOCKED, true);
        expected.put(Fact.EXCEPT_ABOUT, new Facts.Words("the dog"));
        expected.put(Fact.UNANSWERED_MESSAGES, 3);
        expected.put(Fact.PLAN_ACTION, "text");
        expected.put(Fact.PLAN_PURPOSE, "greeting");
        expected.put(Fact.PLAN_OCCASION, "valentines-day");
        expected.put(Fact.PLAN_OCCASION_INFERRED, false);
        expected.put(Fact.PLAN_MESSAGE_THREATENS, false);
        assertThat(expected).as("the table names every fact").containsOnlyKeys(Fact.values());
        expected.forEach((fact, value) -> assertThat(facts.value(fact)).as(fact.factName()).contains(value));
        assertThat(facts.display(Fact.EXCEPT_ABOUT)).as("said as the person gave it").isEqualTo("the dog");
    }

    @Test
    void aPeriodNotBegunRunsFromTodayWithTheRuleSetsLengthAndIsNotComplete() {
        Situation s = TestSituations.read("""
                {"today": "2027-03-10", "breakup": {"date": "2027-03-01", "initiatedBy": "me"}, "goal": "move-on",
                 "plan": {"action": "text", "purpose": "reconcile"}}""");
        Facts facts = Facts.of(s, 45);
        assertThat(facts.value(Fact.NO_CONTACT_STARTED)).contains(false);
        assertThat(facts.value(Fact.NO_CONTACT_SINCE)).isEmpty();
        assertThat(facts.value(Fact.NO_CONTACT_DAYS)).contains(45);
        assertThat(facts.value(Fact.NO_CONTACT_DAYS_HELD)).contains(0);
        assertThat(facts.value(Fact.NO_CONTACT_DAY)).contains(0);
        assertThat(facts.value(Fact.NO_CONTACT_DAYS_LEFT)).contains(45);
        assertThat(facts.value(Fact.NO_CONTACT_COMPLETE)).contains(false);
        assertThat(facts.date(Fact.NO_CONTACT_END)).contains(LocalDate.of(2027, 4, 24));
        assertThat(facts.value(Fact.BREAKUP_FEELINGS_EXPRESSED)).as("not answered").isEmpty();
        assertThat(facts.value(Fact.EX_CONTACT_PRESENT)).contains(false);
        assertThat(facts.value(Fact.EX_CONTACT_ABOUT)).isEmpty();
        assertThat(facts.value(Fact.TIES)).contains(Set.of());
        assertThat(facts.display(Fact.TIES)).isEqualTo("none");
        assertThat(facts.display(Fact.ANGER)).isEqualTo("unknown");
        assertThat(facts.value(Fact.PLAN_OCCASION)).isEmpty();
    }

    @Test
    void aPeriodWhoseLastDayIsTodayIsCompleteAndLooksAgainTomorrow() {
        String holding = """
                {"today": "TODAY", "breakup": {"date": "2027-02-20", "initiatedBy": "them"}, "goal": "reconcile",
                 "noContact": {"since": "2027-03-01", "days": 30}, "plan": {"action": "text", "purpose": "reconcile"}}""";
        Facts facts = Facts.of(TestSituations.read(holding.replace("TODAY", "2027-03-31")), 45);
        assertThat(facts.value(Fact.NO_CONTACT_COMPLETE)).contains(true);
        assertThat(facts.value(Fact.NO_CONTACT_DAYS_LEFT)).contains(0);
        assertThat(facts.date(Fact.NO_CONTACT_END)).contains(LocalDate.of(2027, 3, 31));
        assertThat(facts.date(Fact.NO_CONTACT_END_OR_TOMORROW)).contains(LocalDate.of(2027, 4, 1));
        Facts dayBefore = Facts.of(TestSituations.read(holding.replace("TODAY", "2027-03-30")), 45);
        assertThat(dayBefore.value(Fact.NO_CONTACT_COMPLETE)).contains(false);
        assertThat(dayBefore.value(Fact.NO_CONTACT_DAYS_LEFT)).contains(1);
    }

    @Test
    void factsReadAsAPersonWouldInAReason() {
        Facts facts = Facts.of(TestSituations.read(VALENTINES), 30);
        assertThat(facts.display(Fact.PLAN_OCCASION)).isEqualTo("Valentine's Day");
        assertThat(facts.display(Fact.NO_CONTACT_END)).isEqualTo("Saturday 20 February 2027");
        assertThat(facts.display(Fact.NO_CONTACT_DAYS_LEFT)).isEqualTo("6");
        assertThat(facts.display(Fact.TIES)).isEqualTo("belongings, children");
        assertThat(facts.date(Fact.GOAL)).as("not a date").isEmpty();
        assertThat(facts.isTrue(Fact.BLOCKED)).isTrue();
        assertThat(facts.isTrue(Fact.PLAN_OCCASION_INFERRED)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2027-02-14,VALENTINES_DAY", "2027-02-13,", "2027-02-15,", "2026-12-23,", "2026-12-24,CHRISTMAS",
            "2026-12-26,CHRISTMAS", "2026-12-27,", "2026-12-30,", "2026-12-31,NEW_YEAR", "2027-01-01,NEW_YEAR",
            "2027-01-02,", "2027-11-25,", "2027-01-25,", "2027-12-14,", "2027-01-31,", "2027-02-24,", "2027-01-12,",
            "2028-02-14,VALENTINES_DAY"})
    void theDayItselfMakesTheOccasionOnlyOnItsOwnDays(LocalDate day, Occasion occasion) {
        assertThat(Facts.inferredOccasion(day)).isEqualTo(Optional.ofNullable(occasion));
    }
}
