package org.nocontact.interview;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;
import org.nocontact.situation.SituationWriter;

/**
 * One situation replayed through the interview in this JVM, compared as `check OUT` against `check FILE`:
 * the same verdict and look-again day, the same words of the deciding rule (its summary and reason), and
 * the same lines shown beside it (its "do instead" and the notes "also in the articles").
 */
public record Replays(Situation file, Interview.Outcome said, List<Key<?>> put, Optional<String> mismatch) {
    /** How many questions were put (a two-part question's parts said with it are not questions of their own). */
    public int questions() {
        return put.size();
    }


    /** Replays {@code file} and, unless the interview stopped for safety, reads back the file it would save. */
    public static Replays of(Advisor advisor, Situation file) {
        StringWriter asked = new StringWriter();
        Interview replaying = Interview.replaying(advisor, file, new PrintWriter(asked));
        Interview.Outcome said = replaying.talk(Remembered.none()).outcome().orElseThrow();
        List<Key<?>> put = asked.toString().lines().filter(line -> line.startsWith("asked: "))
                .<Key<?>>map(line -> Key.all().stream().filter(key -> key.field().equals(line.substring(7))).findFirst()
                        .orElseThrow())
                .toList();
        // what a file needs and the interview did not ask is asked at save time, answered from the file too
        Interview.Outcome kept = replaying.forAFile(said).orElseThrow();
        Recommendation expected = advisor.advise(file);
        Situation out = kept.file()
                .map(text -> new SituationReader(LocalDate.of(1999, 1, 1)).read(text.getBytes(StandardCharsets.UTF_8), "OUT"))
                .orElse(said.situation());
        Recommendation got = advisor.advise(out);
        boolean sameLines = got.summary().equals(expected.summary()) && got.doInstead().equals(expected.doInstead())
                && deciding(got).equals(deciding(expected));
        Optional<String> mismatch = got.verdict() == expected.verdict() && got.reconsiderOn().equals(expected.reconsiderOn())
                && sameLines
                ? Optional.empty()
                : Optional.of("check FILE: " + expected.verdict() + " by " + expected.evaluation().decider().id()
                        + ", look again " + expected.reconsiderOn().map(Object::toString).orElse("never")
                        + "; check OUT: " + got.verdict() + " by " + got.evaluation().decider().id()
                        + ", look again " + got.reconsiderOn().map(Object::toString).orElse("never")
                        + (got.doInstead().equals(expected.doInstead()) ? ""
                                : "\n  lines: " + expected.doInstead() + "\n  OUT's: " + got.doInstead())
                        + (got.summary().equals(expected.summary()) && deciding(got).equals(deciding(expected)) ? ""
                                : "\n  words: " + expected.summary() + " " + deciding(expected)
                                + "\n  OUT's: " + got.summary() + " " + deciding(got))
                        + "\n  asked: " + asked.toString().lines().map(l -> l.substring(7)).toList()
                        + "\n  FILE: " + SituationWriter.write(file).replaceAll("\\s+", " "));
        return new Replays(file, said, put, mismatch);
    }

    /** The deciding rule's reason, as shown. */
    private static String deciding(Recommendation advice) {
        return advice.reasons().isEmpty() ? "" : advice.reasons().get(0).text();
    }
}
