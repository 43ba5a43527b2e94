package org.nocontact.advice.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.rules.Verdict;
import org.nocontact.rules.drafts.DraftRules;

/**
 * A draft read line by line under a verdict: where each note falls (in characters as the person
 * sees them), one note per line and kind, a note on the whole draft only past the verdict's word
 * limit, and the kind words for a draft that stays unsent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftReaderTest {
    final DraftReader reader = new DraftReader(BuiltIn.load().rules().drafts());

    static String words(int count) {
        return String.join(" ", java.util.Collections.nCopies(count, "word"));
    }

    @Test
    void aPracticalMessageOfSixtyWordsIsNotTooLongAndOfSixtyOneIs() {
        assertThat(reader.review(words(60), Verdict.LOGISTICS_ONLY).notes()).isEmpty();
        String long61 = words(61);
        DraftReview review = reader.review(long61, Verdict.LOGISTICS_ONLY);
        assertThat(review.notes()).singleElement().satisfies(note -> {
            assertThat(note.aboutWholeDraft()).isTrue();
            assertThat(note.line()).isEqualTo(DraftNote.WHOLE_DRAFT);
            assertThat(note.column()).isZero();
            assertThat(note.length()).isEqualTo(long61.length());
            assertThat(note.rule()).isEqualTo("long-for-a-practical-message");
            assertThat(note.text()).contains("long for a practical message");
            assertThat(note.instead()).startsWith("Cut it down");
            assertThat(note.sources()).containsExactly("contact-or-not");
            assertThat(note.excerpt()).isEmpty();
        });
    }

    @Test
    void wordsAreCountedOverEveryLineAndEmojiAreNotWords() {
        String split = words(30) + "\n" + words(31);
        assertThat(reader.review(split, Verdict.LOGISTICS_ONLY).notes()).extracting(DraftNote::rule)
                .containsExactly("long-for-a-practical-message");
        String withEmoji = words(60) + " \ud83d\ude42 \ud83d\ude42";
        assertThat(reader.review(withEmoji, Verdict.LOGISTICS_ONLY).notes()).isEmpty();
        assertThat(reader.review(words(51), Verdict.RESPOND_BRIEFLY).notes()).extracting(DraftNote::rule)
                .containsExactly("long-for-a-brief-reply");
    }

    @Test
    void aNoteCountsColumnsAndLengthInCharactersAsThePersonSeesThem() {
        String line = "\ud83d\ude42\ud83d\ude42 ok. i miss you so much";
        DraftReview review = reader.review("Can I get my books Saturday?\n" + line, Verdict.LOGISTICS_ONLY);
        assertThat(review.reviewed()).isTrue();
        assertThat(review.notes()).singleElement().satisfies(note -> {
            assertThat(note.line()).isEqualTo(2);
            assertThat(note.column()).as("two emoji and ' ok. i ' before it: 9 characters (11 UTF-16 units)").isEqualTo(10);
            assertThat(note.excerpt()).isEqualTo("miss you");
            assertThat(note.length()).isEqualTo("miss you".length());
            assertThat(note.aboutWholeDraft()).isFalse();
        });
        assertThat(review.notesOnLine(2)).hasSize(1);
        assertThat(review.notesOnLine(1)).isEmpty();
        assertThat(review.wordsYouCouldUse()).hasValueSatisfying(words -> assertThat(words).startsWith("Hi [name]. About"));
        assertThat(review.unsent()).isEmpty();
    }

    @Test
    void aKindOfLineIsNotedOnceOnALineAtItsFirstPlaceAndNotesComeInReadingOrder() {
        DraftReview review = reader.review("i miss you. i miss you\nok\ncan we talk? i miss you", Verdict.LOGISTICS_ONLY);
        assertThat(review.notes()).extracting(DraftNote::line, DraftNote::column, DraftNote::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 3, "feelings"),
                org.assertj.core.groups.Tuple.tuple(3, 1, "invitation-to-talk"),
                org.assertj.core.groups.Tuple.tuple(3, 16, "feelings"));
    }

    @Test
    void aKindTheVerdictDoesNotNoteIsLeftAlone() {
        assertThat(reader.review("Hey, I miss you. Coffee sometime?", Verdict.REACH_OUT).notes()).isEmpty();
    }

    @Test
    void underDoNotContactTheDraftIsLeftUnsentWithTheGeneralOrTheRulesOwnWords() {
        DraftReview general = reader.review("i miss you", Verdict.DO_NOT_CONTACT);
        assertThat(general.reviewed()).isFalse();
        assertThat(general.notes()).isEmpty();
        assertThat(general.wordsYouCouldUse()).isEmpty();
        assertThat(general.unsent()).hasValueSatisfying(text -> assertThat(text).startsWith("This one stays with you"));
        assertThat(general.message()).isEqualTo("i miss you");
    }

    @Test
    void anUnsentThreatNamesItsLineAndQuotesItShortened() {
        String longThreat = "if you don't answer i'll turn up at your house " + "and wait ".repeat(12);
        DraftReview review = reader.review("hi\n  " + longThreat + "\n", Verdict.DO_NOT_CONTACT, "draft-threatens-to-turn-up");
        String unsent = review.unsent().orElseThrow();
        assertThat(unsent).startsWith("Please keep these words to yourself, and don't go there. Line 2 (\"if you don't answer i'll turn up");
        String quoted = unsent.substring(unsent.indexOf('"') + 1, unsent.indexOf("\")"));
        assertThat(quoted).hasSize(80).endsWith("\u2026");
        assertThat(unsent).doesNotContain(DraftReader.THREAT_LINE);
    }

    @Test
    void aRuleSetWithoutDraftRulesLeavesTheDraftUnread() {
        DraftReview review = new DraftReader(DraftRules.NONE).review("i miss you", Verdict.LOGISTICS_ONLY);
        assertThat(review.reviewed()).isFalse();
        assertThat(review.notes()).isEmpty();
        assertThat(review.unsent()).isEmpty();
        assertThat(review.wordsYouCouldUse()).isEmpty();
    }

    @Test
    void linesBreakAtEveryKindOfLineEndAndAFinalBreakAddsNoLine() {
        assertThat(DraftReview.lineCount("a\r\nb\rc\nd\n")).isEqualTo(4);
        assertThat(new DraftReview("a\r\nb", true, List.of(), java.util.Optional.empty(), java.util.Optional.empty()).lines())
                .containsExactly("a", "b");
    }
}
