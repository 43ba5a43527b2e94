package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorLinesTest {
    static final String MESSAGE = "--since: \"15 nov\" is not a date; write it as YYYY-MM-DD, such as 2027-02-14.";

    @Test
    void onANarrowTerminalAnErrorBreaksAtSpacesNeverMidWord() {
        String shown = ErrorLines.lines(MESSAGE, true, 40);

        assertThat(shown.lines()).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(shown.replace("\n", " ").trim()).isEqualTo(MESSAGE);
    }

    @Test
    void toAFileOrPipeAnErrorStaysOneLine() {
        assertThat(ErrorLines.lines(MESSAGE, false, 40).lines()).containsExactly(MESSAGE);
    }
}
