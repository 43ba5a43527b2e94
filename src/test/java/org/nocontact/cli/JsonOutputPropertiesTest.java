package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.situation.Situation;

/** The JSON verdict meets the contract for any situation, and is the same every time. */
class JsonOutputPropertiesTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
    /** A second, independent load: output must not depend on which loaded copy (or its map order) is used. */
    final RuleSet reloaded = RuleSetLoader.load(RuleFiles.builtIn());
    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> VERDICTS = Set.of("SEEK_SUPPORT", "DO_NOT_CONTACT", "LOGISTICS_ONLY", "RESPOND_BRIEFLY", "REACH_OUT");

    @Provide
    Arbitrary<Situation> situations() {
        return org.nocontact.GeneratedSituations.situations();
    }

    @Property(tries = 500)
    void theJsonVerdictAlwaysMeetsTheContract(@ForAll("situations") Situation s) throws Exception {
        for (Profile profile : rules.profiles().values()) {
            org.nocontact.advice.Recommendation advice = new Advisor(rules, profile).advise(s);
            var help = org.nocontact.advice.HelpLines.builtIn().forRecommendation(advice, java.util.Optional.empty());
            String first = new JsonRenderer().render(advice, help);
            assertThat(new JsonRenderer().render(new Advisor(reloaded, reloaded.profiles().get(profile.name())).advise(s), help))
                    .as("the same situation, with the rules loaded afresh").isEqualTo(first);
            JsonNode v = JSON.readTree(first);
            List<String> fields = new ArrayList<>();
            v.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).startsWith("verdict", "summary", "reconsiderOn", "reasons", "overridden", "doInstead", "wouldChange");
            assertThat(fields.subList(7, fields.size())).isEqualTo(
                    advice.verdict() == org.nocontact.rules.Verdict.SEEK_SUPPORT ? List.of("help") : List.of());
            assertThat(VERDICTS).contains(v.get("verdict").asText());
            assertThat(v.get("summary").asText()).isNotBlank().doesNotContain("{", "}");
            assertThat(v.get("reconsiderOn").isNull() || v.get("reconsiderOn").asText().matches("\\d{4}-\\d{2}-\\d{2}")).isTrue();
            assertThat(v.get("reasons")).isNotEmpty().allSatisfy(r -> {
                assertThat(r.get("text").asText()).isNotBlank().doesNotContain("{", "}", "unknown");
                assertThat(r.get("sources")).isNotEmpty();
            });
            assertThat(v.get("doInstead")).isNotEmpty();
            assertThat(v.get("wouldChange")).allSatisfy(c -> assertThat(VERDICTS).contains(c.get("verdict").asText()));
        }
    }
}
