package org.nocontact.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/** What a command can write its result as; each command offers some of these (the choices of its --format). */
enum Format {
    TEXT, JSON, GITHUB, SARIF;

    /** As people type it: text, json, github, sarif. */
    String typed() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The formats one command offers, as its --format option's completion candidates and converter:
     * a format it does not offer is refused like a word that is no format at all.
     */
    abstract static class Offered implements Iterable<String>, CommandLine.ITypeConverter<Format> {
        private final List<Format> formats;

        Offered(Format... formats) {
            this.formats = List.of(formats);
        }

        @Override
        public Iterator<String> iterator() {
            return formats.stream().map(Format::typed).iterator();
        }

        @Override
        public Format convert(String value) {
            Optional<Format> format = formats.stream().filter(f -> f.name().equalsIgnoreCase(value.trim())).findFirst();
            return format.orElseThrow(() -> new CommandLine.TypeConversionException("\"" + value + "\" is not a choice"));
        }
    }

    /** text or json: a result for a person, or for a script. */
    static final class ForPeople extends Offered {
        ForPeople() {
            super(TEXT, JSON);
        }
    }

    /** text, json or github (workflow annotations): the rule authors' test and diff. */
    static final class ForAuthors extends Offered {
        ForAuthors() {
            super(TEXT, JSON, GITHUB);
        }
    }

    /** Every format: rules lint, which also writes SARIF. */
    static final class Every extends Offered {
        Every() {
            super(values());
        }
    }
}
