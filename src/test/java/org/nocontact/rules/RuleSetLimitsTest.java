package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.json.InputException;

/**
 * The sizes docs/rules-format.md promises a rule author, at their edges: a rule set at a limit
 * loads, one part or one rule more is refused with the limit named.
 *
 * <p>Sizes are made with definitions that double: {@code d0} is one part, {@code dN} is "all" of
 * two {@code d(N-1)}, so {@code dN} has 2^(N+1) - 1 parts once expanded, and a rule's "all" of
 * several of them has one part more than their sum.
 */
class RuleSetLimitsTest {
    @TempDir
    Path dir;

    /** Definitions d0 (1 part) to d12 (8191 parts). */
    private static String doublingDefinitions() {
        StringBuilder defs = new StringBuilder("\"d0\": {\"fact\": \"goal\", \"is\": \"reconcile\"}");
        for (int i = 1; i <= 12; i++) {
            defs.append(", \"d").append(i).append("\": {\"all\": [{\"ref\": \"d").append(i - 1)
                    .append("\"}, {\"ref\": \"d").append(i - 1).append("\"}]}");
        }
        return defs.toString();
    }

    /** A rule whose condition is "all" of the named definitions. */
    private static String ruleOf(String id, int... definitions) {
        String refs = IntStream.of(definitions).mapToObj(d -> "{\"ref\": \"d" + d + "\"}").collect(Collectors.joining(", "));
        return "{\"id\": \"" + id + "\", \"when\": {\"all\": [" + refs + "]}, \"verdict\": \"DO_NOT_CONTACT\", "
                + "\"summary\": \"Hold off.\", \"reason\": \"Because.\", \"sources\": [\"a\"]}";
    }

    private static String simpleRule(String id) {
        return "{\"id\": \"" + id + "\", \"when\": {\"fact\": \"goal\", \"is\": \"reconcile\"}, \"verdict\": \"DO_NOT_CONTACT\", "
                + "\"summary\": \"Hold off.\", \"reason\": \"Because.\", \"sources\": [\"a\"]}";
    }

    /** The rules (and a catch-all, one part) in one file, the catch-all the standard profile's only rule. */
    private RuleFiles ruleSet(List<String> rules) throws IOException {
        Files.writeString(dir.resolve("ruleset.json"), "{\"name\": \"limits\", \"files\": [\"rules.json\"], "
                + "\"sources\": {\"a\": \"an article\"}, \"definitions\": {" + doublingDefinitions() + "}, "
                + "\"profiles\": {\"standard\": {\"precedence\": [\"catch-all\"]}}}");
        List<String> all = new ArrayList<>(rules);
        all.add("{\"id\": \"catch-all\", \"verdict\": \"DO_NOT_CONTACT\", \"summary\": \"Hold off.\", "
                + "\"reason\": \"In doubt.\", \"sources\": [\"a\"]}");
        Files.writeString(dir.resolve("rules.json"), "{\"rules\": [\n" + String.join(",\n", all) + "\n]}");
        return RuleFiles.folder(dir);
    }

    // 10,000 parts: 1 + 8191 + 1023 + 511 + 255 + 15 + 3 + 1.
    private static final int[] TEN_THOUSAND = {12, 9, 8, 7, 3, 1, 0};
    // 9,999 parts: 1 + 8191 + 1023 + 511 + 255 + 15 + 3.
    private static final int[] ONE_LESS = {12, 9, 8, 7, 3, 1};

    @Test
    void aConditionOfTenThousandPartsLoadsAndOneOfTenThousandAndOneIsRefusedAtItsWhen() throws IOException {
        RuleSet atLimit = RuleSetLoader.load(ruleSet(List.of(ruleOf("big", TEN_THOUSAND))));
        assertThat(atLimit.rules().get(0).when().size()).isEqualTo(10_000);

        RuleFiles over = ruleSet(List.of(ruleOf("big", 12, 9, 8, 7, 3, 1, 0, 0)));
        assertThatThrownBy(() -> RuleSetLoader.load(over)).isInstanceOf(InputException.class)
                .hasMessageContaining("rules.json:2:")
                .hasMessageContaining("rules[0].when: this condition has more than 10000 parts once definitions are "
                        + "expanded; simplify it.");
    }

    @Test
    void allConditionsTogetherMayHaveAHundredThousandPartsAndNotOneMore() throws IOException {
        // Nine rules of 10,000 parts, one of 9,999 and the catch-all's one part: 100,000.
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            rules.add(ruleOf("big-" + i, TEN_THOUSAND));
        }
        rules.add(ruleOf("last", ONE_LESS));
        RuleSet atLimit = RuleSetLoader.load(ruleSet(rules));
        assertThat(atLimit.rules().stream().mapToLong(r -> r.when().size()).sum()).isEqualTo(100_000);

        rules.set(9, ruleOf("last", TEN_THOUSAND));
        RuleFiles over = ruleSet(rules);
        assertThatThrownBy(() -> RuleSetLoader.load(over)).isInstanceOf(InputException.class)
                .hasMessageContaining("the rules' conditions have more than 100000 parts in all (definitions expanded); "
                        + "simplify them.");
    }

    @Test
    void aThousandRulesLoadAndOneMoreIsRefusedForTheWholeSet() throws IOException {
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < 999; i++) {
            rules.add(simpleRule("r" + i));
        }
        assertThat(RuleSetLoader.load(ruleSet(rules)).rules()).hasSize(1000);

        rules.add(simpleRule("one-more"));
        RuleFiles over = ruleSet(rules);
        assertThatThrownBy(() -> RuleSetLoader.load(over)).isInstanceOf(InputException.class)
                .hasMessageContaining("ruleset.json: more than 1000 rules; split the rule set.");
    }
}
