package org.nocontact.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * Rule files are data: the jar a person runs carries no expression language. The evaluation
 * benchmark (src/bench/jmh) runs the rules through Easy Rules and MVEL for comparison; neither
 * they nor JMH may ever reach the product.
 */
class ShippedJarIT {
    static final Path JAR = Path.of(System.getProperty("nocontact.root", ".")).resolve("target/nocontact.jar");
    static final List<String> FORBIDDEN = List.of("org/mvel2/", "org/jeasy/", "org/openjdk/jmh/", "org/nocontact/bench/");

    @Test
    void theJarShipsNoExpressionLanguageNorBenchmarkCode() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> entries = jar.stream().map(ZipEntry::getName).toList();
            assertThat(entries).as("classes in " + JAR).anyMatch(name -> name.startsWith("org/nocontact/rules/"));
            assertThat(entries).as("entries in " + JAR)
                    .noneMatch(name -> FORBIDDEN.stream().anyMatch(name::startsWith));
        }
    }
}
