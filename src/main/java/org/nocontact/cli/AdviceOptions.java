package org.nocontact.cli;

import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Country;
import org.nocontact.advice.Help;
import org.nocontact.advice.HelpLines;
import org.nocontact.advice.Recommendation;
import picocli.CommandLine.Mixin;

/**
 * The options of every command that gives advice (check, ask, heard, urge) and the setting up they
 * lead to: the rule set and profile (--rules, --profile), the country whose help lines a safety
 * verdict shows (--country), and colour (--color).
 */
final class AdviceOptions {
    // In this order: picocli suggests the first similar name it meets ("--colour": did you mean --color?).
    @Mixin
    final ColorOption color = new ColorOption();

    @Mixin
    final CountryOption country = new CountryOption();

    @Mixin
    final RuleOptions rules = new RuleOptions();

    /** What advice is given from, once the options are read. */
    record Advice(Advisor advisor, Optional<Country> where) {
        /** The help lines a verdict shows (for a safety verdict), for the person's country. */
        Optional<Help> help(Recommendation recommendation) {
            return HelpLines.builtIn().forRecommendation(recommendation, where);
        }
    }

    /** The country first (a wrong one is said before any rule file is read), then the rule set and profile. */
    Advice setUp() {
        Optional<Country> where = country.country();
        return new Advice(rules.advisor(), where);
    }

    TextRenderer renderer() {
        return color.renderer();
    }

    /** The verdict's text for a width read when it is printed, not when the command started. */
    TextRenderer renderer(int width) {
        return color.renderer(width);
    }

    /** The days ahead (--ahead, "ahead" at More?), in this command's colours. */
    AheadText aheadText() {
        return color.aheadText();
    }

    AheadText aheadText(int width) {
        return color.aheadText(width);
    }
}
