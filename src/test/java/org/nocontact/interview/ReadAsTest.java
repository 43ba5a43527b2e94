package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;

/** An answer to a two-part question is said back with every part read from it, in words a person would use. */
class ReadAsTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
    final Advisor standard = new Advisor(rules, rules.profile("standard").orElseThrow());

    @Test
    void aPlanIsSaidBackWithWhatItIsForAndTheDay() {
        ByQuestion script = InterviewTest.full().answer(Key.ACTION, "text her happy birthday");
        new Interview(standard, InterviewTest.TODAY, script).run().orElseThrow();
        assertThat(script.shown().replaceAll("\\s+", " ")).contains("Read as: send a text, a greeting, for their birthday.")
                .doesNotContain("Read as: send a text.");
    }

    @Test
    void eachPartIsWordedAsAPersonWouldSayIt() {
        assertThat(ReadAs.part(Key.PURPOSE, Purpose.GREETING, "a greeting (happy birthday, and so on)")).isEqualTo("a greeting");
        assertThat(ReadAs.part(Key.PURPOSE, Purpose.FEELINGS, "my feelings")).isEqualTo("about your feelings");
        assertThat(ReadAs.part(Key.OCCASION, Optional.of(Occasion.CHRISTMAS), "Christmas")).isEqualTo("for Christmas");
        assertThat(ReadAs.part(Key.OCCASION, Optional.empty(), "no, an ordinary day")).isEmpty();
    }

    @Test
    void withNoPartReadTheAnswerKeepsItsOwnReadingOrNone() {
        assertThat(ReadAs.line("send a text", Optional.of("Read as: send a text."), List.of())).hasValue("Read as: send a text.");
        assertThat(ReadAs.line("send a text", Optional.empty(), List.of())).isEmpty();
        assertThat(ReadAs.line("call them", Optional.empty(), List.of("an apology"))).hasValue("Read as: call them, an apology.");
    }
}
