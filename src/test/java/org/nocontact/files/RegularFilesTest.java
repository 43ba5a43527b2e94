package org.nocontact.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegularFilesTest {
    @TempDir
    Path temp;

    @Test
    void aRegularFileOpensAndReadsWhole() throws IOException {
        Path file = Files.writeString(temp.resolve("rules.json"), "{\"ok\": true}");
        try (InputStream in = RegularFiles.open(file)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\": true}");
        }
    }

    @Test
    void aPipeSwappedInBetweenTheCheckAndTheOpenIsRefusedInsteadOfWaitedOn() throws IOException {
        Path file = Files.writeString(temp.resolve("gifts.json"), "{}");
        Runnable swapInAPipe = () -> {
            try {
                Files.delete(file);
                mkfifo(file);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                assertThatThrownBy(() -> RegularFiles.open(file, swapInAPipe).close())
                        .isInstanceOf(RegularFiles.NotRegular.class)
                        .hasMessageContaining("gifts.json").hasMessageContaining("a named pipe (FIFO), not an ordinary file"));
    }

    @Test
    void aFileReplacedBetweenTheCheckAndTheOpenIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("gifts.json"), "{}");
        Runnable replace = () -> {
            try {
                Path other = Files.writeString(temp.resolve("other.json"), "{\"secret\": 1}");
                Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        assertThatThrownBy(() -> RegularFiles.open(file, replace).close())
                .isInstanceOf(RegularFiles.NotRegular.class).hasMessageContaining("replaced while it was being opened");
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }
}
