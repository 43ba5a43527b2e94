package org.nocontact.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.nocontact.json.InputException;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;

/** Reads a situation file named on the command line (or - for standard input), with errors a person can act on. */
final class SituationFiles {
    private SituationFiles() {
    }

    static Situation read(String file, LocalDate systemToday) throws IOException {
        return read(file, new SituationReader(systemToday));
    }

    /**
     * A saved situation to go on from today (`ask --from`): its dates must have come by today. A file
     * saved while planning ahead (`--today` a later day) is refused at its first date still to come, with
     * the day it was saved for.
     */
    static Situation readOn(String file, LocalDate today) throws IOException {
        Situation saved = read(file, today);
        if (!saved.today().isAfter(today)) {
            return saved;
        }
        try {
            return read(file, SituationReader.on(today));
        } catch (InputException e) {
            String day = saved.today().toString();
            throw new InputException(e.source(), e.path(), e.position(), e.problem() + " The file was saved for " + day
                    + ": add --today " + day + " to go on from it as of that day.");
        }
    }

    private static Situation read(String file, SituationReader reader) throws IOException {
        if (file.equals("-")) {
            try {
                return reader.read(StandardStreams.in(), "<stdin>");
            } catch (IOException e) {
                throw InputException.whole("<stdin>", "standard input could not be read" + why(e) + "; pipe the situation in, "
                        + "or give its file name.");
            }
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw InputException.whole(file, "this is a folder; give the situation file inside it.");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return reader.read(in, file);
        } catch (NoSuchFileException e) {
            throw InputException.whole(file, "no such file; check the path (or use - to read standard input).");
        } catch (AccessDeniedException e) {
            throw InputException.whole(file, "permission denied; check that you can read this file.");
        } catch (IOException e) {
            throw InputException.whole(file, "this file could not be read" + why(e) + "; give an ordinary situation file.");
        }
    }

    /** A failed read in the system's words, " (input/output error)", or nothing. */
    private static String why(IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null ? "" : " (" + reason.toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
