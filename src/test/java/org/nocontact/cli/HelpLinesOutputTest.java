package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.cli.Cli.example;
import static org.nocontact.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.advice.Country;

/** The help lines at the top of every safety verdict, in the person's country when it is known. */
class HelpLinesOutputTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** A clean environment for a child JVM: no country from the machine running the tests. */
    static final Map<String, String> NO_LOCALE = Map.of("LC_ALL", "", "LC_MESSAGES", "", "LANG", "", "NOCONTACT_COUNTRY", "");

    @TempDir
    Path temp;

    Path selfHarm() throws IOException {
        Path file = temp.resolve("self-harm.json");
        Files.writeString(file, Files.readString(example("feeling-unsafe.json"))
                .replace("\"threatened\": true", "\"selfHarm\": true"));
        return file;
    }

    static Optional<String> country(Optional<String> option, Map<String, String> environment) {
        return CountryOption.resolve(option, environment::get).map(Country::code);
    }

    @Test
    void theOptionComesFirstThenTheSettingThenTheLocale() {
        Map<String, String> env = new HashMap<>(Map.of("NOCONTACT_COUNTRY", "ie", "LANG", "en_GB.UTF-8"));
        assertThat(country(Optional.of("AU"), env)).contains("AU");
        assertThat(country(Optional.empty(), env)).contains("IE");
        env.remove("NOCONTACT_COUNTRY");
        assertThat(country(Optional.empty(), env)).contains("GB");
        env.put("LC_ALL", "de_DE.UTF-8");
        assertThat(country(Optional.empty(), env)).as("LC_ALL outranks LANG").contains("DE");
        env.put("LC_ALL", "C");
        assertThat(country(Optional.empty(), env)).as("a locale with no region names no country").isEmpty();
        assertThat(country(Optional.empty(), Map.of())).isEmpty();
    }

    @Test
    void aGbLocaleShowsSamaritansFirstAndSetApart() throws Exception {
        Map<String, String> env = new HashMap<>(NO_LOCALE);
        env.put("LANG", "en_GB.UTF-8");
        Cli.Result r = Cli.process(env, List.of(), "", "check", selfHarm().toString());
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).as("set apart by a rule").matches("=+");
        assertThat(lines.get(1)).isEqualTo("If you need help now");
        int end = lines.subList(1, lines.size()).indexOf(lines.get(0)) + 1;
        String block = String.join("\n", lines.subList(0, end));
        assertThat(block).contains("999 (or 112)", "Samaritans, 116 123 (free, 24/7)", "Numbers for the United Kingdom, checked in 2026")
                .doesNotContain("988");
        assertThat(lines.get(end + 2)).startsWith("Put your safety first");
    }

    @Test
    void anUnknownCountryShows988MarkedAsUsAndCanadaAndHowToSetTheCountry() throws Exception {
        Cli.Result r = Cli.process(NO_LOCALE, List.of(), "", "check", selfHarm().toString());
        String flat = r.out().replaceAll("\\s+", " ");
        assertThat(flat).contains("call your local emergency number.", "in the US and Canada only, call or text 988",
                "nocontact does not know your country", "--country GB", "NOCONTACT_COUNTRY");
    }

    @Test
    void anUnlistedCountrySaysSoAndShowsTheGeneralLines() throws IOException {
        String flat = run("check", "--country", "JP", selfHarm().toString()).out().replaceAll("\\s+", " ");
        assertThat(flat).contains("No numbers are listed for Japan (JP) yet", "in the US and Canada only, call or text 988");
    }

    @Test
    void dangerShowsTheDomesticAbuseLineOfTheCountry() {
        String out = run("check", "--country", "us", example("feeling-unsafe.json").toString()).out();
        assertThat(out.replaceAll("\\s+", " ")).contains("National Domestic Violence Hotline, 1-800-799-7233", "911");
    }

    @Test
    void aWrongCountryIsExit2WithAClearMessageAndNothingOnStdout() throws Exception {
        for (String[] args : List.of(
                new String[] {"check", "--country", "XX", example("feeling-unsafe.json").toString()},
                new String[] {"check", "--country", "usa", example("i-ended-it.json").toString()},
                new String[] {"ask", "--country", "Britain"})) {
            Cli.Result r = run(args);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("--country: \"" + args[2] + "\" is not a country code")
                    .contains("such as GB, US or DE").hasLineCount(1);
        }
        Map<String, String> env = new HashMap<>(NO_LOCALE);
        env.put("NOCONTACT_COUNTRY", "Narnia");
        Cli.Result setting = Cli.process(env, List.of(), "", "check", example("i-ended-it.json").toString());
        assertThat(setting.exitCode()).isEqualTo(2);
        assertThat(setting.err()).startsWith("NOCONTACT_COUNTRY: \"Narnia\" is not a country code");
    }

    @Test
    void jsonCarriesTheHelpLinesAsAnAddedFieldOnSafetyVerdictsOnly() throws IOException {
        JsonNode safety = JSON.readTree(run("check", "--format", "json", "--country", "GB", selfHarm().toString()).out());
        JsonNode help = safety.get("help");
        assertThat(help.get("country").asText()).isEqualTo("GB");
        assertThat(help.get("listed").asBoolean()).isTrue();
        assertThat(help.get("checked").asText()).isEqualTo("2026");
        assertThat(help.get("lines")).extracting(line -> line.get("for").asText()).containsExactly("emergency", "crisis");
        assertThat(help.has("note")).isFalse();

        JsonNode unknown = JSON.readTree(run("check", "--format", "json", "--country", "JP",
                example("feeling-unsafe.json").toString()).out()).get("help");
        assertThat(unknown.get("listed").asBoolean()).isFalse();
        assertThat(unknown.get("note").asText()).contains("--country");

        JsonNode other = JSON.readTree(run("check", "--format", "json", "--country", "GB",
                example("i-ended-it.json").toString()).out());
        assertThat(other.has("help")).isFalse();
    }

    @Test
    void otherVerdictsShowNoHelpBlock() {
        assertThat(run("check", "--country", "GB", example("i-ended-it.json").toString()).out())
                .doesNotContain("If you need help now").startsWith("Reaching out is reasonable");
    }

    @Test
    void theInterviewsSafetyStopBeginsWithTheHelpLines() {
        Cli.Result r = Cli.runWithStdin("yes\n\n", "ask", "--country", "GB", "--today", "2027-02-14");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().strip().lines().toList();
        assertThat(lines.get(0)).matches("=+");
        assertThat(lines.get(1)).isEqualTo("If you need help now");
        assertThat(r.out()).contains("Samaritans, 116 123").contains("Put your safety first")
                .as("no internal codes in text for a person in crisis").doesNotContain("SEEK_SUPPORT");
        assertThat(r.out().indexOf("Samaritans")).isLessThan(r.out().indexOf("Put your safety first"));
    }
}
