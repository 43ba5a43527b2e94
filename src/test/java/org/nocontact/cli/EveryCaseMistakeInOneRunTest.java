package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes in a case file are all said in one run of `rules test`, a misspelt rule id in a case that
 * does not load for another reason included (it was said only once that case was fixed, a second run).
 */
class EveryCaseMistakeInOneRunTest {
    @TempDir
    Path temp;
    Path rules;
    Path cases;

    @BeforeEach
    void copyTheShippedRules() throws IOException {
        rules = temp.resolve("rules");
        RulesToolkitTest.copyTree(RulesToolkitTest.RULES, rules);
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), temp.resolve("docs/examples"));
        cases = rules.resolve("tests/standard.json");
    }

    private void edit(String from, String to) throws IOException {
        RulesToolkitTest.editFirst(rules, "tests/standard.json", from, to);
    }

    private List<String> problems() {
        Cli.Result r = Cli.run("rules", "test", "--rules", rules.toString(), "--no-interview");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        return r.err().lines().toList();
    }

    @Test
    void fiveMistakesInOneCaseFileAreAllSaidInOneRun() throws IOException {
        edit("\"verdict\": \"SEEK_SUPPORT\", \"decidedBy\": \"safety-self-harm\"",
                "\"verdict\": \"SEEK_SUPORT\", \"decidedBy\": \"safety-self-harn\"");
        edit("\"with\": { \"safety.unsafe\": true,", "\"with\": { \"safety.unsafee\": true,");
        edit("\"with\": { \"safety.threatened\": true }", "\"with\": { \"safety.threatened\": \"yes\" }");
        edit("\"applies\": [\"no-gifts-or-letters\"] }", "\"applies\": [\"no-gifts-or-leters\"], \"colour\": 1 }");
        assertThat(problems()).hasSize(6).allSatisfy(l -> assertThat(l).startsWith(cases + ":")).satisfiesExactly(
                l -> assertThat(l).contains("cases[0].expect.verdict: \"SEEK_SUPORT\" is not a known value"),
                l -> assertThat(l).contains("cases[0].expect.decidedBy:").contains("did you mean \"safety-self-harm\"?"),
                l -> assertThat(l).contains("cases[1].with.safety.unsafee: unknown field"),
                l -> assertThat(l).contains("cases[2].with.safety.threatened: expected true or false"),
                l -> assertThat(l).contains("cases[3].expect.applies[0]:").contains("did you mean \"no-gifts-or-letters\"?"),
                l -> assertThat(l).contains("cases[3].expect.colour: unknown field"));
    }

    @Test
    void aMisspeltRuleIdIsSaidEvenWhenTheFilesBaseIsWrongToo() throws IOException {
        edit("\"base\": {", "\"base\": {\n    \"mood\": 3,");
        edit("\"decidedBy\": \"respect-their-boundary\"", "\"decidedBy\": \"respect-their-boundry\"");
        List<String> problems = problems();
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("base.mood: unknown field"));
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("\"respect-their-boundry\" is not a rule of this "
                + "rule set; did you mean \"respect-their-boundary\"?"));
    }
}
