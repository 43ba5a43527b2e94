package org.nocontact.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Help;
import org.nocontact.advice.Projection;
import org.nocontact.advice.Timeline;
import org.nocontact.advice.Recommendation;
import org.nocontact.text.Texts;
import org.nocontact.situation.Situation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check",
        header = "Give a verdict on a situation file.",
        description = {
                "",
                "Reads a situation (JSON, see docs/situation-format.md) and prints the verdict, why, "
                        + "what to do instead and what would change it.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {
                "  nocontact check docs/examples/valentines-text.json",
                "  nocontact check --format json situation.json",
                "  nocontact check --ahead 90 situation.json",
                "  cat situation.json | nocontact check -"},
        exitCodeList = {ExitCodes.VERDICT_GIVEN, ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class CheckCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The situation file, or - to read standard input.")
    String file;

    @Mixin
    FormatOption format;

    @Option(names = "--ahead", paramLabel = "DAYS", arity = "0..1", parameterConsumer = AheadDays.class,
            description = "Also list what the next DAYS days hold (default " + Projection.DEFAULT_AHEAD + ", at most "
                    + Projection.MAX_DAYS + "): the days the advice changes, and the hard days.")
    Integer ahead;

    /** --ahead takes the next argument only when it is a number, so "--ahead FILE" reads FILE as the file. */
    static final class AheadDays implements picocli.CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(java.util.Stack<String> args, picocli.CommandLine.Model.ArgSpec argSpec,
                                      picocli.CommandLine.Model.CommandSpec commandSpec) {
            int days = Projection.DEFAULT_AHEAD;
            if (!args.isEmpty() && args.peek().matches("[0-9]{1,9}")) {
                days = Integer.parseInt(args.pop());
            } else if (!args.isEmpty() && args.peek().matches("-[0-9]+")) {
                throw new picocli.CommandLine.ParameterException(commandSpec.commandLine(), "--ahead: " + args.peek()
                        + " is not a number of days from 1 to " + Projection.MAX_DAYS + "; try --ahead 60.");
            }
            argSpec.setValue(days);
        }
    }

    @Mixin
    AdviceOptions adviceOptions;

    @Override
    public Integer call() throws IOException {
        AdviceOptions.Advice advice = adviceOptions.setUp();
        Advisor advisor = advice.advisor();
        Situation situation = readSituation();
        Optional<Integer> days = aheadDays();
        Recommendation recommendation = advisor.advise(situation);
        Optional<Help> help = advice.help(recommendation);
        Optional<Timeline> timeline = days.map(n -> advisor.project(situation).ahead(n));
        String output = format.json()
                ? new JsonRenderer().render(recommendation, help, timeline)
                : adviceOptions.renderer().render(Printable.of(recommendation), help)
                        + timeline.map(t -> printableLines(adviceOptions.color.aheadText().render(t))).orElse("");
        spec.commandLine().getOut().print(output);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The days-ahead text with every control character but its line breaks written out (it quotes rule texts). */
    private static String printableLines(String text) {
        return text.lines().map(Texts::printable).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    private Optional<Integer> aheadDays() {
        if (ahead != null && (ahead < 1 || ahead > Projection.MAX_DAYS)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--ahead: " + ahead
                    + " is not a number of days from 1 to " + Projection.MAX_DAYS + "; try --ahead 60.");
        }
        return Optional.ofNullable(ahead);
    }

    private Situation readSituation() throws IOException {
        return SituationFiles.read(file, LocalDate.now());
    }
}
