package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/** A plan typed as turning up where they are is decided as a draft that says so would be: not an ordinary visit. */
class TurningUpPlanTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
    final Advisor standard = new Advisor(rules, rules.profile("standard").orElseThrow());

    @ParameterizedTest
    @ValueSource(strings = {"show up at her place tonight", "wait for her outside her work", "turn up at her work",
            "go to her house and wait", "turn up at his place", "knock on her door and talk to her", "drive by her place",
            "see her at the gym, she goes every monday", "go to her work and wait for her after her shift",
            "wait outside his building", "show up at his job"})
    void aPlanToTurnUpUninvitedIsDecidedByTheTurningUpRuleAndSaidBack(String plan) {
        ByQuestion script = InterviewTest.full().answer(Key.ACTION, plan);
        Situation s = new Interview(standard, InterviewTest.TODAY, script).run().orElseThrow();
        Recommendation advice = standard.advise(s);
        assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(advice.reasons().get(0).rule()).isEqualTo("draft-threatens-to-turn-up");
        assertThat(advice.doInstead()).anyMatch(line -> line.contains("friend or a counsellor"));
        assertThat(s.plan().message()).hasValueSatisfying(draft -> assertThat(draft).startsWith("i'll ").containsPattern(" your? "));
        assertThat(script.shown().replaceAll("\\s+", " ")).contains("going to where they are without being asked",
                "as if you told them: \"" + s.plan().message().orElseThrow() + "\"")
                .doesNotContain("Please choose a number");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "wait for her outside her work | i'll wait for you outside your work",
        "show up at her place tonight | i'll show up at your place tonight",
        "go to her house and wait | i'll go to your house and wait",
        "knock on her door and talk to her | i'll knock on your door and talk to you",
        "see her at the gym, she goes every monday | i'll see you at the gym, you go every monday",
        "go to her work and wait for her after her shift | i'll go to your work and wait for you after your shift"})
    void whatIsSaidBackReadsAsAPersonWouldSayItToThem(String plan, String saidBack) {
        ByQuestion script = InterviewTest.full().answer(Key.ACTION, plan);
        Situation s = new Interview(standard, InterviewTest.TODAY, script).run().orElseThrow();
        assertThat(s.plan().message()).contains(saidBack);
    }

    @ParameterizedTest
    @ValueSource(strings = {"knock on her door and talk to her", "drive by her place", "wait outside his building"})
    void aPlanToTurnUpIsToldNotToGoNotToKeepAMessageUnsentItNeverHad(String plan) {
        ByQuestion script = InterviewTest.full().answer(Key.ACTION, plan);
        Situation s = new Interview(standard, InterviewTest.TODAY, script).run().orElseThrow();
        Recommendation advice = standard.advise(s);
        String said = advice.summary() + " " + advice.reasons().get(0).text() + " "
                + advice.draft().flatMap(org.nocontact.advice.draft.DraftReview::unsent).orElseThrow();
        assertThat(said).contains("don't go there").doesNotContain("send this message", "message unsent",
                "Your message says");
    }

    @ParameterizedTest
    @ValueSource(strings = {"see her", "visit him", "drop off her stuff", "meet up", "see her in person",
            "meet for coffee"})
    void anOrdinaryVisitIsNotReadAsTurningUp(String plan) {
        ByQuestion script = InterviewTest.full().answer(Key.ACTION, plan).answer(Key.MESSAGE);
        Situation s = new Interview(standard, InterviewTest.TODAY, script).run().orElseThrow();
        assertThat(s.plan().message()).isEmpty();
        assertThat(standard.advise(s).reasons()).noneMatch(reason -> reason.rule().equals("draft-threatens-to-turn-up"));
        assertThat(script.shown()).doesNotContain("as if you told them");
    }
}
