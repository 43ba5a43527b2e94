package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the option a sentence names, and the nearest ones to ask back with. */
class ChoicesTest {
    private static final Option<String> TEXT = new Option<>("send a text", "TEXT", List.of("text", "txt"));
    private static final Option<String> REPLY = new Option<>("text them back", "REPLY", List.of("reply"));
    private static final Option<String> CALL = new Option<>("call them", "CALL", List.of("call", "ring"));
    private static final Option<String> NONE = new Option<>("none of these", "NONE", List.of("no", "n", "back"));
    private static final List<Option<String>> OPTIONS = List.of(TEXT, REPLY, CALL, NONE);

    @Test
    void anOptionNamedAsWholeWordsIsFound() {
        assertThat(Choices.within(OPTIONS, "i might ring them")).containsExactly(CALL);
        assertThat(Choices.within(OPTIONS, "call")).containsExactly(CALL);
        assertThat(Choices.within(OPTIONS, "i will send a text today")).containsExactly(TEXT);
        assertThat(Choices.within(OPTIONS, "ringing them")).as("part of a word names nothing").isEmpty();
    }

    @Test
    void theLongerNameFoundWinsOverANameInsideIt() {
        assertThat(Choices.within(OPTIONS, "i want to text them back")).containsExactly(REPLY);
        assertThat(Choices.within(OPTIONS, "text or call")).containsExactly(TEXT, CALL);
    }

    @Test
    void shortOrCommonWordsPickNothingOutOfASentence() {
        assertThat(Choices.within(OPTIONS, "no i want them back")).isEmpty();
        assertThat(Choices.within(OPTIONS, "n")).isEmpty();
    }

    @Test
    void anOptionNamedTwiceIsFoundOnce() {
        assertThat(Choices.within(OPTIONS, "call them and call them again")).containsExactly(CALL);
    }

    @Test
    void aTypoOrTwoFindsTheNearestOptionsNearestFirst() {
        assertThat(Choices.nearest(OPTIONS, "cal")).containsExactly(CALL);
        assertThat(Choices.nearest(OPTIONS, "textt")).containsExactly(TEXT);
        assertThat(Choices.nearest(OPTIONS, "replly")).containsExactly(REPLY);
        assertThat(Choices.nearest(OPTIONS, "send a txet")).containsExactly(TEXT);
        assertThat(Choices.nearest(OPTIONS, "tex")).as("at most two, the nearest first").hasSize(1).containsExactly(TEXT);
    }

    @Test
    void tooShortOrTooFarFindsNothing() {
        assertThat(Choices.nearest(OPTIONS, "tx")).isEmpty();
        assertThat(Choices.nearest(OPTIONS, "banana")).isEmpty();
        assertThat(Choices.nearest(OPTIONS, "cxxl")).as("two changes in four letters is too far").isEmpty();
    }

    @Test
    void atMostTwoAreOffered() {
        List<Option<String>> alike = List.of(new Option<>("abcd", "A", List.of()),
                new Option<>("abce", "B", List.of()), new Option<>("abcf", "C", List.of()));
        assertThat(Choices.nearest(alike, "abcx")).hasSize(2);
        List<Option<String>> farFirst = List.of(new Option<>("abcdxx", "FAR", List.of()),
                new Option<>("abcdeg", "NEAR", List.of()));
        assertThat(Choices.nearest(farFirst, "abcdef")).extracting(Option::value).containsExactly("NEAR", "FAR");
    }

    @Test
    void theQuestionBackNamesEachOptionWithItsNumber() {
        assertThat(Choices.didYouMean(OPTIONS, List.of(CALL)))
                .isEqualTo("Did you mean \"call them\" (3)? Type yes, or the number of another choice from 1 to 4.");
        assertThat(Choices.didYouMean(OPTIONS, List.of(TEXT, CALL)))
                .isEqualTo("Did you mean \"send a text\" (1) or \"call them\" (3)? Type its number, or another from 1 to 4.");
    }
}
