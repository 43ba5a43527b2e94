package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The careful path after an answer that is not a clear no says what fits what the person told: a court order
 * named as what their ex would turn to if the texts go on is their request for no contact, and the help lines are
 * for the concern raised (second closing tour of session 13, T7; issue 21 item 1). The careful path itself is kept.
 */
class CarefulPathFitsWhatWasSaidTest {
    /** No to the first three safety questions; the court-order question is the fourth. */
    private static final String TO_THE_COURT_ORDER = "n\nn\nn\n";

    @Test
    void aRestrainingOrderThreatenedOverTextsTakesUpTheirRequestAndShowsNoAbuseLine() {
        Cli.Result r = Cli.runWithStdin(TO_THE_COURT_ORDER
                + "no but she said she'd get a restraining order if i keep texting\n\n", "ask", "--country", "DE");
        assertThat(r.err()).contains("You didn't give a clear no, so, just in case, I'll take the careful path.")
                .doesNotContain("Do you feel driven to follow them");
        String screen = r.out().replaceAll("\\s+", " ");
        assertThat(screen).contains("They asked you to stop contacting them: that is a request for no contact",
                "keep to its terms exactly", "112 in Germany")
                .doesNotContain("Domestic abuse", "Hilfetelefon", "If you feel unsafe");
        assertThat(r.err().replaceAll("\\s+", " ")).doesNotContain("domestic abuse");
    }

    @Test
    void withADangerToldBesideTheRequestTheAbuseLinesStay() {
        Cli.Result r = Cli.runWithStdin(TO_THE_COURT_ORDER
                + "no but he said he'd call the cops if i keep texting, and he hit me once\n\n", "ask", "--country", "DE");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("Domestic abuse: for women", "Hilfetelefon")
                .doesNotContain("request for no contact");
    }

    @Test
    void anUnclearAnswerWithoutTheirRequestKeepsTheHelpForACourtOrder() {
        Cli.Result r = Cli.runWithStdin(TO_THE_COURT_ORDER + "not sure\n\n", "ask", "--country", "DE");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("If there is a court order between you",
                "Domestic abuse: for women").doesNotContain("request for no contact");
    }

    @Test
    void aCourtOrderThatIsThereIsAClearYesWithItsHelpLines() {
        Cli.Result r = Cli.runWithStdin(TO_THE_COURT_ORDER
                + "yes she got a restraining order because i kept texting\n\n", "ask", "--country", "DE");
        assertThat(r.err()).contains("Thank you for telling me.");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("Domestic abuse").doesNotContain("request for no contact");
    }
}
