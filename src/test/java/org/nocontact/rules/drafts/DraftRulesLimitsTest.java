package org.nocontact.rules.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.rules.drafts.DraftFiles.file;
import static org.nocontact.rules.drafts.DraftFiles.problems;
import static org.nocontact.rules.drafts.DraftFiles.quoted;
import static org.nocontact.rules.drafts.DraftFiles.rule;
import static org.nocontact.rules.drafts.DraftFiles.rules;
import static org.nocontact.rules.drafts.DraftFiles.words;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each cap of a draft rules file takes a file right at the cap, and refuses one more, at its place. */
class DraftRulesLimitsTest {

    @Test
    void aHundredDraftRulesAreReadAndAHundredAndOneAreRefused() {
        assertThat(DraftFiles.load(file(rules(DraftRulesLoader.MAX_RULES, 1))).rules()).hasSize(100);
        assertThat(problems(file(rules(DraftRulesLoader.MAX_RULES + 1, 1))))
                .containsExactly("rules: more than 100 draft rules; merge some.");
    }

    @Test
    void fiveHundredPhrasesInOneRuleAreReadAndOneMoreIsRefused() {
        List<String> five = List.of(rule("many", words("w", PhraseReader.MAX_PHRASES_PER_RULE), ""));
        assertThat(DraftFiles.load(file(five)).rules().get(0).phrases()).hasSize(500);
        List<String> more = List.of(rule("many", words("w", PhraseReader.MAX_PHRASES_PER_RULE + 1), ""));
        assertThat(problems(file(more))).singleElement().asString()
                .startsWith("rules[0].phrases: more than 500 phrases in one rule; split it.");
    }

    @Test
    void phrasesAndLineEndPhrasesCountTogetherTowardsTheRulesFiveHundred() {
        List<String> full = List.of(rule("many", words("w", PhraseReader.MAX_PHRASES_PER_RULE - 1),
                ", \"atLineEnd\": [\"x\"]"));
        assertThat(DraftFiles.load(file(full)).rules().get(0).phrases()).hasSize(500)
                .last().satisfies(p -> assertThat(p.atLineEnd()).isTrue());
        List<String> over = List.of(rule("many", words("w", PhraseReader.MAX_PHRASES_PER_RULE - 1),
                ", \"atLineEnd\": [\"x\", \"xx\"]"));
        assertThat(problems(file(over))).singleElement().asString()
                .startsWith("rules[0].atLineEnd: more than 500 phrases in one rule; split it.");
    }

    @Test
    void fiveThousandPhrasesInAllAreReadAndOneMoreIsRefusedAtThatPhrase() {
        List<String> rules = rules(PhraseReader.MAX_PHRASES / PhraseReader.MAX_PHRASES_PER_RULE,
                PhraseReader.MAX_PHRASES_PER_RULE);
        DraftRules all = DraftFiles.load(file(rules));
        assertThat(all.rules().stream().mapToInt(r -> r.phrases().size()).sum()).isEqualTo(5000);
        assertThat(all.find(1, "so r9w499 it is")).extracting(f -> f.rule().id()).containsExactly("r9");
        List<String> more = new ArrayList<>(rules);
        more.add(rule("one-more", "the last straw"));
        assertThat(problems(file(more))).singleElement().asString()
                .startsWith("rules[10].phrases[0]: more than 5000 phrases in all; remove some.");
    }

    @Test
    void twoHundredPhrasesWithAGapAreReadAndOneMoreIsRefusedAtThatPhrase() {
        List<String> gapped = IntStream.range(0, PhraseReader.MAX_GAPPED_PHRASES)
                .mapToObj(i -> "\"if w" + i + " ... loved me\"").toList();
        DraftRules read = DraftFiles.load(file(List.of(rule("gaps", gapped, ""))));
        assertThat(read.rules().get(0).phrases()).hasSize(200).allMatch(DraftRule.Phrase::hasGap);
        assertThat(read.find(1, "if w199 ever loved me")).hasSize(1);
        List<String> more = new ArrayList<>(gapped);
        more.add("\"if you ... loved me\"");
        assertThat(problems(file(List.of(rule("gaps", more, ""))))).singleElement().asString()
                .startsWith("rules[0].phrases[200]: more than 200 phrases with a gap in all; remove some.");
    }

    @Test
    void aPhraseOfTwelveWordsIsReadAndOfThirteenIsRefused() {
        String twelve = IntStream.rangeClosed(1, PhraseReader.MAX_PHRASE_WORDS).mapToObj(i -> "w" + i)
                .collect(Collectors.joining(" "));
        DraftRules read = DraftFiles.load(file(List.of(rule("long", twelve))));
        assertThat(read.find(1, "so " + twelve + " then")).hasSize(1);
        assertThat(problems(file(List.of(rule("long", twelve + " w13"))))).singleElement().asString()
                .contains("rules[0].phrases[0]: this phrase has 13 words; keep a phrase to at most 12");
    }

    @Test
    void twoThousandSpellingsAreReadAndOneMoreIsRefused() {
        String spellings = IntStream.range(0, SpellingsReader.MAX_SPELLINGS)
                .mapToObj(i -> "\"s" + i + "\": \"you\"").collect(Collectors.joining(", "));
        DraftRules read = DraftFiles.load(DraftFiles.file(spellings, List.of(rule("feelings", "miss you")),
                DraftFiles.send(), DraftFiles.hold()));
        assertThat(read.spellings().byKey()).hasSize(2000);
        assertThat(read.find(1, "miss s1999")).hasSize(1);
        assertThat(problems(DraftFiles.file(spellings + ", \"one\": \"more\"", List.of(rule("feelings", "miss you")),
                DraftFiles.send(), DraftFiles.hold()))).singleElement().asString()
                .startsWith("spellings: more than 2000 spellings; keep the common ones.");
    }

    @Test
    void everyLimitIsOneProblemAtItsPlaceNotAWrongRead() {
        assertThat(problems(file(List.of(rule("fine", quoted("miss you"), "")))))
                .as("a file inside every limit").isEmpty();
    }
}
