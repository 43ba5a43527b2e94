package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nocontact.TestSituations;

/** A rule's text with {fact} placeholders, as a rule author writes it and as the person reads it. */
class TemplateTest {
    /** Holding a 30-day period since 1 March; today the 30th, so one day is left. */
    private static Facts oneDayLeft() {
        return Facts.of(TestSituations.read("""
                {"today": "2027-03-30", "breakup": {"date": "2027-02-20", "initiatedBy": "them"}, "goal": "reconcile",
                 "noContact": {"since": "2027-03-01", "days": 30}, "plan": {"action": "text", "purpose": "reconcile"}}"""), 30);
    }

    private static Template parse(String text) {
        return Template.parse(text, unknown -> {
            throw new AssertionError("unexpected unknown placeholder " + unknown);
        });
    }

    @Test
    void placeholdersBecomeTheFactsAndTheWordsAroundThemStay() {
        Template t = parse("Day {noContact.day} of {noContact.days}: wait until {noContact.end}.");
        assertThat(t.parts()).containsExactly(new Template.Literal("Day "), new Template.Placeholder(Fact.NO_CONTACT_DAY),
                new Template.Literal(" of "), new Template.Placeholder(Fact.NO_CONTACT_DAYS),
                new Template.Literal(": wait until "), new Template.Placeholder(Fact.NO_CONTACT_END),
                new Template.Literal("."));
        assertThat(t.render(oneDayLeft())).isEqualTo("Day 30 of 30: wait until Wednesday 31 March 2027.");
        assertThat(t.text()).isEqualTo("Day {noContact.day} of {noContact.days}: wait until {noContact.end}.");
    }

    @Test
    void aPlaceholderAtEitherEndAndTwoSideBySideNeedNoWordsBetween() {
        Template t = parse("{noContact.daysLeft}{noContact.days}");
        assertThat(t.parts()).containsExactly(new Template.Placeholder(Fact.NO_CONTACT_DAYS_LEFT),
                new Template.Placeholder(Fact.NO_CONTACT_DAYS));
        assertThat(t.render(oneDayLeft())).isEqualTo("130");
    }

    @Test
    void aTextWithoutPlaceholdersOrWithABraceLeftOpenIsReadAsWritten() {
        assertThat(parse("Hold off for now.").parts()).containsExactly(new Template.Literal("Hold off for now."));
        assertThat(parse("a { left open").parts()).containsExactly(new Template.Literal("a { left open"));
        assertThat(parse("a } alone").parts()).containsExactly(new Template.Literal("a } alone"));
        assertThat(parse("").parts()).isEmpty();
        assertThat(parse("x {noContact.days} {").parts()).containsExactly(new Template.Literal("x "),
                new Template.Placeholder(Fact.NO_CONTACT_DAYS), new Template.Literal(" {"));
    }

    @Test
    void everyUnknownPlaceholderIsNamedAndLeftOut() {
        List<String> unknown = new ArrayList<>();
        Template t = Template.parse("{mood} and {noContact.days} and {x}!", unknown::add);
        assertThat(unknown).containsExactly("mood", "x");
        assertThat(t.render(oneDayLeft())).isEqualTo(" and 30 and !");
    }

    @Test
    void aCountOfOneReadsDayAndOtherCountsDays() {
        Facts facts = oneDayLeft();
        assertThat(parse("{noContact.daysLeft} more days to go").render(facts)).isEqualTo("1 more day to go");
        assertThat(parse("{noContact.daysLeft} days left, {noContact.days} days in all").render(facts))
                .isEqualTo("1 day left, 30 days in all");
        assertThat(parse("{noContact.days} days").render(facts)).isEqualTo("30 days");
        assertThat(parse("{noContact.daysLeft} daysy").render(facts)).as("only the word days").isEqualTo("1 daysy");
    }

    @Test
    void anUnknownFactReadsUnknown() {
        assertThat(parse("Anger: {emotions.anger}.").render(oneDayLeft())).isEqualTo("Anger: unknown.");
    }
}
