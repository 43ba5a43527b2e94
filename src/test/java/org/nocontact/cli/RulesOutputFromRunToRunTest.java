package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.situation.Tie;

/**
 * The rule tools say the same thing, byte for byte, on every run (issue 18: witnesses listed their
 * ties in another order from one run to the next). Each command runs twice, each time in a JVM of
 * its own (an order that depends on the JVM, such as that of {@code Set.of}, changes between JVMs,
 * never within one), on the shipped rules made to want three ties for logistics against a copy that wants four, so the
 * changed situations hold three ties. Set-valued facts are listed in the order they are declared.
 */
class RulesOutputFromRunToRunTest {
    private static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();
    private static final Pattern TIES = Pattern.compile("\"ties\" ?: ?\\[([^]]*)]");

    @TempDir
    Path dir;

    @Test
    void lintDiffAndTestPrintTheSameOnEveryRunWithTiesInTheirDeclaredOrder() throws Exception {
        Path base = dir.resolve("base");
        Path changed = dir.resolve("changed");
        RulesToolkitTest.copyTree(ROOT.resolve("rules"), base);
        RulesToolkitTest.copyTree(ROOT.resolve("rules"), changed);
        RulesToolkitTest.copyTree(ROOT.resolve("docs/examples"), dir.resolve("docs/examples"));
        wantTies(base, 3);
        wantTies(changed, 4);
        List<List<String>> commands = List.of(
                List.of("rules", "diff", "--base", base.toString(), "--rules", changed.toString(), "--format", "json"),
                List.of("rules", "lint", "--rules", changed.toString(), "--format", "json"),
                List.of("rules", "test", "--rules", changed.toString(), "--no-interview", "--format", "json"));
        String diffJson = "";
        for (List<String> command : commands) {
            String first = run(command);
            String second = run(command);
            assertThat(second).as("%s run twice", command).isEqualTo(first);
            diffJson = diffJson.isEmpty() ? first : diffJson;
        }
        List<String> listed = tieLists(diffJson);
        assertThat(listed).as("ties of the witnesses").anyMatch(ties -> ties.split(",").length >= 3);
        for (String ties : listed) {
            assertThat(ties).isEqualTo(inDeclaredOrder(ties));
        }
    }

    /** The logistics rule of the rule set in {@code rules} made to want at least {@code count} ties. */
    private static void wantTies(Path rules, int count) throws IOException {
        Path logistics = rules.resolve("logistics.json");
        String rule = Files.readString(logistics);
        String atLeastOne = "{ \"fact\": \"ties.count\", \"atLeast\": 1 }";
        assertThat(rule).contains(atLeastOne);
        Files.writeString(logistics, rule.replace(atLeastOne, atLeastOne.replace("1", String.valueOf(count))));
    }

    private static List<String> tieLists(String json) {
        List<String> lists = new ArrayList<>();
        Matcher m = TIES.matcher(json);
        while (m.find()) {
            lists.add(m.group(1).replaceAll("[\\s\"]", ""));
        }
        return lists;
    }

    private static String inDeclaredOrder(String ties) {
        List<String> names = Arrays.stream(Tie.values()).map(Tie::wireName).toList();
        return String.join(",", Arrays.stream(ties.split(",")).filter(t -> !t.isEmpty())
                .sorted(java.util.Comparator.comparingInt(names::indexOf)).toList());
    }

    /** Standard output of one run of the tools, in a JVM of its own. */
    private String run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.nocontact.cli.Main"));
        command.addAll(args);
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("%s ends", args).isTrue();
        return Files.readString(out);
    }
}
