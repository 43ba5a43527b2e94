package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.json.InputException;

class RuleSetLoaderTest {
    @TempDir
    Path dir;

    static final String CATCH_ALL = """
            {"id": "when-in-doubt", "verdict": "DO_NOT_CONTACT", "summary": "Hold off.", "reason": "In doubt.",
             "sources": ["contact-or-not"]}""";

    void write(String index, String rules) throws IOException {
        Files.writeString(dir.resolve("ruleset.json"), index);
        Files.writeString(dir.resolve("rules.json"), "{\"rules\": [\n" + rules + "\n]}");
    }

    void writeRules(String... rules) throws IOException {
        write("""
                {"name": "test", "files": ["rules.json"],
                 "sources": {"contact-or-not": "an article"},
                 "definitions": {"calm": {"fact": "emotions.anger", "atMost": 3}},
                 "profiles": {"standard": {"precedence": [PRECEDENCE]}}}
                """.replace("PRECEDENCE", precedenceOf(rules)), String.join(",\n", rules));
    }

    static String precedenceOf(String... rules) {
        StringBuilder ids = new StringBuilder();
        for (String rule : rules) {
            int start = rule.indexOf("\"id\": \"") + 7;
            ids.append(ids.length() == 0 ? "" : ", ").append('"').append(rule, start, rule.indexOf('"', start)).append('"');
        }
        return ids.toString();
    }

    static String rule(String id, String when) {
        return """
                {"id": "%s", "when": %s, "verdict": "REACH_OUT", "summary": "Go.", "reason": "Because.",
                 "sources": ["contact-or-not"]}""".formatted(id, when);
    }

    AbstractThrowableAssert<?, ? extends Throwable> loading() {
        return assertThatThrownBy(() -> RuleSetLoader.load(RuleFiles.folder(dir))).isInstanceOf(InputException.class);
    }

