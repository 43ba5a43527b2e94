package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nocontact.json.InputException;
import org.nocontact.json.JsonTreeReader;
import org.nocontact.json.Position;

/**
 * The help-lines file is data: a file that is not as described is refused with where and how to
 * fix it, and a file that is gives its numbers, for the listed countries only.
 */
class HelpLinesFileTest {
    static final String ELSEWHERE = """
            "elsewhere": {"crisis": "a crisis line where you live", "domesticAbuse": "an abuse line where you live"}""";

    static HelpLines parse(String json) {
        return HelpLines.parse(new JsonTreeReader(JsonTreeReader.Limits.RULES)
                .read(json.getBytes(StandardCharsets.UTF_8), "helplines.json"), "helplines.json");
    }

    static String file(String countries) {
        return "{\"checked\": \"2031\", \"note\": \"checked by hand\", \"countries\": " + countries + ",\n" + ELSEWHERE + "}";
    }

    static final String NEVERLAND = """
            {"NZ": {"name": "Aotearoa", "emergency": "111", "crisis": "call 1737", "domesticAbuse": "call 0508"}}""";

    @Test
    void aFileAsDescribedGivesItsCountriesItsDateAndTheLinesForElsewhere() {
        HelpLines lines = parse(file(NEVERLAND));
        assertThat(lines.listedCodes()).containsExactly("NZ");
        Help listed = lines.forSafety(HelpLinesTest.THREATENED, Country.ofCode("nz"));
        assertThat(listed.checked()).isEqualTo("2031");
        assertThat(listed.listedAs()).contains("Aotearoa");
        assertThat(listed.lines()).extracting(Help.Line::text).containsExactly(
                "In danger now: call your local emergency number, 111 in Aotearoa.", "Domestic abuse: call 0508.");
        Help elsewhere = lines.forSafety(HelpLinesTest.SELF_HARM, Country.ofCode("GB"));
        assertThat(elsewhere.listed()).isFalse();
        assertThat(elsewhere.lines()).extracting(Help.Line::text).containsExactly(
                "In danger now: call your local emergency number.", "Crisis line: a crisis line where you live.");
        assertThat(elsewhere.listedCountries()).containsExactly("NZ");
    }

    @Test
    void aCountryThatIsNoIsoCodeIsRefusedAtItsKey() {
        String json = file("""
                {"XX": {"name": "X", "emergency": "1", "crisis": "2", "domesticAbuse": "3"}}""");
        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.path()).isEqualTo("countries.XX");
            assertThat(e.position()).contains(new Position(1, 62));
            assertThat(e.problem()).contains("ISO 3166", "GB");
        });
    }

    @Test
    void countriesThatAreNotAnObjectAreRefused() {
        assertThatThrownBy(() -> parse(file("[\"GB\"]"))).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.path()).isEqualTo("countries");
            assertThat(e.problem()).contains("ISO country code -> its numbers");
        });
    }

    @Test
    void aCountryWithoutItsCrisisLineIsRefusedNamingTheField() {
        String json = file("""
                {"NZ": {"name": "Aotearoa", "emergency": "111", "domesticAbuse": "call 0508"}}""");
        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.path()).isEqualTo("countries.NZ.crisis"));
    }

    @Test
    void aFileWithoutTheDateTheNumbersWereCheckedIsRefused() {
        String json = "{\"note\": \"n\", \"countries\": {}, " + ELSEWHERE + "}";
        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.path()).isEqualTo("checked"));
    }

    @Test
    void theBuiltInFileIsReadOnceAndIsTheOneShipped() {
        assertThat(HelpLines.builtIn()).isSameAs(HelpLines.builtIn());
        assertThat(HelpLines.load().listedCodes()).isEqualTo(HelpLines.builtIn().listedCodes()).contains("GB", "US");
    }

    @Test
    void someoneWhoLeftBeforeSayingTheyAreSafeIsGivenTheEmergencyAndCrisisLines() {
        Help help = HelpLines.builtIn().emergencyAndCrisis(Country.ofCode("GB"));
        assertThat(help.lines()).extracting(Help.Line::kind).containsExactly(Help.Kind.EMERGENCY, Help.Kind.CRISIS);
        assertThat(help.reminder()).isEqualTo("Help now: emergency 999 (or 112); Samaritans, 116 123 (free, 24/7)");
    }

    @Test
    void aCountryIsOnlyEverAnIsoCodeAndSaysItsEnglishName() {
        assertThatThrownBy(() -> new Country("XX")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XX");
        assertThat(new Country("JP").englishName()).isEqualTo("Japan");
        assertThat(Country.isIsoCode("GB")).isTrue();
        assertThat(Country.isIsoCode("UK")).isFalse();
        assertThat(Country.ofLocale("en_GBR.UTF-8")).isEmpty();
        assertThat(Country.ofLocale("_GB")).isEqualTo(Optional.of(new Country("GB")));
    }
}
