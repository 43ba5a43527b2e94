package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 13's closing tour: "ok" at "shall I put your message in your private journal? [yes]" dropped the message, and
 * "ok" or "sure" at "Keep these answers in your tracker? [yes]" said "Not kept.".
 */
class OffersTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "ok", "k", "okay", "sure", "yes", "yep", "ya", "please", "ok thanks", "Sure!", "yes pls"})
    void anOfferWhoseDefaultIsYesIsTakenByEnterAndEverydayYeses(String typed) {
        assertThat(Offers.declined(Optional.of(typed))).as(typed).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "n", "nope", "nah", "naw", "No thanks", "not now", "dont", "don't", "skip", "nooo"})
    void onlyAClearNoDeclinesIt(String typed) {
        assertThat(Offers.declined(Optional.of(typed))).as(typed).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "okay", "sure", "yes", "yeah", "y", "k", "go ahead"})
    void anOfferWhoseDefaultIsNoIsTakenByAnEverydayYes(String typed) {
        assertThat(Offers.accepted(Optional.of(typed))).as(typed).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no", "nah", "not now", "fine", "idk", "maybe"})
    void anOfferWhoseDefaultIsNoIsNotTakenByAnythingElse(String typed) {
        assertThat(Offers.accepted(Optional.of(typed))).as(typed).isFalse();
    }

    @Test
    void nothingTypedAtAllKeepsTheDefault() {
        assertThat(Offers.declined(Optional.empty())).isFalse();
        assertThat(Offers.accepted(Optional.empty())).isFalse();
    }
}
