package org.nocontact.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.cli.Main;

/**
 * Bad input of every kind, through the real command line: situation files, rule files, case files
 * and options. Each must give exit 2, one short line on stderr that names where and how to fix it,
 * nothing on stdout, and no stack trace.
 */
class BadInputCorpusTest {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();
    static final String GOOD = """
            {
              "today": "2027-03-10",
              "breakup": { "date": "2027-02-01", "initiatedBy": "them" },
              "goal": "reconcile",
              "noContact": { "since": "2027-02-02", "days": 30 },
              "emotions": { "anger": 2, "sadness": 3, "confidence": 7 },
              "plan": { "action": "text", "purpose": "reconcile" }
            }
            """;

    @TempDir
    Path temp;

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    static void assertRefusedCleanly(Outcome o, String... fragments) {
        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.out()).as("nothing on stdout").isEmpty();
        assertThat(o.err()).doesNotContain("Exception", "\tat ", "java.");
        assertThat(o.err().lines().count()).as(o.err()).isBetween(1L, 3L);
        for (String fragment : fragments) {
            assertThat(o.err()).contains(fragment);
        }
    }

    Path file(String name, byte[] bytes) throws IOException {
        Path f = temp.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    record Bad(String name, byte[] bytes, String[] expect) {
        static Bad of(String name, String text, String... expect) {
            return new Bad(name, text.getBytes(StandardCharsets.UTF_8), expect);
        }
    }

    static String good(String from, String to) {
        String changed = GOOD.replace(from, to);
        if (changed.equals(GOOD)) {
            throw new IllegalArgumentException("no change: " + from);
        }
        return changed;
    }

    static List<Bad> situations() {
        List<Bad> bad = new ArrayList<>();
        bad.add(Bad.of("empty", "", "the file is empty"));
        bad.add(Bad.of("blank", " \n\t\n", "the file is empty"));
        bad.add(Bad.of("an array", "[1, 2, 3]", ":1:1:", "expected an object"));
        bad.add(Bad.of("a string", "\"hello\"", "expected an object"));
        bad.add(Bad.of("a number", "42", "expected an object"));
        bad.add(Bad.of("null", "null", "expected an object"));
        bad.add(Bad.of("truncated", GOOD.substring(0, 100), "ends too early"));
        bad.add(Bad.of("trailing comma", good("\"reconcile\" }", "\"reconcile\", }"), ":7:55:", "the last field has no comma after it"));
        bad.add(Bad.of("single quotes", good("\"goal\"", "'goal'"), ":4:3:", "not valid JSON"));
        bad.add(Bad.of("comment", "// my breakup\n" + GOOD, ":1:", "not valid JSON"));
        bad.add(Bad.of("NaN", good("\"anger\": 2", "\"anger\": NaN"), "not valid JSON"));
        bad.add(Bad.of("leading zero", good("\"anger\": 2", "\"anger\": 02"), "not valid JSON"));
        bad.add(Bad.of("control character in a string", good("\"reconcile\" }", "\"recon\u0001cile\" }"), "not valid JSON"));
        bad.add(Bad.of("number where a name belongs", good("\"goal\": \"reconcile\"", "\"goal\": 1"), ":4:11:", "goal:", "expected a name in quotes"));
        bad.add(Bad.of("fraction where a whole number belongs", good("\"anger\": 2", "\"anger\": 2.0"), "emotions.anger:", "is not a whole number"));
        bad.add(Bad.of("exponent where a whole number belongs", good("\"anger\": 2", "\"anger\": 2e0"), "emotions.anger:", "is not a whole number"));
        bad.add(Bad.of("text where a number belongs", good("\"anger\": 2", "\"anger\": \"two\""), "emotions.anger:", "expected a whole number"));
        bad.add(Bad.of("boolean where text belongs", good("\"goal\": \"reconcile\"", "\"goal\": true"), "goal:"));
        bad.add(Bad.of("object where a list belongs", good("\"goal\"", "\"ties\": {\"pets\": true}, \"goal\""), "ties:", "expected a list"));
        bad.add(Bad.of("list where an object belongs", good("\"emotions\": {", "\"emotions\": [ {") .replace("\"confidence\": 7 },", "\"confidence\": 7 } ],"), "emotions:", "expected an object"));
        bad.add(Bad.of("unknown field", good("\"goal\"", "\"mood\": \"sad\", \"goal\""), "mood: unknown field"));
        bad.add(Bad.of("unknown nested field", good("\"anger\"", "\"angr\""), "emotions.angr: unknown field; did you mean \"anger\"?"));
        bad.add(Bad.of("duplicate field", good("\"goal\": \"reconcile\",", "\"goal\": \"reconcile\", \"goal\": \"move-on\","), "goal:", "appears twice"));
        bad.add(Bad.of("null value", good("\"anger\": 2", "\"anger\": null"), "emotions.anger: null is not allowed"));
        bad.add(Bad.of("null object", good("\"noContact\": { \"since\": \"2027-02-02\", \"days\": 30 }", "\"noContact\": null"), "noContact: null is not allowed"));
        bad.add(Bad.of("anger 11", good("\"anger\": 2", "\"anger\": 11"), "emotions.anger: 11 is out of range"));
        bad.add(Bad.of("anger -1", good("\"anger\": 2", "\"anger\": -1"), "out of range"));
        bad.add(Bad.of("period of 0 days", good("\"days\": 30", "\"days\": 0"), "noContact.days: 0 is out of range"));
        bad.add(Bad.of("period of 366 days", good("\"days\": 30", "\"days\": 366"), "noContact.days"));
        bad.add(Bad.of("a huge count", good("\"goal\"", "\"history\": {\"unansweredMessages\": 99999999999999999999}, \"goal\""), "history.unansweredMessages", "out of range"));
        bad.add(Bad.of("an absurd exponent", good("\"anger\": 2", "\"anger\": 1e999999999999"), "far too large"));
        bad.add(Bad.of("30 February", good("\"today\": \"2027-03-10\"", "\"today\": \"2027-02-30\""), "today: 2027-02-30 is not a real date"));
        bad.add(Bad.of("month 13", good("\"2027-02-01\"", "\"2027-13-01\""), "breakup.date: 2027-13-01 is not a real date"));
        bad.add(Bad.of("29 February in a common year", good("\"today\": \"2027-03-10\"", "\"today\": \"2026-02-29\""), "not a real date"));
        bad.add(Bad.of("a date in another format", good("\"2027-02-01\"", "\"01/02/2027\""), "breakup.date: expected a date written as \"YYYY-MM-DD\""));
        bad.add(Bad.of("breakup after today", good("\"2027-02-01\"", "\"2027-04-01\""), "breakup.date:", "cannot be in the future"));
        bad.add(Bad.of("no contact before the breakup", good("\"since\": \"2027-02-02\"", "\"since\": \"2027-01-02\""), "noContact.since:", "before the breakup"));
        bad.add(Bad.of("no contact after today", good("\"since\": \"2027-02-02\"", "\"since\": \"2027-03-12\""), "noContact.since:", "after today"));
        bad.add(Bad.of("their message after today", good("\"goal\"", "\"exContact\": {\"date\": \"2027-03-11\", \"about\": \"personal\"}, \"goal\""), "exContact.date:", "after today"));
        bad.add(Bad.of("a reply to no message", good("\"action\": \"text\"", "\"action\": \"reply\""), "plan.action:", "needs exContact"));
        bad.add(Bad.of("a message over 10,000 characters", good("\"purpose\": \"reconcile\"", "\"purpose\": \"reconcile\", \"message\": \"" + "x".repeat(10_001) + "\""), "plan.message:", "shorten it"));
        bad.add(Bad.of("a field over 64 KiB", good("\"purpose\": \"reconcile\"", "\"purpose\": \"reconcile\", \"message\": \"" + "x".repeat(70_000) + "\""), "longer than"));
        bad.add(Bad.of("deep nesting", "{\"goal\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}", "nested more than 32 levels"));
        bad.add(Bad.of("trailing content", GOOD + "{}", ":9:1:", "more after the end"));
        bad.add(Bad.of("trailing garbage", GOOD + "garbage", "not valid JSON"));
        bad.add(new Bad("invalid UTF-8 byte", concat(GOOD.substring(0, 40).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF}), new String[] {"not valid UTF-8"}));
        bad.add(new Bad("overlong UTF-8", concat("{\"goal\": \"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF, '"', '}'}), new String[] {":1:11:", "not valid UTF-8"}));
        bad.add(new Bad("a UTF-8 surrogate", concat("{\"goal\": \"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'}), new String[] {"not valid UTF-8"}));
        bad.add(new Bad("a cut UTF-8 sequence", concat("{\"goal\": \"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82}), new String[] {"not valid UTF-8"}));
        bad.add(new Bad("UTF-16", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, GOOD.getBytes(StandardCharsets.UTF_16BE)), new String[] {"not valid UTF-8"}));
        bad.add(new Bad("a binary file", new byte[] {0, 1, 2, 3, (byte) 0x89, 'P', 'N', 'G'}, new String[] {}));
        bad.add(new Bad("a file over 1 MiB", ("{\"goal\": \"" + " ".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8), new String[] {"larger than 1024 KiB"}));
        return bad;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @TestFactory
    Stream<DynamicTest> badSituationFiles() {
        assertThat(run("check", write("good.json", GOOD).toString()).code()).as("the corpus's base is good").isZero();
        return situations().stream().map(bad -> DynamicTest.dynamicTest(bad.name(), () -> {
            Path f = file(bad.name().replace(' ', '-') + ".json", bad.bytes());
            Outcome o = run("check", f.toString());
            assertRefusedCleanly(o, bad.expect());
            assertThat(o.err()).startsWith(f.toString());
        }));
    }

    Path write(String name, String text) {
        try {
            return file(name, text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    Path rules;

    @BeforeEach
    void copyRules() throws IOException {
        rules = temp.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(ROOT.resolve("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, rules.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    record BadRule(String name, String file, String from, String to, String[] expect) {
        static BadRule of(String name, String file, String from, String to, String... expect) {
            return new BadRule(name, file, from, to, expect);
        }
    }

    static List<BadRule> ruleFiles() {
        String many = "{\"id\": \"r-#\", \"verdict\": \"DO_NOT_CONTACT\", \"summary\": \"s\", \"reason\": \"r\", \"sources\": [\"dumped-you\"]}";
        StringBuilder thousand = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            thousand.append(i == 0 ? "" : ",").append(many.replace("#", Integer.toString(i)));
        }
        return List.of(
                BadRule.of("an empty rule file", "gifts.json", null, "", "gifts.json", "the file is empty"),
                BadRule.of("a rule file that is a list", "gifts.json", null, "[]", "gifts.json", "expected an object"),
                BadRule.of("malformed rule JSON", "gifts.json", "\"rules\": [", "\"rules\": [[", "gifts.json:"),
                BadRule.of("an unknown key", "gifts.json", "\"reason\"", "\"reasons\"", "rules[0].reasons: unknown field; did you mean \"reason\"?"),
                BadRule.of("a duplicate key", "gifts.json", "\"verdict\": \"DO_NOT_CONTACT\",", "\"verdict\": \"DO_NOT_CONTACT\", \"verdict\": \"REACH_OUT\",", "appears twice"),
                BadRule.of("a null", "gifts.json", "\"verdict\": \"DO_NOT_CONTACT\"", "\"verdict\": null", "rules[0].verdict: null is not allowed"),
                BadRule.of("an unknown fact", "gifts.json", "\"plan.action\", \"in\"", "\"plan.act\", \"in\"", "is not a known fact"),
                BadRule.of("a verdict typo", "gifts.json", "\"DO_NOT_CONTACT\"", "\"DONT_CONTACT\"", "is not a known value"),
                BadRule.of("a number for a name", "gifts.json", "\"in\": [\"gift\", \"letter\"]", "\"in\": [1, 2]", "expected text in quotes"),
                BadRule.of("a fraction for a whole number", "ruleset.json", "\"atMost\": 3", "\"atMost\": 3.5", "is not a whole number"),
                BadRule.of("a threshold as text", "ruleset.json", "\"atMost\": 3", "\"atMost\": \"3\"", "is a whole number; compare it with one"),
                BadRule.of("a period of 400 days", "ruleset.json", "\"noContactDays\": 30", "\"noContactDays\": 400", "settings.noContactDays", "out of range"),
                BadRule.of("a rule without a reason", "gifts.json", "\"reason\":", "\"why\":", "unknown field"),
                BadRule.of("a rule without sources", "gifts.json", "\"sources\": [\"gifts-and-letters\"]", "\"sources\": []", "must cite at least one source"),
                BadRule.of("an unknown source", "gifts.json", "\"sources\": [\"gifts-and-letters\"]", "\"sources\": [\"a-blog-i-read\"]", "is not a known source"),
                BadRule.of("a duplicate id", "gifts.json", "\"no-gifts-or-letters\"", "\"reply-warmly\"", "is already used in"),
                BadRule.of("a definition loop", "ruleset.json", "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 }", "\"chasing\": { \"not\": { \"ref\": \"chasing\" } }", "refers to itself"),
                BadRule.of("a path out of the folder", "ruleset.json", "\"safety.json\",", "\"../../etc/passwd.json\",", "files[0]", "is not a rule file name"),
                BadRule.of("a listed file that is missing", "ruleset.json", "\"strict.json\"", "\"strict.json\", \"missing.json\"", "files[10]: \"missing.json\" is not in the folder"),
                BadRule.of("too many rules", "moving-on.json", "\"rules\": [", "\"rules\": [" + thousand + ",", "more than 1000 rules"),
                BadRule.of("nesting deeper than 64", "gifts.json", "\"when\": { \"fact\": \"plan.action\", \"in\": [\"gift\", \"letter\"] }",
                        "\"when\": " + "{\"not\": ".repeat(70) + "{\"always\": true}" + "}".repeat(70), "nested more than 64 levels"),
                BadRule.of("a rule file over 1 MiB", "gifts.json", "\"rules\": [", "\"padding\": \"" + " ".repeat(1_100_000) + "\", \"rules\": [", "larger than 1024 KiB"),
                BadRule.of("a profile without a catch-all", "ruleset.json", "\"moving-on\",\n        \"when-in-doubt\"\n      ]\n    },\n    \"strict\"", "\"moving-on\"\n      ]\n    },\n    \"strict\"", "must have no \"when\""));
    }

    @TestFactory
    Stream<DynamicTest> badRuleFiles() {
        return ruleFiles().stream().map(bad -> DynamicTest.dynamicTest(bad.name(), () -> {
            copyRules();
            Path f = rules.resolve(bad.file());
            String original = Files.readString(f);
            String broken = bad.from() == null ? bad.to() : original.replace(bad.from(), bad.to());
            assertThat(broken).as("the corpus entry changes the file").isNotEqualTo(original);
            Files.writeString(f, broken);
            Path situation = write("ok.json", GOOD);
            assertRefusedCleanly(run("check", "--rules", rules.toString(), situation.toString()), bad.expect());
        }));
    }

    /** A folder where a file is expected is named as a folder, never as a Java exception. */
    @TestFactory
    Stream<DynamicTest> foldersNamedLikeFiles() {
        return Stream.of(
                DynamicTest.dynamicTest("a folder named like a listed rule file", () -> {
                    copyRules();
                    Path gifts = rules.resolve("gifts.json");
                    Files.delete(gifts);
                    Files.createDirectory(gifts);
                    Outcome o = run("check", "--rules", rules.toString(), write("ok.json", GOOD).toString());
                    assertRefusedCleanly(o, gifts + ": this is a folder, not a file; rename it, or list the rule file");
                    assertThat(o.err()).doesNotContain("IOException");
                }),
                DynamicTest.dynamicTest("a folder named ruleset.json", () -> {
                    copyRules();
                    Path index = rules.resolve("ruleset.json");
                    Files.delete(index);
                    Files.createDirectory(index);
                    assertRefusedCleanly(run("rules", "lint", "--rules", rules.toString()),
                            index + ": this is a folder, not a file; a rules folder needs a ruleset.json file.");
                }),
                DynamicTest.dynamicTest("a case's situationFile that is a folder", () -> {
                    Path folder = temp.resolve("situation-folder.json");
                    Files.createDirectories(folder);
                    Path cases = file("folder-case.json", "{\"cases\": [{\"name\": \"x\", \"situationFile\": \""
                            + folder + "\", \"expect\": {\"verdict\": \"REACH_OUT\"}}]}");
                    Outcome o = run("rules", "test", "--rules", ROOT.resolve("rules").toString(), cases.toString());
                    assertRefusedCleanly(o, cases + ":1:", "cases[0].situationFile: " + folder
                            + " is a folder, not a file; name the situation file in it.");
                    assertThat(o.err()).doesNotContain("IOException");
                }));
    }

    @TestFactory
    Stream<DynamicTest> aBadSituationFileOfACaseIsNamedItself() {
        return Stream.of(DynamicTest.dynamicTest("a situationFile with a value out of range", () -> {
            Path situation = write("bad-situation.json", GOOD.replace("\"anger\": 2", "\"anger\": 12"));
            Path cases = file("cases-with-a-file.json", "{\"cases\": [{\"name\": \"x\", \"situationFile\": \""
                    + situation.getFileName() + "\", \"with\": {\"emotions.sadness\": 3}, \"expect\": {\"verdict\": \"REACH_OUT\"}}]}");
            Outcome o = run("rules", "test", "--rules", ROOT.resolve("rules").toString(), cases.toString());
            assertRefusedCleanly(o, situation + ":6:", ": emotions.anger: 12 is out of range");
        }));
    }

    @TestFactory
    Stream<DynamicTest> nestingTooDeepIsPlacedAtTheBraceThatPassesTheLimit() {
        return Stream.of(DynamicTest.dynamicTest("the 65th level's brace", () -> {
            copyRules();
            Path gifts = rules.resolve("gifts.json");
            String when = "\"when\": { \"fact\": \"plan.action\", \"in\": [\"gift\", \"letter\"] }";
            List<String> lines = Files.readAllLines(gifts);
            int line = 0;
            while (!lines.get(line).contains(when)) {
                line++;
            }
            // the file, "rules", the rule and "when" are levels 1-4; the 61st "not" opens level 65
            int column = lines.get(line).indexOf(when) + "\"when\": ".length() + "{\"not\": ".length() * 61 + 1;
            Files.writeString(gifts, Files.readString(gifts).replace(when,
                    "\"when\": " + "{\"not\": ".repeat(70) + "{\"always\": true}" + "}".repeat(70)));
            assertRefusedCleanly(run("check", "--rules", rules.toString(), write("ok.json", GOOD).toString()),
                    gifts + ":" + (line + 1) + ":" + column + ": the JSON is nested more than 64 levels deep");
        }));
    }

    @TestFactory
    Stream<DynamicTest> conditionsThatExplodeAreRefused() {
        StringBuilder defs = new StringBuilder("\"d0\": {\"fact\": \"goal\", \"is\": \"reconcile\"}");
        for (int i = 1; i <= 40; i++) {
            defs.append(", \"d").append(i).append("\": {\"all\": [{\"ref\": \"d").append(i - 1).append("\"}, {\"ref\": \"d")
                    .append(i - 1).append("\"}]}");
        }
        StringBuilder heavy = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            heavy.append("{\"id\": \"heavy-").append(i).append("\", \"when\": {\"ref\": \"d12\"}, \"verdict\": \"DO_NOT_CONTACT\", ")
                    .append("\"summary\": \"s\", \"reason\": \"r\", \"sources\": [\"dumped-you\"]},");
        }
        return Stream.of(DynamicTest.dynamicTest("more than 100,000 parts in all", () -> {
            copyRules();
            Path f = rules.resolve("ruleset.json");
            StringBuilder d13 = new StringBuilder("\"d0\": {\"fact\": \"goal\", \"is\": \"reconcile\"}");
            for (int i = 1; i <= 12; i++) {
                d13.append(", \"d").append(i).append("\": {\"all\": [{\"ref\": \"d").append(i - 1).append("\"}, {\"ref\": \"d")
                        .append(i - 1).append("\"}]}");
            }
            Files.writeString(f, Files.readString(f).replace("\"definitions\": {", "\"definitions\": {" + d13 + ","));
            Path moving = rules.resolve("moving-on.json");
            Files.writeString(moving, Files.readString(moving).replace("\"rules\": [", "\"rules\": [" + heavy));
            assertRefusedCleanly(run("check", "--rules", rules.toString(), write("ok.json", GOOD).toString()),
                    "more than 100000 parts in all");
        }), DynamicTest.dynamicTest("2^40 parts through definitions", () -> {
            copyRules();
            Path f = rules.resolve("ruleset.json");
            Files.writeString(f, Files.readString(f).replace("\"definitions\": {", "\"definitions\": {" + defs + ","));
            assertRefusedCleanly(run("check", "--rules", rules.toString(), write("ok.json", GOOD).toString()),
                    "more than 10000 parts once expanded");
        }));
    }

    static List<Bad> caseFiles() {
        return List.of(
                Bad.of("an empty case file", "", "the file is empty"),
                Bad.of("malformed cases", "{\"cases\": [}", "not valid JSON"),
                Bad.of("an unknown key in a case", "{\"cases\": [{\"name\": \"x\", \"expected\": {}}]}", "cases[0].expected: unknown field; did you mean \"expect\"?"),
                Bad.of("a case with no expectation", "{\"cases\": [{\"name\": \"x\", \"situation\": " + GOOD + "}]}", "cases[0].expect: this field is missing"),
                Bad.of("a verdict typo in a case", "{\"cases\": [{\"name\": \"x\", \"situation\": " + GOOD + ", \"expect\": {\"verdict\": \"REACH\"}}]}", "cases[0].expect.verdict"),
                Bad.of("a bad situation inside a case", "{\"cases\": [{\"name\": \"x\", \"situation\": " + GOOD.replace("\"anger\": 2", "\"anger\": 12") + ", \"expect\": {\"verdict\": \"REACH_OUT\"}}]}", ":6:", "cases[0].situation.emotions.anger: 12 is out of range"),
                Bad.of("a typo in a case's change", "{\"base\": " + GOOD + ",\n\"cases\": [{\"name\": \"a\", \"expect\": {\"verdict\": \"REACH_OUT\"}},\n"
                        + "{\"name\": \"b\", \"with\": {\"emotions.angr\": 3}, \"expect\": {\"verdict\": \"REACH_OUT\"}}]}",
                        ":11:41: cases[1].with.emotions.angr: unknown field; did you mean \"anger\"?"),
                Bad.of("a bad base under a good change", "{\"base\": " + GOOD.replace("\"anger\": 2", "\"anger\": 12")
                        + ",\n\"cases\": [{\"name\": \"b\", \"with\": {\"emotions.sadness\": 3}, \"expect\": {\"verdict\": \"REACH_OUT\"}}]}",
                        ":6:", "base.emotions.anger: 12 is out of range"),
                Bad.of("a bad change", "{\"base\": " + GOOD + ", \"cases\": [{\"name\": \"x\", \"with\": {\"emotions..anger\": 1}, \"expect\": {\"verdict\": \"REACH_OUT\"}}]}", "a change names a field by its path"),
                Bad.of("both kinds of situation", "{\"cases\": [{\"name\": \"x\", \"situation\": " + GOOD + ", \"situationFile\": \"a.json\", \"expect\": {\"verdict\": \"REACH_OUT\"}}]}", "not both"),
                Bad.of("a case with no situation", "{\"cases\": [{\"name\": \"x\", \"expect\": {\"verdict\": \"REACH_OUT\"}}]}", "this case has no situation"),
                Bad.of("an impossible expected date", "{\"base\": " + GOOD + ", \"cases\": [{\"name\": \"x\", \"expect\": {\"verdict\": \"REACH_OUT\", \"reconsiderOn\": \"2027-02-31\"}}]}", "expect.reconsiderOn", "not a real date"));
    }

    @TestFactory
    Stream<DynamicTest> badCaseFiles() {
        return caseFiles().stream().map(bad -> DynamicTest.dynamicTest(bad.name(), () -> {
            Path f = file(bad.name().replace(' ', '-') + ".json", bad.bytes());
            Outcome o = run("rules", "test", "--rules", ROOT.resolve("rules").toString(), f.toString());
            assertRefusedCleanly(o, bad.expect());
            assertThat(o.err()).startsWith(f.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> badOptions() {
        String example = ROOT.resolve("docs/examples/i-ended-it.json").toString();
        List<String[]> lines = List.of(
                new String[] {"check"},
                new String[] {"check", "--format"},
                new String[] {"check", "--format", "xml", example},
                new String[] {"check", "--profile", "", example},
                new String[] {"check", "--color", "sometimes", example},
                new String[] {"check", "--rules", example, example},
                new String[] {"check", example, "-", "-"},
                new String[] {"check", "--nope", example},
                new String[] {"frobnicate"},
                new String[] {"ask", "--today", "whenever"},
                new String[] {"ask", "--today", "2027-02-30"},
                new String[] {"ask", "--save", ROOT.toString()},
                new String[] {"rules", "test", "--min-coverage", "150"},
                new String[] {"rules", "test", "--min-coverage", "lots"},
                new String[] {"rules", "test", "--rules", "/does/not/exist"},
                new String[] {"rules", "lint", "--format", "xml"},
                new String[] {"rules", "test", "--format", "xml"},
                new String[] {"rules", "test", "--junit", "/does/not/exist/results.xml"},
                new String[] {"rules", "test", "--junit", ROOT.toString()},
                new String[] {"rules", "diff"},
                new String[] {"rules", "diff", "--base", "/does/not/exist"});
        return lines.stream().map(args -> DynamicTest.dynamicTest(String.join(" ", args), () ->
                assertRefusedCleanly(run(args))));
    }
}
