package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nocontact.situation.Situation;

/**
 * A threat described at the threat question (tour15a F7.2) is thanked as a yes, never answered "just in case"; a threat
 * to share private photos is told what helps with it. A real hedge stays unclear, worded as such.
 */
class ThreatToldOfTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    private final StringWriter transcript = new StringWriter();

    private Situation atTheThreatQuestion(String answer) {
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(("no\nno\n" + answer + "\n")
                .getBytes(StandardCharsets.UTF_8)), new PrintWriter(transcript));
        return new Interview(builtIn.standard(), InterviewTest.TODAY, console).run().orElseThrow();
    }

    private String said() {
        return transcript.toString().replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he said hed post my pics if i dont come back. idk if hed actually do it",
            "kinda? he said hed leak our photos", "not really, he just said he'd send my pics to my boss lol"})
    void aThreatToShareTheirPhotosIsThankedAndToldWhatHelps(String answer) {
        Situation s = atTheThreatQuestion(answer);
        assertThat(s.safety().threatened()).isTrue();
        assertThat(said()).contains("Thank you for telling me.", "Keep the messages as they are",
                "don't give in to what they demand", "report it to the police, and to the site or app")
                .doesNotContain("You didn't give a clear no", "just in case");
    }

    @ParameterizedTest
    @ValueSource(strings = {"she said shed kill me if i came back", "he threatened me last week tbh idk"})
    void anyThreatToldOfIsThankedWithoutThePhotoAdvice(String answer) {
        atTheThreatQuestion(answer);
        assertThat(said()).contains("Thank you for telling me.").doesNotContain("just in case", "private photos");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not sure", "kinda idk", "no... well sometimes"})
    void aRealHedgeStaysUnclearOnTheSafePath(String answer) {
        Situation s = atTheThreatQuestion(answer);
        assertThat(s.safety().threatened()).isTrue();
        assertThat(said()).contains("You didn't give a clear no, so, just in case");
    }
}
