package org.nocontact.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreenTest {
    @Test
    void onATerminalTheTerminalsWidthWins() {
        assertThat(Screen.width(true, Optional.of("40"), Optional.of("120"))).isEqualTo(40);
    }

    @Test
    void whenPipedColumnsIsUsedAndTheTerminalsWidthIsNot() {
        assertThat(Screen.width(false, Optional.of("40"), Optional.of("120"))).isEqualTo(120);
        assertThat(Screen.width(true, Optional.empty(), Optional.of("50"))).isEqualTo(50);
    }

    @Test
    void withNothingKnownItIs80() {
        assertThat(Screen.width(false, Optional.empty(), Optional.empty())).isEqualTo(80);
        assertThat(Screen.width(true, Optional.of("0"), Optional.of("wide"))).as("nonsense is ignored").isEqualTo(80);
    }

    @Test
    void aTinyWidthIsRaisedToTheNarrowestThatStillReads() {
        assertThat(Screen.width(false, Optional.empty(), Optional.of("5"))).isEqualTo(Screen.NARROWEST);
    }
}
