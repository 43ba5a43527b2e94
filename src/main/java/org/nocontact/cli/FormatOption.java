package org.nocontact.cli;

import picocli.CommandLine.Option;

/** --format text|json, for every command whose result a person reads or a script parses. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = Format.ForPeople.class, converter = Format.ForPeople.class,
            description = "text (for a person, the default) or json (for scripts).")
    Format format;

    boolean json() {
        return format == Format.JSON;
    }
}
