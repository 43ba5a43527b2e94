package org.nocontact.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.json.InputException;

class TrackerStoreTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path temp;

    DataFolder folder() {
        return DataFolder.resolve(Optional.of(temp.resolve("data")), Map.of(), "/nonexistent");
    }

    @Test
    void readingATrackerThatDoesNotExistCreatesNothing() {
        assertThat(Store.openExisting(folder())).isEmpty();
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void theFolderIsCreatedOnFirstWriteReadableByTheOwnerOnlyAndSoIsEveryFileInIt() throws IOException {
        try (Tracker t = new Tracker(Store.open(folder()))) {
            t.start(DAY, 30, DAY);
            t.journal(DAY.atTime(22, 0), "words");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("data"))))
                    .isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(temp.resolve("data"))) {
                for (Path file : files.toList()) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                            .isEqualTo("rw-------");
                }
            }
        }
    }

    @Test
    void theDataFolderComesFromTheOptionThenNocontactDataThenXdgThenHome() {
        assertThat(DataFolder.resolve(Optional.of(Path.of("/a")), Map.of("NOCONTACT_DATA", "/b"), "/h").path())
                .isEqualTo(Path.of("/a"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("NOCONTACT_DATA", "/b", "XDG_DATA_HOME", "/x"), "/h")
                .path()).isEqualTo(Path.of("/b"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/x"), "/h").path())
                .isEqualTo(Path.of("/x/nocontact"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "/h").path())
                .isEqualTo(Path.of("/h/.local/share/nocontact"));
    }

    @Test
    void aDatabaseMadeByTheFirstVersionIsBroughtUpToDateWithEveryRowKept() throws Exception {
        Files.createDirectories(temp.resolve("data"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder().database());
             Statement s = c.createStatement();
             InputStream script = getClass().getResourceAsStream("tracker-v1.sql")) {
            for (String sql : new String(script.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "")
                    .split(";")) {
                if (!sql.isBlank()) {
                    s.executeUpdate(sql);
                }
            }
        }
        try (Tracker t = new Tracker(Store.open(folder()))) {
            Kept kept = t.read();
            assertThat(kept.periods()).hasSize(2);
            assertThat(kept.period().orElseThrow().since()).isEqualTo(LocalDate.of(2026, 11, 6));
            assertThat(kept.slips()).singleElement().satisfies(slip -> assertThat(slip.note()).contains("late at night"));
            assertThat(kept.urges()).singleElement().satisfies(u -> {
                assertThat(u.strength()).hasValue(7);
                assertThat(u.message()).isEmpty();
            });
            assertThat(kept.journal()).hasSize(1);
            // What version 2 added works on the migrated file.
            t.exDates(new ExDates(Optional.of(java.time.MonthDay.of(3, 14)), Optional.empty()));
            t.urge(new Entry.Urge(LocalDateTime.of(2026, 11, 9, 20, 0), OptionalInt.empty(), Optional.empty(),
                    Optional.of("hey")), Optional.empty());
            assertThat(t.read().exDates().birthday()).contains(java.time.MonthDay.of(3, 14));
            assertThat(t.read().urges().get(1).message()).contains("hey");
            assertThat(t.read().urges().get(1).strength()).as("an urge logged without a strength has none").isEmpty();
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftAsItWas() throws Exception {
        Files.createDirectories(temp.resolve("data"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder().database());
             Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA application_id = " + Schema.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = " + (Schema.VERSION + 1));
        }
        byte[] before = Files.readAllBytes(folder().database());
        assertThatThrownBy(() -> Store.open(folder())).isInstanceOf(InputException.class)
                .hasMessageContaining("newer nocontact").hasMessageContaining("export");
        assertThat(Files.readAllBytes(folder().database())).isEqualTo(before);
    }

    @Test
    void aForeignOrCorruptFileIsRefusedWithWhatToDo() throws Exception {
        Files.createDirectories(temp.resolve("data"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder().database());
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE invoices (id INTEGER)");
        }
        assertThatThrownBy(() -> Store.open(folder())).isInstanceOf(InputException.class)
                .hasMessageContaining("not a nocontact tracker");
        Files.writeString(folder().database(), "this is not a database at all, just text that is long enough to "
                + "fill the header of a SQLite file and then some more words after it");
        assertThatThrownBy(() -> new Tracker(Store.open(folder())).read()).isInstanceOf(InputException.class)
                .hasMessageContaining("forget").hasMessageContaining("--data");
    }

    @Test
    void twoWritersAtOnceBothSucceed() throws Exception {
        new Tracker(Store.open(folder())).close();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                jobs.add(pool.submit(() -> {
                    try (Tracker t = new Tracker(Store.open(folder()))) {
                        for (int i = 0; i < 50; i++) {
                            t.journal(DAY.atTime(10, 0).plusMinutes(i), "writer " + writer + " entry " + i);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        try (Tracker t = new Tracker(Store.open(folder()))) {
            assertThat(t.read().journal()).hasSize(100);
        }
    }

    @Test
    void aCommandThatFailsHalfwayLeavesNothingOfItsChange() {
        try (Tracker t = new Tracker(Store.open(folder()))) {
            t.start(DAY, 30, DAY);
            assertThatThrownBy(() -> t.store().transaction(c -> {
                EntryTables.insertJournal(c, DAY.atTime(9, 0), "half");
                throw new IllegalStateException("killed here");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(t.read().journal()).isEmpty();
        }
    }
}
