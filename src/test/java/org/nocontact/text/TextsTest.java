package org.nocontact.text;

import org.nocontact.json.InputException;
import org.nocontact.json.Position;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void controlCharactersFromAFileCannotBreakALineOrRestyleATerminal() {
        assertThat(Texts.printable("a\nb\u001b[31mred\u0000")).isEqualTo("a\\nb\\u001b[31mred\\u0000");
        assertThat(Texts.printable("plain text, é and 💔")).isEqualTo("plain text, é and 💔");
        InputException e = InputException.at("x.json", "sources.c\ntact", Position.START, "a \u001b[2J problem");
        assertThat(e.getMessage()).isEqualTo("x.json:1:1: sources.c\\ntact: a \\u001b[2J problem").doesNotContain("\n");
    }

    @Test
    void nearMissesAreSuggestedAndFarOnesAreNot() {
        List<String> goals = List.of("reconcile", "move-on", "friends", "unsure");
        assertThat(Texts.nearest("reconcil", goals)).contains("reconcile");
        assertThat(Texts.nearest("Reconcile", goals)).contains("reconcile");
        assertThat(Texts.nearest("freinds", goals)).contains("friends");
        assertThat(Texts.nearest("move", goals)).contains("move-on");
        assertThat(Texts.nearest("banana", goals)).isEmpty();
    }

    @Test
    void wrapKeepsLinesWithinTheWidthIgnoringEscapeCodes() {
        String wrapped = Texts.wrap("one two three four five six seven", 12, "", "  ");
        assertThat(wrapped).isEqualTo("one two\n  three four\n  five six\n  seven\n");
        assertThat(Texts.wrap("\u001b[1mbold\u001b[0m word", 9, "", "")).isEqualTo("\u001b[1mbold\u001b[0m word\n");
    }

    @Test
    void wrapBreaksOnlyAtSpacesAndNeverSplitsAWord() {
        String text = "a supercalifragilistic word, then 0808 2000 247 (free, 24/7).";
        String wrapped = Texts.wrap(text, 10, "", "");
        assertThat(wrapped.lines()).contains("a", "supercalifragilistic", "word, then", "0808 2000 247", "(free,", "24/7).");
        assertThat(String.join(" ", wrapped.lines().toList())).isEqualTo(text);
    }

    @Test
    void aPhoneNumberIsNeverSplitAcrossLinesAtFortyColumns() {
        String text = "Domestic abuse: for women, Hilfetelefon Gewalt gegen Frauen, 116 016; for men, Hilfetelefon "
                + "Gewalt an Maennern, 0800 123 99 00 (checked 2026-12).";
        String wrapped = Texts.wrap(text, 40, "", "  ");
        assertThat(wrapped).contains("116 016;", "0800 123 99 00");
        assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(Texts.wrap("Day 11 of 30 days to go", 10, "", "")).isEqualTo("Day 11 of\n30 days to\ngo\n");
    }
}
