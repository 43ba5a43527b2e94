package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The screen in place of a verdict when an answer says their ex has died (tour 14a P6), as `ask` prints it: gentle,
 * short, the advice said to be for an ex who is alive, remembering them theirs to do, a grief counsellor or someone
 * they trust, the crisis line only as helplines.md lists it; nothing about getting back together, no days without
 * contact, nothing saved, exit 0.
 */
class AnExWhoDiedScreenTest {
    private static final String FIVE_NOS = "no\nno\nno\nno\nno\n";

    @Test
    void aMemorialPostOnTheirBirthdayGetsWordsForTheLossAndNoVerdict() {
        Cli.Result r = Cli.runWithStdin(FIVE_NOS + "post on his memorial page for his bday thursday\n", "ask", "--country",
                "GB", "--today", "2027-03-10");
        String out = SafetyScreensTest.oneLine(r.out());
        assertThat(r.exitCode()).isZero();
        assertThat(out).startsWith("I'm so sorry for your loss.")
                .contains("This advice is for an ex who is alive.", "Remembering them is not contact.",
                        "A grief counsellor, or someone you trust, can help", "Samaritans, 116 123")
                .doesNotContain("get back together", "30 days", "without contact", "999", "Don't contact them");
        assertThat(SafetyScreensTest.oneLine(r.err())).doesNotContain("saved", "More?");
    }

    @Test
    void whereTheCountryIsNotListedTheCrisisLineIsTheGeneralOne() {
        Cli.Result r = Cli.runWithStdin(FIVE_NOS + "text him\nnone\nnone of those, he died\n", "ask", "--today",
                "2027-03-10");
        assertThat(SafetyScreensTest.oneLine(r.out())).contains("I'm so sorry for your loss.",
                "in the US and Canada only, call or text 988");
        assertThat(r.exitCode()).isZero();
    }
}
