package org.nocontact.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Help;
import org.nocontact.advice.Projection;
import org.nocontact.advice.Timeline;
import org.nocontact.advice.Recommendation;
import org.nocontact.json.InputException;
import org.nocontact.text.Texts;
import org.nocontact.situation.Situation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check",
        header = "Give a verdict on one or more situation files.",
        description = {
                "",
                "Reads a situation (JSON, see docs/situation-format.md) and prints the verdict, why, "
                        + "what to do instead and what would change it.",
                "",
                "With several files, each verdict comes under a line naming its file (\"== FILE ==\"); with "
                        + "--format json, the output is one JSON array of the verdicts, each with a \"file\" "
                        + "field first. Every file is read before anything is printed: if any is wrong, each "
                        + "wrong one is named on standard error, nothing is printed and the exit status is 2.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {
                "  nocontact check docs/examples/valentines-text.json",
                "  nocontact check --format json situation.json",
                "  nocontact check --ahead 90 situation.json",
                "  nocontact check --format json monday.json tuesday.json",
                "  cat situation.json | nocontact check -"},
        exitCodeList = {ExitCodes.VERDICT_GIVEN, ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class CheckCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "The situation file, or - to read standard input (once); several files give a verdict each.")
    List<String> files;

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
        Optional<Integer> days = aheadDays();
        List<Checked> checked = readSituations().stream().map(labelled -> {
            Recommendation recommendation = advisor.advise(labelled.situation());
            return new Checked(labelled.file(), recommendation, advice.help(recommendation),
                    days.map(n -> advisor.project(labelled.situation()).ahead(n)));
        }).toList();
        String output = format.json() ? json(checked) : text(checked);
        spec.commandLine().getOut().print(output);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** A situation file as named on the command line, and what it holds. */
    private record Labelled(String file, Situation situation) {
    }

    /** A file's verdict, with its help lines and, when asked, the days ahead. */
    private record Checked(String file, Recommendation recommendation, Optional<Help> help, Optional<Timeline> ahead) {
    }

    /** One verdict as before; several, each under a line naming its file, a blank line between them. */
    private String text(List<Checked> checked) {
        if (checked.size() == 1) {
            return text(checked.get(0));
        }
        return checked.stream().map(c -> adviceOptions.color.heading("== " + Texts.printable(c.file()) + " ==")
                + "\n" + text(c)).collect(Collectors.joining("\n"));
    }

    private String text(Checked c) {
        return adviceOptions.renderer().render(Printable.of(c.recommendation()), c.help())
                + c.ahead().map(t -> printableLines(adviceOptions.color.aheadText().render(t))).orElse("");
    }

    /** One verdict: the object the contract spells; several: an array of them, each naming its file first. */
    private static String json(List<Checked> checked) {
        JsonRenderer renderer = new JsonRenderer();
        if (checked.size() == 1) {
            Checked c = checked.get(0);
            return renderer.render(c.recommendation(), c.help(), c.ahead());
        }
        return renderer.renderAll(checked.stream()
                .map(c -> new JsonRenderer.Labelled(c.file(), c.recommendation(), c.help(), c.ahead())).toList());
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

    /** Every file read before any verdict is printed; every wrong one said, one line each. */
    private List<Labelled> readSituations() throws IOException {
        if (files.stream().filter("-"::equals).count() > 1) {
            throw InputException.whole("-", "standard input can be read only once; give - a single time.");
        }
        LocalDate today = LocalDate.now();
        List<Labelled> read = new ArrayList<>();
        List<InputException> wrong = new ArrayList<>();
        for (String file : files) {
            try {
                read.add(new Labelled(file, SituationFiles.read(file, today)));
            } catch (InputException e) {
                wrong.add(e);
            }
        }
        if (!wrong.isEmpty()) {
            throw InputException.all(wrong);
        }
        return read;
    }
}
