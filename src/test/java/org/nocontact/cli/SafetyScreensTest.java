package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The screen a safety answer leads to, as the person reads it: after an answer that was not a
 * clear no, it says what its help is for if it applies, and accuses nobody; after a clear yes it
 * speaks to what they told. Either way it answers their question in one line (guidance, "Safety
 * screens").
 */
class SafetyScreensTest {
    static final String FOUR_NOS = "no\nno\nno\nno\n";

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sometimes i guess", "idk", "hard to say"})
    void anUnclearAnswerToTheUrgeQuestionGetsAGentleJustInCaseScreenWithACounsellorAndNoEmergencyBox(String answer) {
        Cli.Result r = Cli.runWithStdin(FOUR_NOS + answer + "\n", "ask", "--country", "GB", "--today", "2027-03-10");
        String out = oneLine(r.out());
        assertThat(r.exitCode()).isZero();
        assertThat(out).startsWith("If you feel driven to follow them or keep track of where they are, "
                + "a counsellor can help with that.")
                .contains("Support for you", "a therapist or counsellor",
                        "Don't contact them for now: it can wait.") // their question, answered in one line
                .doesNotContain("If you need help now", "999", "Samaritans");
        assertThat(oneLine(r.err())).contains("You didn't give a clear no, so, just in case, I'll take the careful path.")
                .doesNotContain("Thank you for telling me");
    }

    @Test
    void aClearYesToTheUrgeQuestionIsThankedAndNotToldWhatTheHelpIsForIfItApplies() {
        Cli.Result r = Cli.runWithStdin(FOUR_NOS + "yes\n", "ask", "--country", "GB", "--today", "2027-03-10");
        assertThat(oneLine(r.out())).doesNotContain("If you feel driven", "says nothing bad about you")
                .contains("Support for you");
        assertThat(oneLine(r.err())).contains("Thank you for telling me.").doesNotContain("clear no");
    }

    @Test
    void anUnclearAnswerToTheSelfHarmQuestionStillShowsTheEmergencyAndCrisisLinesFirstWithoutBlame() {
        Cli.Result r = Cli.runWithStdin("not sure\n", "ask", "--country", "GB", "--today", "2027-03-10");
        String out = oneLine(r.out());
        assertThat(out).startsWith("If thoughts of hurting yourself come, even now and then, please "
                + "reach out today.")
                .contains("If you need help now", "999", "Samaritans", "Don't send anything tonight: it can wait.");
        assertThat(out.indexOf("If thoughts")).isLessThan(out.indexOf("If you need help now"));
    }

    @Test
    void anUnclearAnswerAboutFeelingUnsafeIsNotToldItSaidItFeelsUnsafe() {
        Cli.Result r = Cli.runWithStdin("no\nmaybe\n", "ask", "--country", "GB", "--today", "2027-03-10");
        String out = oneLine(r.out());
        assertThat(out).startsWith("If you feel unsafe because of your ex, or they have threatened you,")
                .contains("If you need help now", "Don't contact them, and get help to stay safe.")
                .doesNotContain("You said you feel unsafe");
    }

    @Test
    void aSafetyVerdictFromASavedFileSpeaksToWhatTheFileSays() throws Exception {
        Cli.Result r = Cli.runWithStdin("", "check", Cli.example("feeling-unsafe.json").toString());
        assertThat(oneLine(r.out())).doesNotContain("If you feel unsafe because of your ex").contains("If you need help now");
    }
}
