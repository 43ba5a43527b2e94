package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nocontact.TestSituations;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;

/**
 * Forty situations written from the five articles (src/test/resources/articles-situations/, kept
 * apart from the rule set's own cases): the shipped rules give each the verdict its article gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticlesSituationsTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());

    static JsonNode file() throws IOException {
        try (InputStream in = ArticlesSituationsTest.class.getResourceAsStream("/articles-situations/situations.json")) {
            return TestSituations.JSON.readTree(in);
        }
    }

    static Stream<Arguments> situations() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode s : file().get("situations")) {
            cases.add(Arguments.of(s.get("article").asText() + ": " + s.get("name").asText(), s));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void theRulesGiveTheVerdictTheArticleGives(String name, JsonNode entry) {
        Advisor advisor = new Advisor(rules, rules.profile(entry.get("profile").asText()).orElseThrow());
        Recommendation r = advisor.advise(TestSituations.read((ObjectNode) entry.get("situation").deepCopy()));
        assertThat(r.verdict()).as(name + " (decided by " + r.reasons().get(0).rule() + ")")
                .isEqualTo(Verdict.valueOf(entry.get("verdict").asText()));
    }

    @Test
    void thereAreFortyCoveringEveryArticleAndBothProfiles() throws IOException {
        Set<String> articles = new TreeSet<>();
        Set<String> profiles = new TreeSet<>();
        Set<String> verdicts = new TreeSet<>();
        file().get("situations").forEach(s -> {
            articles.add(s.get("article").asText());
            profiles.add(s.get("profile").asText());
            verdicts.add(s.get("verdict").asText());
        });
        assertThat(file().get("situations")).hasSize(40);
        assertThat(articles).containsExactlyInAnyOrder("valentines-coach", "contact-or-not", "gifts-and-letters",
                "dumped-you", "no-contact-guide");
        assertThat(profiles).containsExactlyInAnyOrder("standard", "strict");
        assertThat(verdicts).hasSize(Verdict.values().length);
    }
}
