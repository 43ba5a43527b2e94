package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tour 15a F3.1, through `check` of a saved situation: for money they owe (a shared tie of finances), a deadline with a
 * threat to tell their mum was passed with "No notes", and the plain line that states the debt was called a guilt trip.
 */
class ADebtDraftThroughCheckTest {
    @TempDir
    Path temp;

    String draftNotes(String draft) throws IOException {
        Path file = temp.resolve("debt.json");
        Files.writeString(file, """
                {"today": "2026-12-07", "breakup": {"date": "2026-10-01", "initiatedBy": "mutual"}, "goal": "move-on",
                 "ties": ["finances"], "plan": {"action": "text", "purpose": "logistics", "message": %s}}
                """.formatted(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(draft)));
        Cli.Result r = Cli.run("check", "--color", "never", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Practical matters only");
        String out = r.out().replaceAll("\\s+", " ");
        return out.substring(out.indexOf("Your draft"), out.indexOf("Sources"));
    }

    @Test
    void aDeadlineWithAThreatToTellTheirMumIsAnUltimatumAndAThreat() throws IOException {
        assertThat(draftNotes("If it's not back by Friday I'll tell your mum - I mean it."))
                .contains("This line sets an ultimatum.", "This line threatens to tell other people about them")
                .doesNotContain("No notes");
    }

    @Test
    void theDebtStatedPlainlyIsThePracticalMatterNotAGuiltTrip() throws IOException {
        assertThat(draftNotes("You owe me \u00a3400 for the flights. Can you pay it back by the 20th?"))
                .doesNotContain("guilty").contains("No notes");
    }

    @Test
    void youOweMeWithoutTheMoneyIsStillAGuiltTrip() throws IOException {
        assertThat(draftNotes("Can you pay me back by the 20th?\nAfter everything, you owe me an apology."))
                .contains("This line tries to make them feel guilty.");
    }
}
