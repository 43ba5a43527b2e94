package org.nocontact.interview;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;
import org.nocontact.situation.SituationWriter;

/** One situation replayed through the interview in this JVM, compared as `check OUT` against `check FILE`. */
public record Replays(Situation file, Interview.Outcome said, int questions, Optional<String> mismatch) {

    /** Replays {@code file} and, unless the interview stopped for safety, reads back the file it would save. */
    public static Replays of(Advisor advisor, Situation file) {
        StringWriter asked = new StringWriter();
        Interview.Outcome said = Interview.replaying(advisor, file, new PrintWriter(asked)).talk(Remembered.none()).outcome().orElseThrow();
        int questions = (int) asked.toString().lines().filter(line -> line.startsWith("asked: ")).count();
        Recommendation expected = advisor.advise(file);
        Situation out = said.file()
                .map(text -> new SituationReader(LocalDate.of(1999, 1, 1)).read(text.getBytes(StandardCharsets.UTF_8), "OUT"))
                .orElse(said.situation());
        Recommendation got = advisor.advise(out);
        Optional<String> mismatch = got.verdict() == expected.verdict() && got.reconsiderOn().equals(expected.reconsiderOn())
                ? Optional.empty()
                : Optional.of("check FILE: " + expected.verdict() + " by " + expected.evaluation().decider().id()
                        + ", look again " + expected.reconsiderOn().map(Object::toString).orElse("never")
                        + "; check OUT: " + got.verdict() + " by " + got.evaluation().decider().id()
                        + ", look again " + got.reconsiderOn().map(Object::toString).orElse("never")
                        + "\n  asked: " + asked.toString().lines().map(l -> l.substring(7)).toList()
                        + "\n  FILE: " + SituationWriter.write(file).replaceAll("\\s+", " "));
        return new Replays(file, said, questions, mismatch);
    }
}
