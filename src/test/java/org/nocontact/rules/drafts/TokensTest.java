package org.nocontact.rules.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.rules.drafts.PhraseMatchingTest.found;

import org.junit.jupiter.api.Test;

/** Where a draft's lines and words begin and end, as the person sees them in a note about a line. */
class TokensTest {

    private static String of(int... codePoints) {
        return new String(codePoints, 0, codePoints.length);
    }

    @Test
    void aDraftBreaksIntoLinesAtEveryKindOfLineBreak() {
        assertThat(Tokens.lines("Hi.\nThe keys.")).containsExactly("Hi.", "The keys.");
        assertThat(Tokens.lines("Hi.\r\nThe keys.")).as("Windows").containsExactly("Hi.", "The keys.");
        assertThat(Tokens.lines("Hi.\rThe keys.")).as("old Mac").containsExactly("Hi.", "The keys.");
    }

    @Test
    void anEmptyLineIsALineOfItsOwn() {
        assertThat(Tokens.lines("Hi.\n\nThe keys.")).containsExactly("Hi.", "", "The keys.");
        assertThat(Tokens.lines("Hi.\r\r\nThe keys.")).containsExactly("Hi.", "", "The keys.");
        assertThat(Tokens.lines("\nThe keys.")).containsExactly("", "The keys.");
    }

    @Test
    void aFinalLineBreakStartsNoLineAndAnEmptyDraftIsOneEmptyLine() {
        assertThat(Tokens.lines("The keys.\n")).containsExactly("The keys.");
        assertThat(Tokens.lines("The keys.\r")).containsExactly("The keys.");
        assertThat(Tokens.lines("The keys.\r\n")).containsExactly("The keys.");
        assertThat(Tokens.lines("")).containsExactly("");
        assertThat(Tokens.lines("\n")).containsExactly("");
    }

    @Test
    void codePointsOfTheEmojiBlocksThisJavaDoesNotKnowYetAreEmojiUpToTheBlocksEdges() {
        assertThat(Tokens.isPictograph(0x1FAFF)).as("last of Symbols and Pictographs Extended-A").isTrue();
        assertThat(Tokens.isPictograph(0x1FC00)).as("first of the rest of plane 1").isTrue();
        assertThat(Tokens.isPictograph(0x1FFFD)).as("last of the rest of plane 1").isTrue();
        assertThat(Tokens.isPictograph(0x1FFFE)).as("a noncharacter").isFalse();
        assertThat(Tokens.isPictograph(0x1EFFF)).as("unassigned, before the emoji blocks").isFalse();
        assertThat(Tokens.isPictograph(0x2FFFD)).as("unassigned, in another plane").isFalse();
        assertThat(Tokens.isPictograph(0x2764)).as("a heart").isTrue();
        assertThat(Tokens.isPictograph('x')).isFalse();
    }

    @Test
    void everySkinToneStaysWithItsEmojiAndDoesNotChangeWhatItMatches() {
        assertThat(found("bye " + of(0x1F44B, 0x1F3FB), of(0x1F44B))).containsExactly(of(0x1F44B, 0x1F3FB));
        assertThat(found("bye " + of(0x1F44B, 0x1F3FF), of(0x1F44B))).containsExactly(of(0x1F44B, 0x1F3FF));
        assertThat(Tokens.isPictograph(0x1F3FB)).as("a skin tone alone").isFalse();
        assertThat(Tokens.isPictograph(0x1F3FF)).as("a skin tone alone").isFalse();
    }

    @Test
    void everyVariationSelectorKeycapAndTagStaysWithItsEmoji() {
        assertThat(found("ok " + of(0x2764, 0xFE00), "❤")).containsExactly(of(0x2764, 0xFE00));
        assertThat(found("ok " + of(0x2764, 0xFE0F), "❤")).containsExactly(of(0x2764, 0xFE0F));
        assertThat(found("ok " + of(0x2764, 0x20E3), "❤")).containsExactly(of(0x2764, 0x20E3));
        String england = of(0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F);
        assertThat(found("go " + england, of(0x1F3F4))).containsExactly(england);
        assertThat(found("go " + of(0x1F3F4, 0xE0020), of(0x1F3F4))).containsExactly(of(0x1F3F4, 0xE0020));
    }

    @Test
    void aJoinedEmojiIsOneTokenKeyedByItsPicturesAndJoiners() {
        String heartOnFire = of(0x2764, 0xFE0F, 0x200D, 0x1F525);
        assertThat(Tokens.tokens(heartOnFire)).containsExactly(
                new Tokens.Token(of(0x2764, 0x200D, 0x1F525), true, 0, heartOnFire.length()));
        assertThat(found("so " + heartOnFire, heartOnFire)).containsExactly(heartOnFire);
    }

    @Test
    void aJoinerWithNoPictureAfterItEndsTheEmoji() {
        assertThat(found("❤\u200D", "❤")).containsExactly("❤");
        assertThat(found("❤\u200Dus", "us")).as("a word after a joiner is still a word").containsExactly("us");
        assertThat(found("❤\u200Dus", "❤")).containsExactly("❤");
    }

    @Test
    void anApostropheAfterAWordIsNotPartOfIt() {
        assertThat(found("i love you'", "love you")).containsExactly("love you");
        assertThat(found("love you' now", "love you")).containsExactly("love you");
        assertThat(found("'love you'", "love you")).containsExactly("love you");
    }

    @Test
    void aCapitalWrittenAsALetterAndAMarkMatchesThePhraseWrittenWithTheOneLetter() {
        assertThat(found("W\u030A", "\u1E98")).containsExactly("W\u030A");
        assertThat(found("J\u030Cust", "\u01F0ust")).containsExactly("J\u030Cust");
        assertThat(Tokens.wordKey("J\u030C")).isEqualTo("\u01F0");
    }
}
