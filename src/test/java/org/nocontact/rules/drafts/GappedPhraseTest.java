package org.nocontact.rules.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A phrase with a gap ("if you ... loved me") is found wherever its pieces stand within the gap, however often its first piece comes. */
class GappedPhraseTest {

    private static List<String> keys(String words) {
        return Tokens.tokens(words).stream().map(Tokens.Token::key).toList();
    }

    /** The text each phrase spans where it is found; phrases are "a b" or "a ... b". */
    static List<String> found(String text, String... phrases) {
        PhraseIndex index = new PhraseIndex();
        for (String phrase : phrases) {
            String[] parts = phrase.split("\\.\\.\\.");
            if (parts.length == 2) {
                index.addGapped(keys(parts[0]), keys(parts[1]));
            } else {
                index.add(keys(phrase));
            }
        }
        index.freeze();
        List<Tokens.Token> tokens = Tokens.tokens(text);
        List<String> spans = new ArrayList<>();
        for (PhraseIndex.Match m : index.scan(tokens)) {
            spans.add(text.substring(tokens.get(m.firstToken()).start(), tokens.get(m.lastToken()).end()));
        }
        return spans;
    }

    @Test
    void theFirstPieceSaidAgainFarBeforeTheSecondStillMatchesFromItsLastTime() {
        assertThat(found("if you see this, fine. If you ever loved me", "if you ... loved me"))
                .containsExactly("If you ever loved me");
    }

    @Test
    void aFirstPieceSaidAgainInsideTheSecondPieceLeavesTheEarlierOneToMatch() {
        assertThat(found("please just please answer me", "please ... please answer me"))
                .containsExactly("please just please answer me");
        assertThat(found("please just stop now please answer me", "please ... please answer me"))
                .containsExactly("please just stop now please answer me");
    }

    @Test
    void aPhraseWhosePiecesAreOneWordMatchesAcrossTheWholeGapEvenWhenTheWordComesAgain() {
        assertThat(found("please a b c d please", "please ... please")).containsExactly("please a b c d please");
        assertThat(found("please a b c d e please", "please ... please")).as("a gap of five words").isEmpty();
    }

    @Test
    void aGapOfFourWordsIsTheMostAPhraseSpans() {
        assertThat(found("if you really truly deeply madly loved me", "if you ... loved me"))
                .containsExactly("if you really truly deeply madly loved me");
        assertThat(found("if you really truly deeply madly wildly loved me", "if you ... loved me")).isEmpty();
    }

    @Test
    void theSameGappedPhraseAddedAgainIsTheSamePhraseOfTheIndex() {
        PhraseIndex index = new PhraseIndex();
        index.add(keys("hello"));
        int gapped = index.addGapped(keys("if you"), keys("loved me"));
        assertThat(index.addGapped(keys("if you"), keys("loved me"))).isEqualTo(gapped).isNotZero();
        assertThat(index.addGapped(keys("if you"), keys("cared"))).isNotEqualTo(gapped);
    }
}
