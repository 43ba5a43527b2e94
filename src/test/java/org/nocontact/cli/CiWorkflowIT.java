package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/ci.md's workflow, run as written: every `run:` step after "Get nocontact" (which clones
 * from the network; here NOCONTACT is this checkout's launcher) goes to `bash -e`, the shell GitHub
 * uses when a step names none, in a pull request's checkout with an origin to diff against. Steps
 * without `if: always()` are skipped once one has failed, as on GitHub.
 */
class CiWorkflowIT {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();

    @TempDir
    Path temp;
    Path work;
    Path summary;

    record Step(String name, String run, boolean always) {
    }

    record Outcome(String name, int exitCode, String output) {
    }

    /** The workflow's steps with a `run:`, in order, exactly as docs/ci.md shows them. */
    static List<Step> steps() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/ci.md"));
        String yaml = doc.substring(doc.indexOf("```yaml\n") + 8, doc.indexOf("\n```", doc.indexOf("```yaml\n")));
        List<Step> steps = new ArrayList<>();
        String name = null;
        boolean always = false;
        StringBuilder run = null;
        for (String line : yaml.lines().toList()) {
            if (run != null && (line.startsWith("          ") || line.isBlank())) {
                run.append(line.length() > 10 ? line.substring(10) : "").append('\n');
                continue;
            }
            if (run != null) {
                steps.add(new Step(name, run.toString(), always));
                run = null;
            }
            if (line.startsWith("      - ")) {
                name = line.contains("name: ") ? line.substring(line.indexOf("name: ") + 6) : line.trim();
                always = false;
            } else if (line.trim().equals("if: always()")) {
                always = true;
            } else if (line.trim().equals("run: |")) {
                run = new StringBuilder();
            } else if (line.trim().startsWith("run: ")) {
                steps.add(new Step(name, line.trim().substring(5) + "\n", always));
            }
        }
        if (run != null) {
            steps.add(new Step(name, run.toString(), always));
        }
        return steps;
    }

    @BeforeEach
    void aPullRequestCheckoutWithItsOrigin() throws Exception {
        Path origin = temp.resolve("origin");
        RulesToolkitTest.copyTree(ROOT.resolve("rules"), origin.resolve("rules"));
        RulesToolkitTest.copyTree(ROOT.resolve("docs/examples"), origin.resolve("docs/examples"));
        git(origin, "init", "-q", "-b", "main");
        git(origin, "add", "-A");
        git(origin, "commit", "-q", "-m", "rules");
        work = temp.resolve("work");
        git(temp, "clone", "-q", origin.toString(), work.toString());
        summary = temp.resolve("summary.md");
        Files.createDirectories(temp.resolve("runner"));
    }

    Map<String, Outcome> runTheWorkflow() throws Exception {
        List<Step> steps = steps();
        int from = steps.indexOf(steps.stream().filter(s -> s.name().equals("Get nocontact")).findFirst().orElseThrow());
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        boolean failed = false;
        for (Step step : steps.subList(from + 1, steps.size())) {
            if (failed && !step.always()) {
                continue;
            }
            Path script = Files.writeString(temp.resolve("step.sh"), step.run().replace("${{ github.base_ref }}", "main"));
            ProcessBuilder builder = new ProcessBuilder("bash", "-e", script.toString()).directory(work.toFile())
                    .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("NOCONTACT", ROOT.resolve("nocontact").toString());
            builder.environment().put("RUNNER_TEMP", temp.resolve("runner").toString());
            builder.environment().put("GITHUB_ENV", temp.resolve("github-env").toString());
            builder.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
            builder.environment().put("GITHUB_ACTIONS", "true");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(step.name()).isTrue();
            outcomes.put(step.name(), new Outcome(step.name(), process.exitValue(), output));
            failed |= process.exitValue() != 0;
        }
        return outcomes;
    }

    @Test
    void theDocumentedWorkflowRunsAsWritten() throws Exception {
        assertThat(steps()).extracting(Step::name).contains("Get nocontact", "Test the cases", "Lint",
                "What changes against the target branch");
        Map<String, Outcome> outcomes = runTheWorkflow();
        assertThat(outcomes.values()).allSatisfy(o -> assertThat(o.exitCode()).as(o.name() + ":\n" + o.output()).isZero());
        assertThat(outcomes.get("Test the cases").output()).containsPattern("\\d+ passed, 0 failed");
        RulesTestCommandTest.assertStrictJUnit(RulesTestCommandTest.xml(work.resolve("rules-results.xml")));
        assertThat(Files.readString(summary)).startsWith("```\n").contains("no situation changes outcome").endsWith("```\n");
    }

    @Test
    void aChangeOfVerdictFailsTheDiffStepByDefaultAndTheSummaryStillShowsIt() throws Exception {
        Path gifts = work.resolve("rules/gifts.json");
        Files.writeString(gifts, Files.readString(gifts).replaceFirst("\"DO_NOT_CONTACT\"", "\"LOGISTICS_ONLY\""));
        Map<String, Outcome> outcomes = runTheWorkflow();
        Outcome diff = outcomes.get("What changes against the target branch");
        assertThat(diff.exitCode()).as(diff.output()).isEqualTo(1);
        assertThat(diff.output()).contains("::warning", "DO_NOT_CONTACT -> LOGISTICS_ONLY");
        assertThat(Files.readString(summary)).contains("DO_NOT_CONTACT -> LOGISTICS_ONLY");
    }

    @Test
    void aBrokenRuleFileFailsTheJobYetTheResultsArePublished() throws Exception {
        Path gifts = work.resolve("rules/gifts.json");
        Files.writeString(gifts, Files.readString(gifts).replaceFirst("\"DO_NOT_CONTACT\"", "\"DO_NOT_CONTCT\""));
        Map<String, Outcome> outcomes = runTheWorkflow();
        assertThat(outcomes.get("Test the cases").exitCode()).isEqualTo(2);
        assertThat(outcomes.get("Lint").exitCode()).isEqualTo(2);
        assertThat(outcomes.get("Lint").output()).contains("rules/gifts.json:7:18: rules[0].verdict");
        assertThat(outcomes.get("What changes against the target branch").exitCode()).isEqualTo(2);
        String xml = Files.readString(work.resolve("rules-results.xml"));
        assertThat(xml).contains("failures=\"1\"", "rules/gifts.json:7:18");
    }

    @Test
    void aBaseBranchWithoutRulesFailsTheDiffStep() throws Exception {
        Path origin = temp.resolve("origin");
        git(origin, "rm", "-q", "-r", "rules");
        git(origin, "commit", "-q", "-m", "no rules");
        git(work, "fetch", "-q");
        Map<String, Outcome> outcomes = runTheWorkflow();
        assertThat(outcomes.get("Test the cases").exitCode()).isZero();
        Outcome diff = outcomes.get("What changes against the target branch");
        assertThat(diff.exitCode()).as(diff.output()).isEqualTo(2);
        assertThat(diff.output()).contains("no such folder");
    }

    static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=ci", "-c", "user.email=ci@example.invalid",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", args) + ": " + output).isZero();
    }
}
