package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where exactly lines break: at the width, under a bullet or an indent, and with a prompt's end kept. */
class LineWrappingEdgesTest {
    @Test
    void aLineAsWideAsTheScreenIsLeftAlone() {
        assertThat(LineWrapping.fit("abcde fghij", 11)).isEqualTo("abcde fghij");
        assertThat(LineWrapping.fit("abcde fghij", 10)).isEqualTo("abcde\nfghij");
    }

    @Test
    void aBulletContinuesUnderItsWords() {
        assertThat(LineWrapping.fit("- one two three four", 10)).isEqualTo("- one two\n  three\n  four");
    }

    @Test
    void anIndentedLineKeepsItsIndent() {
        assertThat(LineWrapping.fit("    indented words go here ok", 14)).isEqualTo("    indented\n    words go\n    here ok");
    }

    @Test
    void eachLineIsFittedOnItsOwnAndEmptyLinesStay() {
        assertThat(LineWrapping.fit("short\n\nabcde fghij\n", 10)).isEqualTo("short\n\nabcde\nfghij\n");
        assertThat(LineWrapping.fit("", 10)).isEmpty();
    }

    @Test
    void aWrappedPromptKeepsTheSpaceAfterIt() {
        assertThat(LineWrapping.fit("aaa bbb ccc ", 8)).isEqualTo("aaa bbb\nccc ");
    }

    @Test
    void aDefaultTooWideForTheLineGoesWholeAboveABarePrompt() {
        assertThat(LineWrapping.fit("[a long default answer here] > ", 20))
                .isEqualTo("Enter keeps: a long\n  default answer\n  here\n> ");
    }

    @Test
    void aQuestionOnThePromptLineWrapsAndItsDefaultStaysWholeBesideItsLastLine() {
        assertThat(LineWrapping.fit("Keep this for next time? (yes or no) [yes] > ", 20))
                .isEqualTo("Keep this for next\ntime? (yes or no)\n[yes] > ");
        assertThat(LineWrapping.fit("Keep it? (yes or no) [no, not now] > ", 30))
                .isEqualTo("Keep it? (yes or no)\n[no, not now] > ");
    }
}
