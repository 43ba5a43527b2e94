package org.nocontact.rules.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nocontact.advice.draft.DraftNote;
import org.nocontact.advice.draft.DraftReader;
import org.nocontact.advice.draft.DraftReview;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;

/**
 * The matcher over random Unicode (any code point, surrogates, emoji parts, apostrophes, line
 * breaks) and long drafts: it never fails, finds exactly what a naive word-by-word comparison
 * finds, and every note points inside its line.
 */
class PhraseIndexPropertiesTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
    static final List<String> PIECES = List.of("miss", "you", "us", "I", "’", "'", "can't", "❤", "\uFE0F", "\u200D",
            "🔥", "😘", "\uD83C\uDFFD", " ", "\n", "\r\n", ".", "-", "bus", "love", "İ", "ß", "\u0301", "done", "for",
            "good", "if", "don’t", "u", "ily", "loved", "me");

    @Provide
    Arbitrary<String> drafts() {
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(40).map(list -> String.join("", list));
        Arbitrary<String> spaced = Arbitraries.of(PIECES).list().ofMaxSize(40).map(list -> String.join(" ", list));
        return Arbitraries.oneOf(anyUnicode, pieces, spaced);
    }

    @Provide
    Arbitrary<List<String>> phrases() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(3).map(list -> String.join(" ", list))
                .filter(p -> !Tokens.tokens(p).isEmpty()).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 300)
    void theIndexFindsExactlyWhatANaiveComparisonFinds(@ForAll("drafts") String text, @ForAll("phrases") List<String> phrases) {
        PhraseIndex index = new PhraseIndex();
        List<List<String>> keys = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (String phrase : phrases) {
            List<String> words = Tokens.tokens(phrase).stream().map(Tokens.Token::key).toList();
            keys.add(words);
            ids.add(index.add(words));
        }
        index.freeze();
        List<Tokens.Token> tokens = Tokens.tokens(text);
        List<String> found = index.scan(tokens).stream()
                .map(m -> m.phrase() + "@" + m.firstToken() + "-" + m.lastToken()).sorted().toList();
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < keys.size(); p++) {
            if (ids.indexOf(ids.get(p)) != p) {
                continue; // a duplicate phrase is one phrase
            }
            List<String> words = keys.get(p);
            for (int t = 0; t + words.size() <= tokens.size(); t++) {
                boolean same = true;
                for (int w = 0; w < words.size() && same; w++) {
                    same = tokens.get(t + w).key().equals(words.get(w));
                }
                if (same) {
                    expected.add(ids.get(p) + "@" + t + "-" + (t + words.size() - 1));
                }
            }
        }
        assertThat(found).isEqualTo(expected.stream().sorted().toList());
    }

    /** Two pieces: a phrase with a gap between them ("if you ... loved me"). */
    @Provide
    Arbitrary<List<List<String>>> gappedPhrases() {
        Arbitrary<String> piece = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(2).map(list -> String.join(" ", list))
                .filter(p -> !Tokens.tokens(p).isEmpty());
        return piece.list().ofSize(2).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 300)
    void aPhraseWithAGapMatchesExactlyWhereANaiveSearchFindsItsPiecesWithinTheGap(
            @ForAll("drafts") String text, @ForAll("gappedPhrases") List<List<String>> phrases) {
        PhraseIndex index = new PhraseIndex();
        List<List<List<String>>> keys = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (List<String> pieces : phrases) {
            List<List<String>> both = pieces.stream().map(p -> Tokens.tokens(p).stream().map(Tokens.Token::key).toList()).toList();
            keys.add(both);
            ids.add(index.addGapped(both.get(0), both.get(1)));
        }
        index.freeze();
        List<Tokens.Token> tokens = Tokens.tokens(text);
        List<String> found = index.scan(tokens).stream()
                .map(m -> m.phrase() + "@" + m.firstToken() + "-" + m.lastToken()).sorted().toList();
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < keys.size(); p++) {
            if (ids.indexOf(ids.get(p)) != p) {
                continue;
            }
            List<String> first = keys.get(p).get(0);
            List<String> second = keys.get(p).get(1);
            for (int s = 0; s + second.size() <= tokens.size(); s++) {
                if (!occursAt(tokens, second, s)) {
                    continue;
                }
                int latest = -1;
                for (int e = Math.max(0, s - 1 - PhraseIndex.MAX_GAP); e < s; e++) {
                    if (e - first.size() + 1 >= 0 && occursAt(tokens, first, e - first.size() + 1)) {
                        latest = e;
                    }
                }
                if (latest >= 0) {
                    expected.add(ids.get(p) + "@" + (latest - first.size() + 1) + "-" + (s + second.size() - 1));
                }
            }
        }
        assertThat(found).isEqualTo(expected.stream().sorted().toList());
    }

    private static boolean occursAt(List<Tokens.Token> tokens, List<String> words, int at) {
        for (int w = 0; w < words.size(); w++) {
            if (!tokens.get(at + w).key().equals(words.get(w))) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 300)
    void aSpellingStandsForItsWordsWhereverItIsWritten(@ForAll("drafts") String text) {
        Spellings spellings = new Spellings(java.util.Map.of("u", List.of("you"), "ily", List.of("i", "love", "you")));
        List<Tokens.Token> tokens = Tokens.tokens(text);
        List<String> expected = new ArrayList<>();
        for (Tokens.Token token : tokens) {
            expected.addAll(token.emoji() ? List.of(token.key())
                    : spellings.byKey().getOrDefault(token.key(), List.of(token.key())));
        }
        assertThat(spellings.apply(tokens).stream().map(Tokens.Token::key).toList()).isEqualTo(expected);
    }

    @Property(tries = 300)
    void tokensCoverNoSeparatorAndNeverOverlap(@ForAll("drafts") String text) {
        int end = 0;
        for (Tokens.Token token : Tokens.tokens(text)) {
            assertThat(token.start()).isGreaterThanOrEqualTo(end);
            assertThat(token.end()).isGreaterThan(token.start());
            assertThat(token.key()).isNotEmpty();
            end = token.end();
        }
        assertThat(end).isLessThanOrEqualTo(text.length());
    }

    @Property(tries = 200)
    void everyNoteOfTheShippedRulesPointsInsideItsLine(@ForAll("drafts") String text) {
        for (Verdict verdict : List.of(Verdict.LOGISTICS_ONLY, Verdict.RESPOND_BRIEFLY, Verdict.REACH_OUT)) {
            DraftReview review = new DraftReader(rules.drafts()).review(text, verdict);
            List<String> lines = review.lines();
            for (DraftNote note : review.notes()) {
                if (note.aboutWholeDraft()) {
                    continue;
                }
                String line = lines.get(note.line() - 1);
                assertThat(note.column() - 1 + note.length()).isLessThanOrEqualTo(line.codePointCount(0, line.length()));
                assertThat(note.length()).isPositive();
            }
        }
    }

    @Property(tries = 10)
    void aLongDraftOfRandomTextIsReadWhole(@ForAll("drafts") String seed) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 10_000) {
            text.append(seed.isEmpty() ? "x" : seed).append(' ');
        }
        String draft = text.substring(0, 10_000);
        DraftReview review = new DraftReader(rules.drafts()).review(draft, Verdict.LOGISTICS_ONLY);
        assertThat(review.reviewed()).isTrue();
        assertThat(review.lines()).isNotEmpty();
    }
}
