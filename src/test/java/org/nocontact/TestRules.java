package org.nocontact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Copies of the shipped rules/ folder with one change, for tests of loading, lint and diff. */
public final class TestRules {
    public static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();

    private TestRules() {
    }

    /** Copies rules/ into {@code dir}, with the first {@code from} in drafts.json replaced by {@code to}. */
    public static Path withDrafts(Path dir, String from, String to) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        String drafts = Files.readString(dir.resolve("drafts.json"));
        assertThat(drafts).contains(from);
        Files.writeString(dir.resolve("drafts.json"),
                drafts.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        return dir;
    }
}
