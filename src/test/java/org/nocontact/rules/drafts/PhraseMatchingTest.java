package org.nocontact.rules.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How phrases meet words: whole words, any case, any apostrophe, emoji as emoji. */
class PhraseMatchingTest {

    static List<String> found(String text, String... phrases) {
        PhraseIndex index = new PhraseIndex();
        for (String phrase : phrases) {
            index.add(Tokens.tokens(phrase).stream().map(Tokens.Token::key).toList());
        }
        index.freeze();
        List<Tokens.Token> tokens = Tokens.tokens(text);
        return index.scan(tokens).stream()
                .map(m -> text.substring(tokens.get(m.firstToken()).start(), tokens.get(m.lastToken()).end()))
                .toList();
    }

    @Test
    void usIsAWordNotAPartOfBusiness() {
        assertThat(found("The business account", "us")).isEmpty();
        assertThat(found("Let us know", "us")).containsExactly("us");
        assertThat(found("USB stick", "us")).isEmpty();
    }

    @Test
    void caseDoesNotMatter() {
        assertThat(found("I MISS YOU", "miss you")).containsExactly("MISS YOU");
        assertThat(found("CAFÉ on Friday", "café")).containsExactly("CAFÉ");
        assertThat(found("ｍｉｓｓ you", "miss you")).as("full-width letters fold").hasSize(1);
    }

    @Test
    void straightAndCurlyApostrophesAreAlike() {
        assertThat(found("I can’t stop", "can't stop")).containsExactly("can’t stop");
        assertThat(found("I can't stop", "can’t stop")).containsExactly("can't stop");
        assertThat(found("I cant stop", "can't stop")).as("no apostrophe is another word").isEmpty();
    }

    @Test
    void punctuationAndLineBreaksSeparateWords() {
        assertThat(found("miss... you", "miss you")).containsExactly("miss... you");
        assertThat(found("face-to-face", "face to face")).containsExactly("face-to-face");
        assertThat(found("dismiss you", "miss you")).isEmpty();
    }

    @Test
    void anEmojiMatchesWithOrWithoutItsPresentationSelectorAndSkinTone() {
        assertThat(found("thanks ❤", "❤️")).containsExactly("❤");
        assertThat(found("thanks ❤️", "❤")).containsExactly("❤️");
        assertThat(found("bye 😘🏽", "😘")).containsExactly("😘🏽");
        assertThat(found("😘😘", "😘")).hasSize(2);
        assertThat(found("xoxo😘", "😘")).containsExactly("😘");
    }

    @Test
    void aJoinedEmojiIsOneEmojiNotItsParts() {
        assertThat(found("❤️‍🔥", "🔥")).isEmpty();
        assertThat(found("❤️‍🔥", "❤")).isEmpty();
        assertThat(found("❤️‍🔥", "❤️‍🔥")).hasSize(1);
    }

    @Test
    void emojiNewerThanThisJavaAreStillEmoji() {
        assertThat(Tokens.isPictograph(0x1FAF6)).isTrue();
        assertThat(found("see you 🫶", "🫶")).containsExactly("🫶");
    }

    @Test
    void overlappingAndNestedPhrasesAreAllFound() {
        assertThat(found("i miss you so much", "miss you", "i miss you", "you so")).containsExactlyInAnyOrder(
                "i miss you", "miss you", "you so");
        assertThat(found("a a a", "a a")).hasSize(2);
    }

    @Test
    void aDuplicatePhraseIsTheSameIndex() {
        PhraseIndex index = new PhraseIndex();
        int first = index.add(List.of("miss", "you"));
        assertThat(index.add(List.of("miss", "you"))).isEqualTo(first);
        assertThat(index.add(List.of("miss"))).isNotEqualTo(first);
        assertThat(index.size()).isEqualTo(2);
    }
}
