package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which words say their ex has died (the questions then stop: the advice is for an ex who is alive), which only
 * may ("hes gone", asked back once), and which use "dead" or "passed" in another sense and are read as usual
 * (tour 14a P6).
 */
class TheyDiedTest {
    @ParameterizedTest
    @ValueSource(strings = {"he passed away last year", "none of those, he died", "she died", "my ex died in march",
            "he passed in january", "she passed.", "He’s passed away", "he was killed in a car crash",
            "post on his memorial page for his bday thursday", "i want to visit his grave", "since her funeral",
            "hes dead.", "she is dead now", "after he died i stopped eating", "2 years after his death",
            "they passed away 2 years ago", "shes sadly passed"})
    void wordsThatSayTheyDiedAreHeard(String typed) {
        assertThat(TheyDied.in(typed)).isEqualTo(TheyDied.Said.DIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none. hes gone", "he's gone", "shes gone now", "he is no longer with us"})
    void goneAloneMayMeanEitherAndIsAskedBack(String typed) {
        assertThat(TheyDied.in(typed)).isEqualTo(TheyDied.Said.MAYBE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"im dead inside", "hes dead to me", "the convo is dead", "she's dead set on moving",
            "my phone died", "i nearly died when she texted", "her mum passed away and i want to send a card",
            "he passed me in the street", "she passed her driving test", "he's gone quiet", "she's gone back to her ex",
            "text her happy memorial day", "hes at st marys memorial hospital", "a grave mistake", "dead tired tbh",
            "we're dead as a couple", "our relationship died", "i'd take it to the grave", "he passed on the message"})
    void deadAndPassedInAnotherSenseAreReadAsUsual(String typed) {
        assertThat(TheyDied.in(typed)).isEqualTo(TheyDied.Said.NOTHING);
    }
}
