package org.nocontact.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** On an output that cannot carry them (LANG=C), emoji, curly quotes and the line marker get plain stand-ins, never '?'. */
class StandInsTest {
    final StandIns ascii = StandIns.forCharset(StandardCharsets.US_ASCII).orElseThrow();

    @Test
    void anAsciiOutputGetsTheEmojisNameTheCaretAndStraightQuotes() {
        assertThat(ascii.fit("\u2191 \"\uD83D\uDE18\": I\u2019ve said \u201Chi\u201D \u2764\uFE0F"))
                .isEqualTo("^ \"[face throwing a kiss]\": I've said \"hi\" [red heart]")
                .doesNotContain("?");
    }

    @Test
    void lettersLoseOnlyTheirAccentAndGermanUmlautsAreWrittenOut() {
        assertThat(ascii.fit("Gewalt an M\u00e4nnern, caf\u00e9")).isEqualTo("Gewalt an Maennern, cafe");
    }

    @Test
    void anOutputThatCarriesEverythingIsLeftAlone() {
        assertThat(StandIns.forCharset(StandardCharsets.UTF_8)).isEmpty();
        assertThat(ascii.fit("plain words")).isEqualTo("plain words");
    }

    @Test
    void theWriterPutsTheStandInsInAsItWrites() throws Exception {
        StringWriter out = new StringWriter();
        try (Writer writer = ascii.wrap(out)) {
            writer.write("\u2191 \uD83D\uDE18");
        }
        assertThat(out).hasToString("^ [face throwing a kiss]");
    }
}
