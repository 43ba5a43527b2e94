package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted week with the real launcher and NOCONTACT_DATA in a temporary folder: start, three
 * urges, a slip on day 5, the ex writes on day 9, status on day 12 and on the day it is complete, an
 * .ics export, then export, forget and import.
 */
class TrackerWeekIT {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SAFE = "no\nno\nno\nno\nno\n";

    @TempDir
    Path temp;

    record Run(int code, String out, String err) {
    }

    Run run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("nocontact").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("NOCONTACT_DATA", temp.resolve("data").toString());
        builder.environment().put("COLUMNS", "80");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Path in = temp.resolve("in.txt");
        Files.writeString(in, stdin);
        Process process = builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("nocontact did not finish: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    Run ok(String stdin, String... args) throws Exception {
        Run r = run(stdin, args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    @Test
    void aWeekOfUseFromStartToImport() throws Exception {
        assertThat(run("", "status", "--today", "2027-01-04").code()).isEqualTo(1);
        assertThat(temp.resolve("data")).doesNotExist();
        ok("", "start", "--today", "2027-01-04", "--days", "30", "--birthday", "01-28");
        // Keep the answers, as ask offers: left by them three weeks before, wanting them back.
        // (the plan, where things stand: 5, holding no contact, a greeting, no special day, who ended it, when and the
        // goal in one answer, since when, for how long, no draft, keep it in the tracker)
        String answers = SAFE + "text\n5\n4\n\n1, 2026-12-14, to get back together\nsince 2027-01-04\n30\n\nyes\n\n";
        Run asked = ok(answers, "ask", "--today", "2027-01-04");
        assertThat(asked.err()).contains("Kept.");
        ok(SAFE + "my feelings\n\n7\na song\n", "urge", "--today", "2027-01-05");
        ok(SAFE + "my feelings\nI miss you\n\nyes\n5\n\n", "urge", "--today", "2027-01-06");
        ok(SAFE + "my feelings\n\n\n\n", "urge", "--today", "2027-01-07", "--strength", "9");
        Run slip = ok("", "slip", "--today", "2027-01-08");
        assertThat(slip.out()).contains("tomorrow");
        Run heard = ok("", "heard", "--about", "personal", "--today", "2027-01-12", "--reply", "I'm ok, thanks.");
        assertThat(heard.out()).contains("Reply, briefly\n");

        Run day12 = ok("", "status", "--today", "2027-01-15");
        assertThat(day12.out()).contains("Day 7 of 30").contains("January 2027").contains(" 8x").contains("[15+]")
                .contains("Their birthday");
        JsonNode json = JSON.readTree(ok("", "status", "--format", "json", "--today", "2027-01-15").out());
        assertThat(json.at("/period/since").asText()).isEqualTo("2027-01-09");
        assertThat(json.at("/period/end").asText()).isEqualTo("2027-02-08");
        assertThat(json.at("/urges/thisWeek").asInt()).isEqualTo(0);
        assertThat(json.at("/urges/lastWeek").asInt()).isEqualTo(3);
        Run complete = ok("", "status", "--today", "2027-02-08");
        assertThat(complete.out()).contains("complete today");

        Path ics = temp.resolve("hard-days.ics");
        ok("", "calendar", "--ics", ics.toString(), "--today", "2027-01-15");
        List<ICalendar> calendars = Biweekly.parse(Files.readString(ics, StandardCharsets.UTF_8)).all();
        assertThat(calendars).hasSize(1);
        assertThat(calendars.get(0).getEvents()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Files.readString(ics)).doesNotContainIgnoringCase("birthday").doesNotContain("contact them");

        Path backup = temp.resolve("backup.json");
        ok("", "export", "--output", backup.toString(), "--today", "2027-01-15");
        ok("", "forget", "--yes");
        assertThat(temp.resolve("data")).doesNotExist();
        ok("", "import", backup.toString());
        JsonNode after = JSON.readTree(ok("", "status", "--format", "json", "--today", "2027-01-15").out());
        assertThat(after).isEqualTo(json);
        try (Stream<Path> files = Files.list(temp.resolve("data"))) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(name -> name.startsWith("tracker.db"));
        }
    }
}
