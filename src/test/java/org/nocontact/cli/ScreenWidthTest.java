package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One width policy for every command: the same COLUMNS gives the same width in check, ask and status. */
class ScreenWidthTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "COLUMNS={0} wraps at {1}")
    @CsvSource({"10, 20", "44, 44", "'', 80", "wide, 80"})
    void theSameColumnsGivesTheSameWidthInCheckAskAndStatus(String columns, int width) throws Exception {
        Map<String, String> environment = Map.of("COLUMNS", columns);
        String check = Cli.process(environment, List.of(), "", "check", "--color", "never",
                Cli.example("collect-belongings.json").toString()).out();
        String askPiped = Cli.process(environment, List.of(), "", "ask", "--today", "2027-02-14").err();
        String status = Cli.process(environment, List.of(), "", "status", "--data", temp.resolve("data").toString())
                .err();

        assertWrappedAt(check, width, "check");
        assertWrappedAt(askPiped, width, "ask, piped");
        assertWrappedAt(status, width, "status");
    }

    /** Wrapped to this width: no line passes it, and some line comes within a short word of it. */
    private static void assertWrappedAt(String text, int width, String command) {
        assertThat(text.lines()).as(command).isNotEmpty()
                .allSatisfy(line -> assertThat(line.length()).as(command + ": " + line).isLessThanOrEqualTo(width))
                .anySatisfy(line -> assertThat(line.length()).as(command).isGreaterThan(width - 8));
    }
}
