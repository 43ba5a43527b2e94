package org.nocontact.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import org.nocontact.authoring.Mutant;
import org.nocontact.authoring.MutationTester;
import org.nocontact.authoring.TestReport;
import org.nocontact.authoring.WitnessCase;
import org.nocontact.text.Texts;

/** `rules test --mutants`: the score and each surviving mutant with a case that would kill it. */
final class MutationOutput {
    private MutationOutput() {
    }

    static void text(PrintWriter out, MutationTester.Report m) {
        for (MutationTester.Survivor s : m.survivors()) {
            Mutant mutant = s.mutant();
            out.println("SURVIVED " + mutant.file() + ":" + mutant.position() + ": " + Texts.printable(mutant.change()));
            out.println("     no case tells it apart; in profile " + s.witness().profile() + " the rules give "
                    + s.witness().from().verdict() + " by " + s.witness().from().id() + " where the mutant gives "
                    + s.witness().to().verdict() + " by " + s.witness().to().id() + ". A case that kills it:");
            out.println(WitnessCase.of(s).indent(5).stripTrailing());
        }
        out.println(TestReport.scoreLine(m));
        m.notFinished().ifPresent(why -> out.println("not finished: " + m.notTried() + " of " + m.made()
                + " mutants not tried or not settled (" + why + ")"));
    }

    static void github(PrintWriter out, String title, MutationTester.Report m) {
        for (MutationTester.Survivor s : m.survivors()) {
            Mutant mutant = s.mutant();
            out.println(GithubAnnotations.at("warning", mutant.file(), mutant.position(), title, "mutant survived: "
                    + Texts.printable(mutant.change()) + "; a case that kills it:\n" + WitnessCase.of(s)));
        }
        out.println(TestReport.scoreLine(m));
        m.notFinished().ifPresent(why -> out.println(GithubAnnotations.general("error", title, "mutation testing not "
                + "finished: " + m.notTried() + " of " + m.made() + " mutants not tried or not settled (" + why + ")")));
    }

    static void json(JsonGenerator g, MutationTester.Report m) throws IOException {
        g.writeObjectFieldStart("mutation");
        g.writeNumberField("score", Math.round(m.score() * 10) / 10.0);
        g.writeNumberField("made", m.made());
        g.writeNumberField("killed", m.killed());
        g.writeNumberField("equivalent", m.equivalent());
        g.writeNumberField("notTried", m.notTried());
        g.writeBooleanField("finished", m.complete());
        if (m.notFinished().isPresent()) {
            g.writeStringField("notFinished", m.notFinished().get());
        }
        g.writeArrayFieldStart("survivors");
        for (MutationTester.Survivor s : m.survivors()) {
            Mutant mutant = s.mutant();
            g.writeStartObject();
            g.writeStringField("kind", mutant.kind().name());
            g.writeStringField("change", mutant.change());
            g.writeStringField("file", mutant.file());
            g.writeNumberField("line", mutant.position().line());
            g.writeNumberField("column", mutant.position().column());
            g.writeStringField("path", mutant.path());
            g.writeStringField("killingCase", WitnessCase.of(s));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
