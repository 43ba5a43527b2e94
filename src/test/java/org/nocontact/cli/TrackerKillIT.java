package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL in the middle of a large import leaves the last good state: the
 * tracker holds all of the backup or none of it, and opens cleanly afterwards.
 */
class TrackerKillIT {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();
    static final int ENTRIES = 200_000;

    @TempDir
    Path temp;

    Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("nocontact").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data", temp.resolve("data").toString()));
        return new ProcessBuilder(command).redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile()).start();
    }

    @Test
    void killedMidImportTheTrackerHoldsAllOrNothing() throws Exception {
        StringBuilder backup = new StringBuilder("{\"format\": \"nocontact-tracker\", \"version\": 2, \"periods\": "
                + "[{\"since\": \"2027-01-01\", \"days\": 30, \"endedOn\": null, \"endReason\": null}], \"slips\": [], "
                + "\"urges\": [], \"heard\": [], \"journal\": [");
        for (int i = 0; i < ENTRIES; i++) {
            backup.append(i == 0 ? "" : ",").append("{\"at\": \"2027-01-02T10:00:00\", \"text\": \"entry ").append(i)
                    .append(" of a long night, written instead of sent\"}");
        }
        backup.append("], \"situation\": null, \"exDates\": {\"birthday\": null, \"anniversary\": null}}");
        Path file = temp.resolve("big.json");
        Files.writeString(file, backup);
        Path db = temp.resolve("data").resolve("tracker.db");
        Process importing = start("import", file.toString());
        // Kill it once the database exists and its write-ahead log has begun to grow (mid-transaction).
        Path wal = temp.resolve("data").resolve("tracker.db-wal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (importing.isAlive() && !(Files.exists(wal) && Files.size(wal) > 64 * 1024)
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        boolean killedMidway = importing.isAlive();
        importing.destroyForcibly();
        importing.waitFor(30, TimeUnit.SECONDS);
        assertThat(db).exists();

        Process export = start("export");
        assertThat(export.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(export.exitValue()).as(Files.readString(temp.resolve("err.txt"))).isZero();
        JsonNode kept = new ObjectMapper().readTree(temp.resolve("out.txt").toFile());
        int journal = kept.get("journal").size();
        assertThat(journal).as("all or nothing").isIn(0, ENTRIES);
        assertThat(kept.get("periods").size()).isEqualTo(journal == 0 ? 0 : 1);
        if (killedMidway) {
            assertThat(journal).as("killed mid-transaction: nothing of it").isZero();
        }
    }
}
