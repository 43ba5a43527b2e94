package org.nocontact.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.nocontact.advice.Country;
import org.nocontact.advice.Help;
import org.nocontact.json.InputException;
import picocli.CommandLine.Option;

/** --country, for every command that gives advice: which country's help lines a safety verdict shows. */
final class CountryOption {
    static final String SETTING = "NOCONTACT_COUNTRY";
    /** The locale variables, most specific first, as POSIX reads them for messages. */
    private static final List<String> LOCALE_VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    @Option(names = "--country", paramLabel = "CC", completionCandidates = CompletionCandidates.Countries.class,
            description = "Your country, as a two-letter code such as GB or US, for the help lines shown with "
                    + "safety advice. Default: the " + SETTING + " setting, else the region of your locale (LANG).")
    Optional<String> option = Optional.empty();

    /** The country: the option, then the setting, then the locale; a wrong option or setting is an error. */
    Optional<Country> country() {
        return resolve(option, System::getenv);
    }

    static Optional<Country> resolve(Optional<String> option, UnaryOperator<String> environment) {
        if (option.isPresent()) {
            return Optional.of(parse(option.get(), "--country"));
        }
        String setting = environment.apply(SETTING);
        if (setting != null && !setting.isBlank()) {
            return Optional.of(parse(setting, SETTING));
        }
        for (String variable : LOCALE_VARIABLES) {
            String locale = environment.apply(variable);
            if (locale != null && !locale.isEmpty()) {
                return Country.ofLocale(locale);
            }
        }
        return Optional.empty();
    }

    private static Country parse(String text, String where) {
        return Country.ofCode(text).orElseThrow(() -> InputException.whole(where, "\"" + text
                + "\" is not a country code; give the two letters of your country, such as GB, US or DE."));
    }

    /** How to get the numbers for where one lives, for when the country is unknown or not listed. */
    static String howToSetTheCountry(Help help) {
        return whoseNumbers(help) + " " + howToChooseTheCountry(help);
    }

    /** In plain words, whose numbers these are: for a person reading the help box. */
    static String whoseNumbers(Help help) {
        boolean numbersShown = help.lines().stream().anyMatch(line -> line.text().chars().anyMatch(Character::isDigit));
        return help.country().map(c -> "No numbers are listed for " + c.englishName() + " (" + c.code() + ") yet.")
                .orElse(numbersShown ? "nocontact does not know your country, so these may not be your local numbers."
                        : "nocontact does not know your country.");
    }

    /** The option and the setting that choose the country: said once, below the help box. */
    static String howToChooseTheCountry(Help help) {
        return "To see the numbers where you live next time, add --country and your country's two letters (for "
                + "example --country GB), or set " + SETTING + " once. Countries listed: "
                + String.join(", ", help.listedCountries()) + ".";
    }
}
