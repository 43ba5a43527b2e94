package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nocontact.json.Named;

/** The five verdicts and the four period advices, as a rule file names them and a person reads them. */
class VerdictsAndPeriodsTest {

    @Test
    void onlyTheThreeVerdictsThatAllowContactReadADraft() {
        assertThat(Arrays.stream(Verdict.values()).filter(Verdict::allowsContact))
                .containsExactly(Verdict.LOGISTICS_ONLY, Verdict.RESPOND_BRIEFLY, Verdict.REACH_OUT);
    }

    @Test
    void eachVerdictHasTheHeadlineThePersonReadsAndIsNamedInAFileAsWritten() {
        assertThat(Arrays.stream(Verdict.values()).map(Verdict::headline)).containsExactly(
                "Put your safety first", "Don't contact them", "Practical matters only", "Reply, briefly",
                "Reaching out is reasonable");
        assertThat(Named.byName(Verdict.class, "RESPOND_BRIEFLY")).contains(Verdict.RESPOND_BRIEFLY);
        assertThat(Named.names(Verdict.class)).containsExactly("SEEK_SUPPORT", "DO_NOT_CONTACT", "LOGISTICS_ONLY",
                "RESPOND_BRIEFLY", "REACH_OUT");
    }

    @Test
    void aPeriodAdviceIsNamedInARuleFileInLowerCase() {
        assertThat(Named.names(PeriodAdvice.class)).containsExactly("none", "holds", "begins", "extends");
        assertThat(Named.byName(PeriodAdvice.class, "extends")).contains(PeriodAdvice.EXTENDS);
    }

    @Test
    void theDayToLookAgainFollowsWhatTheAdviceDoesToThePeriod() {
        assertThat(PeriodAdvice.NONE.lookAgainFact()).isEmpty();
        assertThat(PeriodAdvice.HOLDS.lookAgainFact()).contains(Fact.NO_CONTACT_END);
        assertThat(PeriodAdvice.BEGINS.lookAgainFact()).contains(Fact.NO_CONTACT_END_OR_TOMORROW);
        assertThat(PeriodAdvice.EXTENDS.lookAgainFact()).contains(Fact.NO_CONTACT_EXTENDED_END);
    }

    @Test
    void aTruthOverASetOfSituationsNegatesAndAnUndecidedOneStaysUndecided() {
        assertThat(Truth.TRUE.negate()).isEqualTo(Truth.FALSE);
        assertThat(Truth.FALSE.negate()).isEqualTo(Truth.TRUE);
        assertThat(Truth.UNDECIDED.negate()).isEqualTo(Truth.UNDECIDED);
        assertThat(Truth.of(true)).isEqualTo(Truth.TRUE);
        assertThat(Truth.of(false)).isEqualTo(Truth.FALSE);
    }

    @Test
    void aNameReadsAsWordsAndTheSpecialDaysAsPeopleWriteThem() {
        assertThat(ReadableNames.forName("valentines-day")).isEqualTo("Valentine's Day");
        assertThat(ReadableNames.forName("new-year")).isEqualTo("New Year");
        assertThat(ReadableNames.forName("social-post")).isEqualTo("social-media post");
        assertThat(ReadableNames.forName("their-birthday")).isEqualTo("their birthday");
        assertThat(ReadableNames.forName("kids")).isEqualTo("kids");
    }
}
