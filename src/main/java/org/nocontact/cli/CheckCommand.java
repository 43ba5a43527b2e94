package org.nocontact.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Country;
import org.nocontact.advice.Help;
import org.nocontact.advice.HelpLines;
import org.nocontact.advice.Recommendation;
import org.nocontact.situation.Situation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
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
                "  cat situation.json | nocontact check -"},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.VERDICT_GIVEN, ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class CheckCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The situation file, or - to read standard input.")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for a person, the default) or json (for scripts).")
    Format format;

    @Mixin
    ColorOption color;

    @Mixin
    CountryOption country;

    @Mixin
    RuleOptions ruleOptions;

    @Override
    public Integer call() throws IOException {
        Optional<Country> where = country.country();
        Advisor advisor = ruleOptions.advisor();
        Situation situation = readSituation();
        Recommendation recommendation = advisor.advise(situation);
        Optional<Help> help = HelpLines.builtIn().forRecommendation(recommendation, where);
        String output = format == Format.JSON
                ? new JsonRenderer().render(recommendation, help)
                : color.renderer().render(Printable.of(recommendation), help);
        spec.commandLine().getOut().print(output);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private Situation readSituation() throws IOException {
        return SituationFiles.read(file, LocalDate.now());
    }
}
