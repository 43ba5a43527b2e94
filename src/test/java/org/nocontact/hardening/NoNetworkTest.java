package org.nocontact.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A person's situation never leaves the machine: nocontact's own code uses no network API, and no
 * reflection or scripting that a file could steer. (Dependencies are checked by what we call of them.)
 */
class NoNetworkTest {
    static final Path MAIN = Path.of(System.getProperty("nocontact.root", ".")).resolve("src/main/java");
    static final Pattern FORBIDDEN = Pattern.compile(
            "java\\.net\\.|javax\\.net\\.|java\\.net\\.http|HttpClient|HttpURLConnection|\\bSocket\\b|ServerSocket|"
                    + "DatagramSocket|\\bURL\\(|new URL|URI\\.create\\(\"http|openConnection|"
                    + "javax\\.script|ScriptEngine|Class\\.forName|getDeclaredMethod|getMethod\\(|\\.invoke\\(|"
                    + "Runtime\\.getRuntime\\(\\)\\.exec|ProcessBuilder|ObjectInputStream|readObject");

    @Test
    void theMainCodeUsesNoNetworkReflectionOrScripting() throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (FORBIDDEN.matcher(lines.get(i)).find()) {
                        hits.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(hits).as("network, reflection or scripting in src/main/java").isEmpty();
    }
}
