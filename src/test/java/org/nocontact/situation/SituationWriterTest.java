package org.nocontact.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SituationWriterTest {
    @Test
    void everyShippedExampleSurvivesAWriteAndARead() throws IOException {
        SituationReader reader = new SituationReader(LocalDate.of(2027, 6, 1));
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("nocontact.root", "."), "docs/examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Situation original = reader.read(Files.readAllBytes(file), file.toString());
                String written = SituationWriter.write(original);
                Situation reread = reader.read(written.getBytes(StandardCharsets.UTF_8), "written.json");
                assertThat(reread).as(file.toString()).isEqualTo(original);
            }
        }
    }
}
