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

    /** Session 14's closing note: someone else's death, in words that name them first, is not the ex's. */
    @ParameterizedTest
    @ValueSource(strings = {"my dad passed away and i want to tell her", "his dog passed away", "she lost her grandma",
            "my grandma was ill for years and she passed away last week", "we had a dog together, he died in march",
            "her dad passed away last month, she's not coping", "my nan died and i want him at the funeral",
            "his mum died last year. i want to visit her grave with him", "our cat was old, she passed."})
    void someoneElsesDeathIsNotTheExs(String typed) {
        assertThat(TheyDied.in(typed)).isEqualTo(TheyDied.Said.NOTHING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my ex died, my mum told me", "he passed away in june, his mum told me"})
    void theExNamedAsSuchOrBeforeAnyoneElseIsStillHeard(String typed) {
        assertThat(TheyDied.in(typed)).isEqualTo(TheyDied.Said.DIED);
    }
}
