package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words as people type them are written out; hedges around an answer are taken off, the answer kept. */
class EverydayWordsTest {
    @ParameterizedTest(name = "\"{0}\" reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {"I DONT know|i don't know", "2 wks ago!|2 weeks ago!", "u   ok?|you ok?",
            "don\u2019t|don't", "Txt him|text him", "yday|yesterday", "  b-day  |birthday"})
    void shortFormsAreWrittenOutAndPunctuationAfterAWordKept(String typed, String words) {
        assertThat(Everyday.words(typed)).isEqualTo(words);
    }

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', value = {"idk like 6?|6", "like 2 weeks ago lol|2 weeks ago", "about 5 or so|5",
            "i think 3 i think|3", "5 tbh.|5", "lol|lol", "maybe|maybe", "honestly|honestly", "!!!|''", "'   '|''",
            "um around 3 weeks ago, i guess|3 weeks ago", "too many. 7?|7"})
    void hedgesAroundAnAnswerAreTakenOff(String typed, String answer) {
        assertThat(Everyday.unhedged(typed)).isEqualTo(answer);
    }
}