    @Test
    void theBuiltInRulesLoadWithBothProfiles() {
        RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
        assertThat(rules.profileNames()).containsExactly("standard", "strict");
        assertThat(rules.defaultProfile()).isEqualTo("standard");
        assertThat(rules.defaultNoContactDays()).isEqualTo(30);
        assertThat(rules.sources()).containsOnlyKeys("safety-practice", "valentines-coach", "contact-or-not", "gifts-and-letters",
                "dumped-you", "no-contact-guide");
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.sources()).isNotEmpty());
    }

    @Test
    void theShippedFolderAndTheBuiltInSetAreTheSame() {
        Path shipped = Path.of(System.getProperty("nocontact.root", "."), "rules");
        RuleSet fromFolder = RuleSetLoader.load(RuleFiles.folder(shipped));
        RuleSet builtIn = RuleSetLoader.load(RuleFiles.builtIn());
        assertThat(fromFolder.rules()).extracting(Rule::id).containsExactlyElementsOf(
                builtIn.rules().stream().map(Rule::id).toList());
    }

    @Test
    void aSmallRuleSetLoadsAndDecides() throws IOException {
        writeRules(rule("calm-enough", "{\"ref\": \"calm\"}"), CATCH_ALL);
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(dir));
        assertThat(rules.profile("standard").orElseThrow().precedence()).extracting(Rule::id)
                .containsExactly("calm-enough", "when-in-doubt");
    }

    @Test
    void everyMistakeInARuleSetIsReportedInOneRunEachAtItsPlace() throws IOException {
        Files.writeString(dir.resolve("ruleset.json"), """
                {"name": "test", "files": ["first.json", "second.json"],
                 "sources": {"contact-or-not": "an article"},
                 "definitions": {"calm": {"fact": "emotions.angry", "atMost": 3}},
                 "profiles": {"standard": {"precedence": ["a", "b", "c", "when-in-doubt"]}}}
                """);
        Files.writeString(dir.resolve("first.json"), "{\"rules\": [\n" + rule("a", "{\"ref\": \"calm\"}") + ",\n"
                + rule("b", "{\"always\": true}").replace("REACH_OUT", "REACH_OTU") + "\n]}");
        Files.writeString(dir.resolve("second.json"), "{\"rules\": [\n"
                + rule("c", "{\"always\": true}").replace("[\"contact-or-not\"]", "[\"contact-or-nt\"]") + ",\n"
                + CATCH_ALL + "\n]}");
        InputException e = catchThrowableOfType(() -> RuleSetLoader.load(RuleFiles.folder(dir)), InputException.class);
        assertThat(e.all()).extracting(InputException::getMessage).containsExactly(
                dir.resolve("first.json") + ":4:50: rules[1].verdict: \"REACH_OTU\" is not a known value; did you mean \"REACH_OUT\"? (allowed: SEEK_SUPPORT, DO_NOT_CONTACT, LOGISTICS_ONLY, RESPOND_BRIEFLY or REACH_OUT)",
                dir.resolve("ruleset.json") + ":3:35: definitions.calm.fact: \"emotions.angry\" is not a known fact; did you mean \"emotions.anger\"?",
                dir.resolve("second.json") + ":3:14: rules[0].sources[0]: \"contact-or-nt\" is not a known source; did you mean \"contact-or-not\"?");
        assertThat(e.getMessage().lines()).hasSize(3);
    }

    @Test
    void twelveMistakesInOneRuleFileAreAllReportedInOneRunEvenInsideOneRule() throws IOException {
        writeRules("""
                {"id": "Bad Id", "when": {"all": [{"fact": "emotions.angry", "atMost": 3},
                                                 {"fact": "goal", "is": "reconcilee"},
                                                 {"fact": "goal", "atLeast": 2}]},
                 "verdict": "REACH_OTU", "summary": "", "reason": "Because {goall}.", "colour": "red",
                 "doInstead": ["", {"text": "Wait.", "when": {"ref": "calmm"}}],
                 "reconsiderOn": "goal", "sources": ["contact-or-nt", "contact-or-not", "nope"]}""",
                rule("fine", "{\"always\": true}").replace("\"reason\"", "\"reson\""), CATCH_ALL);
        InputException e = catchThrowableOfType(() -> RuleSetLoader.load(RuleFiles.folder(dir)), InputException.class);
        assertThat(e.all()).extracting(InputException::path).containsExactly(
                "rules[0].id", "rules[0].when.all[0].fact", "rules[0].when.all[1].is",
                "rules[0].when.all[2].atLeast", "rules[0].verdict", "rules[0].summary", "rules[0].reason",
                "rules[0].colour", "rules[0].doInstead[0]", "rules[0].doInstead[1].when.ref", "rules[0].reconsiderOn",
                "rules[0].sources[0]", "rules[0].sources[2]", "rules[1].reson");
        assertThat(e.all()).allSatisfy(p -> assertThat(p.position()).isPresent());
    }

    @Test
    void mistakesInSeveralInvariantsAndDefinitionsAreAllReportedTogether() throws IOException {
        write("""
                {"name": "test", "files": ["rules.json"],
                 "sources": {"contact-or-not": "an article"},
                 "definitions": {"Calm": {"fact": "emotions.anger", "atMost": 3},
                                 "angry": {"any": [{"fact": "emotions.angr", "atLeast": 3}, {"fact": "goal", "is": "x"}]}},
                 "profiles": {"standard": {"precedence": ["when-in-doubt"]}},
                 "invariants": [{"id": "one", "profiles": ["strict"], "never": {"verdict": "REACH_OTU"}},
                                {"id": "Two", "expect": {"verdict": "SEEK_SUPPORT"}, "never": {"verdict": "REACH_OUT"}}]}
                """, CATCH_ALL);
        InputException e = catchThrowableOfType(() -> RuleSetLoader.load(RuleFiles.folder(dir)), InputException.class);
        assertThat(e.all()).extracting(InputException::path).containsExactly(
                "definitions.Calm", "definitions.angry.any[0].fact", "definitions.angry.any[1].is",
                "invariants[0].profiles[0]", "invariants[0].never.verdict", "invariants[1].id", "invariants[1]");
    }

    @Test
    void aMissingListedFileIsBlamedOnItsEntryWithTheUnlistedFileBesideIt() throws IOException {
        writeRules(rule("x", "{\"always\": true}"), CATCH_ALL);
        Files.move(dir.resolve("rules.json"), dir.resolve("rule.json"));
        InputException e = catchThrowableOfType(() -> RuleSetLoader.load(RuleFiles.folder(dir)), InputException.class);
        assertThat(e.all()).extracting(InputException::getMessage).containsExactly(dir.resolve("ruleset.json")
                + ":1:28: files[0]: \"rules.json\" is not in the folder; did you mean \"rule.json\"? It is there, and not listed.");
    }

    @Test
    void aRuleThatCouldNotBeReadIsNotBlamedAgainInTheProfiles() throws IOException {
        writeRules(rule("x", "{\"always\": true}").replace("\"summary\"", "\"summry\""), CATCH_ALL);
        InputException e = catchThrowableOfType(() -> RuleSetLoader.load(RuleFiles.folder(dir)), InputException.class);
        assertThat(e.all()).hasSize(1);
        assertThat(e.getMessage()).contains("rules[0].summry: unknown field");
    }

    @Test
    void aFloodOfMistakesIsCutShortWithACount() throws IOException {
        String[] rules = new String[61];
        for (int i = 0; i < 60; i++) {
            rules[i] = rule("r" + i, "{\"always\": true}").replace("REACH_OUT", "REACH_OTU");
        }
        rules[60] = CATCH_ALL;
        writeRules(rules);
        InputException e = catchThrowableOfType(() -> RuleSetLoader.load(RuleFiles.folder(dir)), InputException.class);
        assertThat(e.all()).hasSize(RuleSetLoader.MAX_ERRORS).allSatisfy(p -> assertThat(p.problem()).contains("REACH_OTU"));
        assertThat(e.notShown()).isEqualTo(10);
        assertThat(e.total()).isEqualTo(60);
        assertThat(e.getMessage().lines()).hasSize(RuleSetLoader.MAX_ERRORS + 1)
                .last().isEqualTo("and 10 more problems not shown (10 in " + dir.resolve("rules.json")
                        + "); fix these first.");
        assertThat(e.notShownIn()).containsExactly(java.util.Map.entry(dir.resolve("rules.json").toString(), 10));
    }

    @Test
    void anUnknownFactIsNamedWithASuggestion() throws IOException {
        writeRules(rule("x", "{\"fact\": \"emotions.angry\", \"atMost\": 3}"), CATCH_ALL);
        loading().hasMessageContaining("rules.json:2:")
                .hasMessageContaining("rules[0].when.fact: \"emotions.angry\" is not a known fact; did you mean \"emotions.anger\"?");
    }

    @Test
    void aVerdictTypoIsNamed() throws IOException {
        writeRules(rule("x", "{\"always\": true}").replace("REACH_OUT", "REACH_OTU"), CATCH_ALL);
        loading().hasMessageContaining("rules[0].verdict: \"REACH_OTU\" is not a known value; did you mean \"REACH_OUT\"?");
    }

    @Test
    void aValueTypoIsNamed() throws IOException {
        writeRules(rule("x", "{\"fact\": \"plan.occasion\", \"is\": \"valentine\"}"), CATCH_ALL);
        loading().hasMessageContaining("\"valentine\" is not a value of plan.occasion; did you mean \"valentines-day\"?");
    }

    @Test
    void aComparisonOfTheWrongTypeIsRefused() throws IOException {
        writeRules(rule("x", "{\"fact\": \"goal\", \"atLeast\": 3}"), CATCH_ALL);
        loading().hasMessageContaining("\"atLeast\" does not fit goal, which is a name; use is, in or known");
        writeRules(rule("x", "{\"fact\": \"emotions.anger\", \"is\": \"high\"}"), CATCH_ALL);
        loading().hasMessageContaining("emotions.anger")
                .hasMessageContaining("is a whole number; compare it with one, written without quotes");
    }

    @Test
    void anUnknownKeyInARuleIsNamed() throws IOException {
        writeRules(rule("x", "{\"always\": true}").replace("\"summary\"", "\"summry\""), CATCH_ALL);
        loading().hasMessageContaining("rules[0].summry: unknown field; did you mean \"summary\"?");
    }

    @Test
    void duplicateIdsAreRefusedWithBothPlaces() throws IOException {
        writeRules(rule("same", "{\"always\": true}"), rule("same", "{\"always\": true}"), CATCH_ALL);
        loading().hasMessageContaining("rule id \"same\" is already used in").hasMessageContaining("at 2:1");
    }

    @Test
    void aProfileMustEndWithACatchAll() throws IOException {
        writeRules(rule("x", "{\"ref\": \"calm\"}"));
        loading().hasMessageContaining("profiles.standard.precedence: the last rule of a profile must have no \"when\"");
    }

    @Test
    void aRuleMustCiteAKnownSource() throws IOException {
        writeRules(rule("x", "{\"always\": true}").replace("[\"contact-or-not\"]", "[\"contact-or-nto\"]"), CATCH_ALL);
        loading().hasMessageContaining("rules[0].sources[0]: \"contact-or-nto\" is not a known source; did you mean \"contact-or-not\"?");
        writeRules(rule("x", "{\"always\": true}").replace("[\"contact-or-not\"]", "[]"), CATCH_ALL);
        loading().hasMessageContaining("must cite at least one source");
    }

    @Test
    void anUnknownPlaceholderIsRefused() throws IOException {
        writeRules(rule("x", "{\"always\": true}").replace("Because.", "Day {noContact.daysHelt}."), CATCH_ALL);
        loading().hasMessageContaining("{noContact.daysHelt} is not a known fact; did you mean {noContact.daysHeld}?");
    }

    @Test
    void aDefinitionThatRefersToItselfIsRefused() throws IOException {
        write("""
                {"name": "t", "files": ["rules.json"], "sources": {"contact-or-not": "a"},
                 "definitions": {"a": {"ref": "b"}, "b": {"not": {"ref": "a"}}},
                 "profiles": {"standard": {"precedence": ["when-in-doubt"]}}}""", CATCH_ALL);
        loading().hasMessageContaining("refers to itself (a -> b -> a)");
    }

    @Test
    void definitionsThatExplodeWhenExpandedAreRefused() throws IOException {
        StringBuilder defs = new StringBuilder("\"d0\": {\"fact\": \"goal\", \"is\": \"reconcile\"}");
        for (int i = 1; i <= 20; i++) {
            defs.append(", \"d").append(i).append("\": {\"all\": [{\"ref\": \"d").append(i - 1)
                    .append("\"}, {\"ref\": \"d").append(i - 1).append("\"}]}");
        }
        write("""
                {"name": "t", "files": ["rules.json"], "sources": {"contact-or-not": "a"},
                 "definitions": {DEFS},
                 "profiles": {"standard": {"precedence": ["when-in-doubt"]}}}""".replace("DEFS", defs), CATCH_ALL);
        loading().hasMessageContaining("more than 10000 parts once expanded");
    }

    @Test
    void aFileNameCannotLeaveTheFolder() throws IOException {
        write("""
                {"name": "t", "files": ["../secrets.json"], "sources": {"contact-or-not": "a"},
                 "profiles": {"standard": {"precedence": ["when-in-doubt"]}}}""", CATCH_ALL);
        loading().hasMessageContaining("files[0]: \"../secrets.json\" is not a rule file name");
    }

    @Test
    void aMissingFileOrIndexIsNamed() throws IOException {
        loading().hasMessageContaining("ruleset.json: no such file; a rules folder needs a ruleset.json");
        write("""
                {"name": "t", "files": ["rules.json", "more.json"], "sources": {"contact-or-not": "a"},
                 "profiles": {"standard": {"precedence": ["when-in-doubt"]}}}""", CATCH_ALL);
        loading().hasMessageContaining("ruleset.json:1:39: files[1]: \"more.json\" is not in the folder; remove it from \"files\" or add the file.");
    }

    @Test
    void aProfileNamingAnUnknownRuleIsRefused() throws IOException {
        write("""
                {"name": "t", "files": ["rules.json"], "sources": {"contact-or-not": "a"},
                 "profiles": {"standard": {"precedence": ["when-in-dout"]}}}""", CATCH_ALL);
        loading().hasMessageContaining("no rule has the id \"when-in-dout\"; did you mean \"when-in-doubt\"?");
    }

    @Test
    void aDefaultProfileNamingNoProfileIsRefusedWithTheNamesThatExist() throws IOException {
        write("""
                {"name": "t", "files": ["rules.json"], "sources": {"contact-or-not": "a"},
                 "profiles": {"standard": {"precedence": ["when-in-doubt"]}, "strict": {"precedence": ["when-in-doubt"]}},
                 "defaultProfile": "strikt"}""", CATCH_ALL);
        loading().hasMessageContaining("ruleset.json:3:20: defaultProfile: no profile is called \"strikt\"; "
                + "use one of standard or strict.");
    }

    @Test
    void withoutADefaultProfileTheStandardOneIsUsedAndMustExist() throws IOException {
        write("""
                {"name": "t", "files": ["rules.json"], "sources": {"contact-or-not": "a"},
                 "profiles": {"gentle": {"precedence": ["when-in-doubt"]}}}""", CATCH_ALL);
        loading().hasMessageContaining("defaultProfile: no profile is called \"standard\"");
        write("""
                {"name": "t", "files": ["rules.json"], "sources": {"contact-or-not": "a"},
                 "profiles": {"gentle": {"precedence": ["when-in-doubt"]}}, "defaultProfile": "gentle"}""", CATCH_ALL);
        assertThat(RuleSetLoader.load(RuleFiles.folder(dir)).defaultProfile()).isEqualTo("gentle");
    }

    @Test
    void aSourceIdThatIsNotAnIdIsRefusedAtItsKey() throws IOException {
        write("""
                {"name": "t", "files": ["rules.json"], "sources": {"Contact Or Not": "a"},
                 "profiles": {"standard": {"precedence": ["when-in-doubt"]}}}""", CATCH_ALL);
        loading().hasMessageContaining("ruleset.json:1:52: sources.Contact Or Not: \"Contact Or Not\" is not a valid id; "
                + "use lower-case letters, digits and dashes");
    }

    @Test
    void aRuleIdThatIsNotAnIdIsRefused() throws IOException {
        writeRules(rule("Calm_Enough", "{\"ref\": \"calm\"}"), CATCH_ALL);
        loading().hasMessageContaining("rules[0].id: \"Calm_Enough\" is not a valid id");
        writeRules(rule("-calm", "{\"ref\": \"calm\"}"), CATCH_ALL);
        loading().hasMessageContaining("rules[0].id: \"-calm\" is not a valid id");
        writeRules(rule("c" + "a".repeat(64), "{\"ref\": \"calm\"}"), CATCH_ALL);
        loading().hasMessageContaining("rules[0].id");
        writeRules(rule("c" + "a".repeat(63), "{\"ref\": \"calm\"}"), CATCH_ALL);
        assertThat(RuleSetLoader.load(RuleFiles.folder(dir)).rules()).extracting(Rule::id).contains("c" + "a".repeat(63));
    }

    @Test
    void aProfileNameThatIsNotAnIdIsRefused() throws IOException {
        write("""
                {"name": "t", "files": ["rules.json"], "sources": {"contact-or-not": "a"},
                 "profiles": {"standard": {"precedence": ["when-in-doubt"]}, "Strict Mode": {"precedence": ["when-in-doubt"]}}}""",
                CATCH_ALL);
        loading().hasMessageContaining("profiles.Strict Mode: \"Strict Mode\" is not a valid id");
    }

    @Test
    void aDefinitionNameThatIsNotAnIdIsRefused() throws IOException {
        write("""
                {"name": "t", "files": ["rules.json"], "sources": {"contact-or-not": "a"},
                 "definitions": {"calm!": {"fact": "emotions.anger", "atMost": 3}},
                 "profiles": {"standard": {"precedence": ["when-in-doubt"]}}}""", CATCH_ALL);
        loading().hasMessageContaining("definitions.calm!: \"calm!\" is not a valid id");
    }

    @Test
    void anInvariantIdThatIsNotAnIdIsRefused() throws IOException {
        write("""
                {"name": "t", "files": ["rules.json"], "sources": {"contact-or-not": "a"},
                 "profiles": {"standard": {"precedence": ["when-in-doubt"]}},
                 "invariants": [{"id": "Safety First", "expect": {"verdict": "DO_NOT_CONTACT"}}]}""", CATCH_ALL);
        loading().hasMessageContaining("invariants[0].id: \"Safety First\" is not a valid id");
    }

    @Test
    void aRuleNamingAFactForTheDayToLookAgainIsRefusedWithThePeriodField() throws IOException {
        writeRules(rule("x", "{\"always\": true}").replace("\"sources\"", "\"reconsiderOn\": \"goal\", \"sources\""), CATCH_ALL);
        loading().hasMessageContaining("rules[0].reconsiderOn: the day to look again is derived from the rules now")
                .hasMessageContaining("\"period\": \"holds\"");
        writeRules(rule("x", "{\"always\": true}").replace("\"sources\"", "\"period\": \"noContact.end\", \"sources\""), CATCH_ALL);
        loading().hasMessageContaining("rules[0].period: \"noContact.end\" is not a known value");
    }

    @Test
    void aFieldNearTheRetiredDayToLookAgainIsToldHowTheDayIsDerivedNeverToUseTheRetiredField() throws IOException {
        for (String typo : List.of("reconsider", "reconsiderOnn", "reconsideron", "reconsidrOn")) {
            writeRules(rule("x", "{\"always\": true}").replace("\"sources\"", "\"" + typo + "\": \"2026-03-01\", \"sources\""),
                    CATCH_ALL);
            loading().hasMessageContaining("rules[0]." + typo + ": unknown field; the day to look again is derived from the rules now")
                    .hasMessageContaining("\"period\": \"holds\"")
                    .hasMessageNotContaining("did you mean")
                    .hasMessageNotContaining("remove this field");
        }
    }

    @Test
    void anUnknownRuleFieldFarFromEveryNameListsOnlyTheFieldsInUse() throws IOException {
        writeRules(rule("x", "{\"always\": true}").replace("\"sources\"", "\"colour\": 1, \"sources\""), CATCH_ALL);
        loading().hasMessageContaining("rules[0].colour: unknown field; allowed here: ")
                .hasMessageContaining("period")
                .hasMessageNotContaining("reconsiderOn");
    }

    @Test
    void aTypoNearerAFieldInUseIsStillAskedAboutThatField() throws IOException {
        writeRules(rule("x", "{\"always\": true}").replace("\"sources\"", "\"reasn\": \"why\", \"sources\""), CATCH_ALL);
        loading().hasMessageContaining("rules[0].reasn: unknown field; did you mean \"reason\"?");
    }

    /** The first rule of a small set whose only other rule is the catch-all, with this condition. */
    Rule ruleWhen(String when) throws IOException {
        writeRules(rule("x", when), CATCH_ALL);
        return RuleSetLoader.load(RuleFiles.folder(dir)).rules().get(0);
    }

    static Facts factsOf(String path, Object value) {
        return Facts.of(org.nocontact.TestSituations.read(org.nocontact.TestSituations.set(
                org.nocontact.TestSituations.base(), path, value)), 30);
    }

    @Test
    void comparisonsReadFromAFileDecideAsWritten() throws IOException {
        Rule atMost = ruleWhen("{\"fact\": \"emotions.anger\", \"atMost\": 3}");
        assertThat(atMost.appliesTo(factsOf("emotions.anger", 3))).isTrue();
        assertThat(atMost.appliesTo(factsOf("emotions.anger", 4))).isFalse();
        Rule atLeast = ruleWhen("{\"fact\": \"emotions.anger\", \"atLeast\": 3}");
        assertThat(atLeast.appliesTo(factsOf("emotions.anger", 3))).isTrue();
        assertThat(atLeast.appliesTo(factsOf("emotions.anger", 2))).isFalse();
        Rule in = ruleWhen("{\"fact\": \"goal\", \"in\": [\"move-on\", \"friends\"]}");
        assertThat(in.appliesTo(factsOf("goal", "friends"))).isTrue();
        assertThat(in.appliesTo(factsOf("goal", "reconcile"))).isFalse();
        Rule unknownAnger = ruleWhen("{\"fact\": \"emotions.anger\", \"known\": false}");
        assertThat(unknownAnger.appliesTo(factsOf("goal", "friends"))).isTrue();
        assertThat(unknownAnger.appliesTo(factsOf("emotions.anger", 0))).isFalse();
        Rule notSafe = ruleWhen("{\"not\": {\"fact\": \"safety.unsafe\", \"is\": false}}");
        assertThat(notSafe.appliesTo(factsOf("safety.unsafe", true))).isTrue();
        assertThat(notSafe.appliesTo(factsOf("safety.unsafe", false))).isFalse();
    }

    @Test
    void knownTakesTrueOrFalse() throws IOException {
        writeRules(rule("x", "{\"fact\": \"emotions.anger\", \"known\": \"yes\"}"), CATCH_ALL);
        loading().hasMessageContaining("rules[0].when.known: expected true or false.");
    }

    @Test
    void anInListIsNeverEmptyAndHoldsAtMostAHundredValues() throws IOException {
        writeRules(rule("x", "{\"fact\": \"goal\", \"in\": []}"), CATCH_ALL);
        loading().hasMessageContaining("rules[0].when.in: an empty list; give at least one value.");
        String hundred = java.util.stream.IntStream.range(0, 100).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(", "));
        assertThat(ruleWhen("{\"fact\": \"history.unansweredMessages\", \"in\": [" + hundred + "]}")
                .appliesTo(factsOf("history.unansweredMessages", 99))).isTrue();
        writeRules(rule("x", "{\"fact\": \"history.unansweredMessages\", \"in\": [" + hundred + ", 100]}"), CATCH_ALL);
        loading().hasMessageContaining("rules[0].when.in: a list of 101 values; an \"in\" list has at most 100");
    }

    @Test
    void anOperatorThatDoesNotFitTheFactNamesTheOnesThatDo() throws IOException {
        writeRules(rule("x", "{\"fact\": \"safety.unsafe\", \"in\": [true]}"), CATCH_ALL);
        loading().hasMessageContaining("rules[0].when.in: \"in\" does not fit safety.unsafe")
                .hasMessageContaining("use is or known.");
        writeRules(rule("x", "{\"fact\": \"goal\", \"atLeast\": 2}"), CATCH_ALL);
        loading().hasMessageContaining("\"atLeast\" does not fit goal");
        writeRules(rule("x", "{\"fact\": \"breakup.date\", \"is\": \"2027-01-01\"}"), CATCH_ALL);
        loading().hasMessageContaining("\"is\" does not fit breakup.date").hasMessageContaining("use known.");
    }

    @Test
    void aConditionNamesAKnownDefinitionAndAlwaysIsOnlyTrue() throws IOException {
        writeRules(rule("x", "{\"ref\": \"clam\"}"), CATCH_ALL);
        loading().hasMessageContaining("rules[0].when.ref: no definition is called \"clam\"; did you mean \"calm\"?");
        writeRules(rule("x", "{\"always\": false}"), CATCH_ALL);
        loading().hasMessageContaining("rules[0].when.always: write {\"always\": true}, or leave \"when\" out.");
    }
}
