package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nocontact.situation.Situation;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelpLinesTest {
    /** Read per test class, so a changed reader is seen by every test here. */
    final HelpLines lines = HelpLines.builtIn();
    static final Situation.Safety SELF_HARM = new Situation.Safety(false, false, true, false, false);
    static final Situation.Safety THREATENED = new Situation.Safety(false, true, false, false, false);
    static final Situation.Safety PROTECTION_ORDER = new Situation.Safety(false, false, false, false, true);
    static final Situation.Safety URGE_TO_MONITOR = new Situation.Safety(false, false, false, true, false);

    /**
     * The table the project was given (checked against the services' own pages and national health
     * or government sites, 2026): emergency | crisis | domestic abuse, by country. Copied here so the
     * test does not read outside the repository.
     */
    static final Map<String, String[]> CHECKED_2026 = Map.of(
            "US", new String[] {"911", "988", "1-800-799-7233 88788"},
            "CA", new String[] {"911", "988", ""},
            "GB", new String[] {"999 112", "116 123 (free, 24/7)", "0808 2000 247 (free, 24/7)"},
            "IE", new String[] {"112 999", "116 123 (free, 24/7)", "1800 341 900"},
            "AU", new String[] {"000", "13 11 14", "1800 737 732"},
            "NZ", new String[] {"111", "1737", "0508 744 633"},
            "DE", new String[] {"112", "0800 111 0 111 0800 111 0 222", "116 016 0800 123 99 00"},
            "FR", new String[] {"112 15", "3114", "3919"});

    Help help(String country, Situation.Safety safety) {
        return lines.forSafety(safety, Country.ofCode(country));
    }

    static String line(Help help, Help.Kind kind) {
        return help.lines().stream().filter(l -> l.kind() == kind).map(Help.Line::text).findFirst().orElse("");
    }

    @Test
    void everyCountryOfTheCheckedTableIsListedWithItsDate() {
        assertThat(lines.listedCodes()).containsExactlyInAnyOrderElementsOf(CHECKED_2026.keySet());
        assertThat(help("GB", SELF_HARM).checked()).isEqualTo("2026");
    }

    @Test
    void theLinesCarryExactlyTheCheckedNumbersAndNoOther() {
        for (Map.Entry<String, String[]> country : CHECKED_2026.entrySet()) {
            Situation.Safety all = new Situation.Safety(true, true, true, true, true);
            Help help = help(country.getKey(), all);
            String[] expected = country.getValue();
            assertThat(numbers(line(help, Help.Kind.EMERGENCY))).as(country.getKey()).isEqualTo(numbers(expected[0]));
            assertThat(numbers(line(help, Help.Kind.CRISIS))).as(country.getKey()).isEqualTo(numbers(expected[1]));
            assertThat(numbers(line(help, Help.Kind.DOMESTIC_ABUSE))).as(country.getKey()).isEqualTo(numbers(expected[2]));
        }
    }

    @Test
    void theFileHoldsNoNumberBeyondTheCheckedTable() throws IOException {
        String file;
        try (InputStream in = HelpLines.class.getResourceAsStream("/nocontact/helplines.json")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> checked = new TreeSet<>();
        CHECKED_2026.values().forEach(row -> {
            for (String cell : row) {
                checked.addAll(numbers(cell));
            }
        });
        checked.add("2026");
        assertThat(checked).containsAll(numbers(file));
    }

    @Test
    void selfHarmGetsTheCrisisLineAndDangerGetsTheDomesticAbuseLine() {
        Help selfHarm = help("GB", SELF_HARM);
        assertThat(selfHarm.lines()).extracting(Help.Line::kind).containsExactly(Help.Kind.EMERGENCY, Help.Kind.CRISIS);
        assertThat(line(selfHarm, Help.Kind.CRISIS)).contains("Samaritans", "116 123");

        Help threatened = help("GB", THREATENED);
        assertThat(threatened.lines()).extracting(Help.Line::kind).containsExactly(Help.Kind.EMERGENCY, Help.Kind.DOMESTIC_ABUSE);
        assertThat(line(threatened, Help.Kind.DOMESTIC_ABUSE)).contains("0808 2000 247");
        assertThat(help("GB", PROTECTION_ORDER).lines()).extracting(Help.Line::kind).contains(Help.Kind.DOMESTIC_ABUSE);
    }

    @Test
    void eachConcernAloneGetsItsOwnLines() {
        Situation.Safety unsafe = new Situation.Safety(true, false, false, false, false);
        assertThat(help("GB", unsafe).lines()).extracting(Help.Line::kind)
                .containsExactly(Help.Kind.EMERGENCY, Help.Kind.DOMESTIC_ABUSE);
        assertThat(help("GB", PROTECTION_ORDER).lines()).extracting(Help.Line::kind)
                .containsExactly(Help.Kind.EMERGENCY, Help.Kind.DOMESTIC_ABUSE);
        assertThat(help("GB", URGE_TO_MONITOR).lines()).extracting(Help.Line::kind).containsExactly(Help.Kind.COUNSELLING);
        assertThat(help("GB", Situation.Safety.NONE).lines()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"GB,999", "US,911", "AU,000", "FR,112"})
    void theEmergencyLineKeepsTheGeneralWordsAndAddsTheCountrysNumber(String country, String number) {
        assertThat(line(help(country, THREATENED), Help.Kind.EMERGENCY)).contains("your local emergency number", number);
    }

    @ParameterizedTest
    @CsvSource({"GB", "US", "JP", "''"})
    void theUrgeToWatchThemAloneGetsACounsellorAndNoEmergencyBoxOrCrisisLine(String country) {
        Help urge = lines.forSafety(URGE_TO_MONITOR, Country.ofCode(country));
        assertThat(urge.lines()).extracting(Help.Line::kind).containsExactly(Help.Kind.COUNSELLING);
        assertThat(line(urge, Help.Kind.COUNSELLING)).contains("therapist or counsellor");
        assertThat(urge.reminder()).startsWith("Support: ").doesNotContain("988", "Samaritans", "Crisis", "emergency",
                "Help now");
        Situation.Safety urgeAndSelfHarm = new Situation.Safety(false, false, true, true, false);
        assertThat(lines.forSafety(urgeAndSelfHarm, Country.ofCode(country)).lines()).extracting(Help.Line::kind)
                .containsExactly(Help.Kind.EMERGENCY, Help.Kind.CRISIS, Help.Kind.COUNSELLING);
    }

    @Test
    void germanysAbuseLineSaysItIsForWomenAndGivesTheCheckedLineForMen() {
        String line = line(help("DE", THREATENED), Help.Kind.DOMESTIC_ABUSE);
        assertThat(line).contains("for women", "116 016", "for men", "0800 123 99 00")
                .as("one check note, under the box (\"Numbers for Germany, checked in 2026.\"), not a second in the line")
                .doesNotContain("checked");
        assertThat(line.indexOf("for women")).isLessThan(line.indexOf("116 016"));
    }

    @Test
    void theReminderNeverDoublesTheWordsOfTheAbuseLineWhereNoNumberIsListed() {
        assertThat(lines.forSafety(THREATENED, Optional.empty()).reminder())
                .isEqualTo("Help now: your local emergency number; a domestic-abuse helpline where you live")
                .doesNotContain("domestic abuse a domestic-abuse");
        assertThat(help("GB", THREATENED).reminder()).contains("domestic abuse: National Domestic Abuse Helpline");
    }

    @Test
    void theCrisisLineIsOnlyForThoughtsOfSelfHarmWhereverThePersonIs() {
        for (Situation.Safety other : new Situation.Safety[] {THREATENED, PROTECTION_ORDER, URGE_TO_MONITOR}) {
            assertThat(lines.forSafety(other, Optional.empty()).lines()).extracting(Help.Line::kind)
                    .doesNotContain(Help.Kind.CRISIS);
            assertThat(help("GB", other).lines()).extracting(Help.Line::kind).doesNotContain(Help.Kind.CRISIS);
        }
    }

    @Test
    void anUnknownCountryGetsTheEmergencyLineAnd988MarkedAsUsAndCanada() {
        Help unknown = lines.forSafety(SELF_HARM, Optional.empty());
        assertThat(unknown.listed()).isFalse();
        assertThat(line(unknown, Help.Kind.EMERGENCY)).isEqualTo("In danger now: call your local emergency number.");
        assertThat(line(unknown, Help.Kind.CRISIS)).contains("in the US and Canada only", "988");
        Help unlisted = help("JP", SELF_HARM);
        assertThat(unlisted.listed()).isFalse();
        assertThat(unlisted.country()).contains(new Country("JP"));
        assertThat(line(unlisted, Help.Kind.CRISIS)).contains("in the US and Canada only", "988");
    }

    @ParameterizedTest
    @CsvSource({"en_GB.UTF-8,GB", "de_DE@euro,DE", "fr_FR,FR", "en_US.utf8,US", "C.UTF-8,", "POSIX,", "en,", "en_XX.UTF-8,"})
    void theCountryIsTheRegionOfTheLocale(String locale, String country) {
        assertThat(Country.ofLocale(locale).map(Country::code)).isEqualTo(Optional.ofNullable(country));
    }

    @ParameterizedTest
    @CsvSource({"gb,GB", "GB,GB", "UK,GB", " us ,US", "jp,JP"})
    void countryCodesAreReadAsPeopleWriteThem(String written, String code) {
        assertThat(Country.ofCode(written)).contains(new Country(code));
    }

    @Test
    void onlyIsoCodesAreCountries() {
        assertThat(Country.ofCode("XX")).isEmpty();
        assertThat(Country.ofCode("usa")).isEmpty();
        assertThat(Country.ofCode("")).isEmpty();
    }

    /** The digit groups of a text, in order ("0808 2000 247" -> 0808, 2000, 247). */
    static Set<String> numbers(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\d+").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
