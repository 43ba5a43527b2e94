package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlipCommandTest {
    @TempDir
    Path data;

    Cli.Result run(String... args) {
        return Cli.run(Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new));
    }

    String said(Cli.Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out().replaceAll("\\s+", " ");
    }

    @Test
    void aSlipNearTheEndSaysWhatTheHeldDaysWereAndHowToChooseAnotherLength() {
        run("start", "--since", "2026-11-15", "--today", "2026-11-15");

        String text = said(run("slip", "--today", "2026-12-12"));

        assertThat(text).contains("You held 27 days before this. Those days were real",
                        "a new period of 30 days begins tomorrow, Sunday 13 December",
                        "'nocontact slip --days N'")
                .doesNotContain("does not undo");
    }

    @Test
    void slipWithDaysAgainTheSameDayOnlyShortensTheNewPeriodAndKeepsOneSlip() throws Exception {
        run("start", "--since", "2026-11-15", "--today", "2026-11-15");
        run("slip", "--today", "2026-12-12");

        String text = said(run("slip", "--days", "14", "--today", "2026-12-12"));

        assertThat(text).contains("Your new period is 14 days now", "complete on Sunday 27 December")
                .doesNotContain("You held", "let it rest");
        JsonNode history = new ObjectMapper().readTree(run("history", "--format", "json", "--today", "2026-12-13").out());
        assertThat(history.findValues("kind").stream().map(JsonNode::asText).filter("slip"::equals)).hasSize(1);
        JsonNode status = new ObjectMapper().readTree(run("status", "--format", "json", "--today", "2026-12-13").out());
        assertThat(status.at("/period/days").asInt()).isEqualTo(14);
    }

    @Test
    void aSlipWithDaysStartsThatLengthAndASlipOnDayOneClaimsNoHeldDays() {
        run("start", "--today", "2026-12-01");

        String text = said(run("slip", "--days", "7", "--today", "2026-12-01"));

        assertThat(text).contains("Kept. It happens", "a new period of 7 days begins tomorrow")
                .doesNotContain("You held", "--days N");
    }
}
