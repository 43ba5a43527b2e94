package org.nocontact.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesOwnerOnlyAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("situation.json");
        AtomicFiles.write(file, "{}\n");
        assertThat(file).hasContent("{}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void replacingAWorldReadableFileMakesItOwnerOnly() throws IOException {
        Path file = dir.resolve("old.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(file, "new");
        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntact() throws IOException {
        Path file = dir.resolve("keep.json");
        Files.writeString(file, "old");
        Path notAFolder = dir.resolve("keep.json/child.json");
        assertThatThrownBy(() -> AtomicFiles.write(notAFolder, "new")).isInstanceOf(IOException.class);
        Path folderTarget = dir.resolve("sub");
        Files.createDirectories(folderTarget.resolve("inside"));
        assertThatThrownBy(() -> AtomicFiles.write(folderTarget, "new")).isInstanceOf(IOException.class);
        assertThat(file).hasContent("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(file, folderTarget);
        }
    }
}
