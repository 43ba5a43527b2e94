package org.nocontact.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.TestSituations;
import org.nocontact.json.InputException;
import org.nocontact.rules.Fact;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.situation.SituationReader;

/** The JSON Schemas in docs/schema: every shipped file meets them, and they agree with the Java readers. */
class SchemaTest {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();
    static final Path SCHEMAS = ROOT.resolve("docs/schema");
    static final ObjectMapper JSON = new ObjectMapper();
    /** The schemas' $id prefix; the validator finds them in docs/schema, as an author's validator would be told to. */
    static final String ID_PREFIX = "https://nocontact.invalid/schema/";
    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, SCHEMAS.toUri().toString())));

    static JsonSchema schema(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + name), config);
    }

    static Set<ValidationMessage> validate(String schemaName, JsonNode node) {
        return schema(schemaName).validate(node);
    }

    /** Every shipped JSON file, with the schema it must meet. */
    static Map<Path, String> shippedFiles() throws IOException {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(ROOT.resolve("rules/ruleset.json"), "ruleset.schema.json");
        String drafts = JSON.readTree(ROOT.resolve("rules/ruleset.json").toFile()).path("drafts").asText("");
        assertThat(drafts).as("the shipped rule set names its draft rules").isNotEmpty();
        for (Path p : list(ROOT.resolve("rules"))) {
            String name = p.getFileName().toString();
            if (!name.equals("ruleset.json")) {
                files.put(p, name.equals(drafts) ? "drafts.schema.json" : "rules.schema.json");
            }
        }
        list(ROOT.resolve("rules/tests")).forEach(p -> files.put(p, "cases.schema.json"));
        list(ROOT.resolve("docs/examples")).forEach(p -> files.put(p, "situation.schema.json"));
        return files;
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyShippedFileMeetsItsSchemaAndNamesItWithDollarSchema() throws IOException {
        Map<Path, String> files = shippedFiles();
        assertThat(files).hasSizeGreaterThan(15);
        files.forEach((file, schemaName) -> {
            try {
                JsonNode node = JSON.readTree(file.toFile());
                assertThat(validate(schemaName, node)).as(file.toString()).isEmpty();
                Path named = file.getParent().resolve(node.get("$schema").asText()).normalize();
                assertThat(named).as(file + " names its schema").isEqualTo(SCHEMAS.resolve(schemaName));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theRuleSchemasKnowExactlyTheFactsTheEngineKnows() throws IOException {
        String text = Files.readString(SCHEMAS.resolve("rules.schema.json"));
        JsonNode known = JSON.readTree(text).at("/$defs/condition/oneOf");
        Set<String> inSchema = new TreeSet<>();
        for (JsonNode variant : known) {
            JsonNode fact = variant.at("/properties/fact");
            fact.path("enum").forEach(n -> inSchema.add(n.asText()));
            if (fact.has("const")) {
                inSchema.add(fact.get("const").asText());
            }
        }
        assertThat(inSchema).containsExactlyInAnyOrderElementsOf(Fact.allNames());
        assertThat(Files.readString(SCHEMAS.resolve("ruleset.schema.json"))).contains("\"$defs\"");
    }

    /** Situations the Java reader and the schema must both accept or both refuse. */
    static Map<String, ObjectNode> situationCorpus() {
        Map<String, ObjectNode> corpus = new LinkedHashMap<>();
        corpus.put("valid: the base", TestSituations.base());
        corpus.put("valid: everything given", full());
        corpus.put("unknown field", with(TestSituations.base(), "goall", "reconcile"));
        corpus.put("unknown nested field", with(TestSituations.base(), "emotions.angr", 2));
        corpus.put("number where a name belongs", with(TestSituations.base(), "goal", 3));
        corpus.put("name with a typo", with(TestSituations.base(), "plan.action", "txt"));
        corpus.put("name in the wrong case", with(TestSituations.base(), "goal", "Reconcile"));
        corpus.put("fraction where a whole number belongs", with(TestSituations.base(), "emotions.anger", 2.5));
        corpus.put("number in quotes", with(TestSituations.base(), "emotions.anger", "2"));
        corpus.put("out of range", with(TestSituations.base(), "emotions.sadness", 11));
        corpus.put("negative count", with(TestSituations.base(), "history.unansweredMessages", -1));
        corpus.put("period too long", with(with(TestSituations.base(), "noContact.since", "2027-03-01"), "noContact.days", 366));
        corpus.put("date in the wrong form", with(TestSituations.base(), "today", "10/03/2027"));
        corpus.put("boolean as text", with(TestSituations.base(), "safety.unsafe", "yes"));
        corpus.put("null", with(TestSituations.base(), "emotions.anger", null));
        corpus.put("tie listed twice", with(TestSituations.base(), "ties", List.of("pets", "pets")));
        corpus.put("unknown tie", with(TestSituations.base(), "ties", List.of("kids")));
        corpus.put("message too long", with(TestSituations.base(), "plan.message", "x".repeat(10_001)));
        corpus.put("reply without their message", with(TestSituations.base(), "plan.action", "reply"));
        ObjectNode noGoal = TestSituations.base();
        noGoal.remove("goal");
        corpus.put("missing goal", noGoal);
        ObjectNode noPlanPurpose = TestSituations.base();
        ((ObjectNode) noPlanPurpose.get("plan")).remove("purpose");
        corpus.put("missing plan.purpose", noPlanPurpose);
        corpus.put("valid: a request for no contact with the one matter it left open",
                with(with(TestSituations.base(), "boundaries.exAskedNoContact", true), "boundaries.exceptAbout", "Biscuit"));
        corpus.put("an exception with no request for no contact", with(TestSituations.base(), "boundaries.exceptAbout", "Biscuit"));
        corpus.put("an exception too long to be a matter", with(with(TestSituations.base(), "boundaries.exAskedNoContact", true),
                "boundaries.exceptAbout", "x".repeat(201)));
        corpus.put("exContact without about", with(TestSituations.base(), "exContact.date", "2027-03-01"));
        return corpus;
    }

    static ObjectNode full() {
        ObjectNode s = TestSituations.ready(TestSituations.period(TestSituations.base(), "2027-02-10", 42));
        TestSituations.exWrote(s, "personal");
        TestSituations.set(s, "ties", List.of("pets", "home"));
        TestSituations.set(s, "safety.unsafe", false);
        TestSituations.set(s, "boundaries.blocked", false);
        TestSituations.set(s, "history.unansweredMessages", 1);
        TestSituations.set(s, "plan.occasion", "birthday");
        return TestSituations.set(s, "plan.message", "Hi");
    }

    static ObjectNode with(ObjectNode s, String path, Object value) {
        return TestSituations.set(s, path, value);
    }

    @Test
    void theSituationSchemaAndTheReaderAcceptAndRefuseTheSameFiles() {
        List<String> disagreements = new ArrayList<>();
        SituationReader reader = new SituationReader(LocalDate.of(2027, 3, 10));
        situationCorpus().forEach((name, node) -> {
            boolean schemaAccepts = validate("situation.schema.json", node).isEmpty();
            boolean javaAccepts;
            try {
                reader.read(node.toString().getBytes(StandardCharsets.UTF_8), name);
                javaAccepts = true;
            } catch (InputException e) {
                javaAccepts = false;
            }
            if (schemaAccepts != javaAccepts) {
                disagreements.add(name + ": schema " + (schemaAccepts ? "accepts" : "refuses") + ", reader "
                        + (javaAccepts ? "accepts" : "refuses"));
            }
            assertThat(javaAccepts).as(name).isEqualTo(name.startsWith("valid"));
        });
        assertThat(disagreements).isEmpty();
    }

    @Test
    void checksOnlyJavaCanMakeAreDocumented() {
        // A schema cannot compare two fields or know the calendar: these are the reader's alone.
        ObjectNode afterToday = with(TestSituations.base(), "breakup.date", "2027-03-11");
        assertThat(validate("situation.schema.json", afterToday)).isEmpty();
        ObjectNode impossible = with(TestSituations.base(), "today", "2027-02-30");
        assertThat(validate("situation.schema.json", impossible)).as("format: date knows February").isNotEmpty();
        assertThat(ROOT.resolve("docs/rules-authoring.md")).content().contains("only nocontact itself checks");
    }

    @TempDir
    Path temp;

    @Test
    void everySchemaHasItsIdAndTheCaseSchemaReachesTheSituationSchemaThroughIt() throws IOException {
        List<String> names;
        try (var files = java.nio.file.Files.list(SCHEMAS)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".schema.json")).toList();
        }
        assertThat(names).contains("drafts.schema.json", "cases.schema.json");
        for (String name : names) {
            assertThat(JSON.readTree(SCHEMAS.resolve(name).toFile()).path("$id").asText()).as(name)
                    .isEqualTo(ID_PREFIX + name);
        }
        ObjectNode cases = (ObjectNode) JSON.readTree("{\"cases\": [{\"name\": \"x\", \"expect\": {\"verdict\": \"REACH_OUT\"}}]}");
        ((ObjectNode) cases.get("cases").get(0)).set("situation", with(TestSituations.base(), "goal", "reconcil"));
        assertThat(validate("cases.schema.json", cases)).as("a typo inside an inline situation").isNotEmpty();
    }

    /** Case files that the case loader and the schema must both accept or both refuse: `with` included. */
    @Test
    void theCaseSchemaAndTheLoaderAgreeOnWith() throws IOException {
        Map<String, String> withs = new LinkedHashMap<>();
        withs.put("valid: a name", "{\"goal\": \"move-on\"}");
        withs.put("valid: a nested field", "{\"emotions.anger\": 4, \"plan.occasion\": \"birthday\"}");
        withs.put("valid: removing a field", "{\"emotions\": null}");
        withs.put("valid: a whole object", "{\"noContact\": {\"since\": \"2027-03-01\", \"days\": 20}}");
        withs.put("a value typo", "{\"goal\": \"reconcil\"}");
        withs.put("an unknown field", "{\"emotions.angr\": 2}");
        withs.put("out of range", "{\"emotions.anger\": 11}");
        withs.put("a name for a number", "{\"emotions.anger\": \"high\"}");
        withs.put("an unknown top-level field", "{\"mood\": \"low\"}");
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, String> w : withs.entrySet()) {
            String text = "{\"base\": " + TestSituations.base() + ", \"cases\": [{\"name\": \"x\", \"with\": " + w.getValue()
                    + ", \"expect\": {\"verdict\": \"REACH_OUT\"}}]}";
            boolean schemaAccepts = validate("cases.schema.json", JSON.readTree(text)).isEmpty();
            boolean loaderAccepts;
            try {
                new org.nocontact.authoring.CaseLoader().load(text.getBytes(StandardCharsets.UTF_8), temp.resolve("cases.json"));
                loaderAccepts = true;
            } catch (InputException e) {
                loaderAccepts = false;
            }
            assertThat(loaderAccepts).as(w.getKey()).isEqualTo(w.getKey().startsWith("valid"));
            if (schemaAccepts != loaderAccepts) {
                disagreements.add(w.getKey() + ": schema " + (schemaAccepts ? "accepts" : "refuses"));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theRuleSchemasAndTheLoaderAgreeOnTextsAndNumbers() throws IOException {
        String index = Files.readString(ROOT.resolve("rules/ruleset.json"));
        String gifts = Files.readString(ROOT.resolve("rules/gifts.json"));
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("a 5,000-character description", new String[] {"ruleset.json", index.replaceFirst("\"description\": \"[^\"]*\"",
                "\"description\": \"" + "x".repeat(5000) + "\"")});
        cases.put("an empty suggestion", new String[] {"gifts.json", gifts.replace("\"Put your energy into your own days: friends, a hobby, plans of your own.\"", "\"\"")});
        cases.put("a blank suggestion", new String[] {"gifts.json", gifts.replace("\"Put your energy into your own days: friends, a hobby, plans of your own.\"", "\"  \"")});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            String file = c.getValue()[0];
            String broken = c.getValue()[1];
            assertThat(broken).as(c.getKey()).isNotEqualTo(file.equals("ruleset.json") ? index : gifts);
            assertThat(validate(file.equals("ruleset.json") ? "ruleset.schema.json" : "rules.schema.json", JSON.readTree(broken)))
                    .as("schema, " + c.getKey()).isNotEmpty();
            assertThat(loaderRefuses(file, broken)).as("loader, " + c.getKey()).isTrue();
        }
    }

    @Test
    void aWholeNumberWrittenAsAFractionIsTheOneThingOnlyTheProgramSees() throws IOException {
        // JSON Schema compares values: 2.0 and 2e0 are the integer 2 to it. The contract wants "2"; the docs say so.
        String index = Files.readString(ROOT.resolve("rules/ruleset.json"));
        for (String written : List.of("3.0", "3e0")) {
            String changed = index.replace("\"atMost\": 3", "\"atMost\": " + written);
            assertThat(changed).isNotEqualTo(index);
            assertThat(validate("ruleset.schema.json", JSON.readTree(changed))).as(written).isEmpty();
            assertThat(loaderRefuses("ruleset.json", changed)).as(written).isTrue();
        }
        assertThat(ROOT.resolve("docs/rules-authoring.md")).content().contains("not `3.0` or\n`3e0`: a schema sees only the value 3");
    }

    private boolean loaderRefuses(String fileName, String text) throws IOException {
        Path dir = Files.createTempDirectory(temp, "rules");
        for (Path f : list(ROOT.resolve("rules"))) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.writeString(dir.resolve(fileName), text);
        try {
            RuleSetLoader.load(RuleFiles.folder(dir));
            return false;
        } catch (InputException e) {
            return true;
        }
    }

    @Test
    void theRuleSchemasAndTheLoaderRefuseTheSameMistakes() throws IOException {
        Map<String, String[]> mistakes = new LinkedHashMap<>();
        mistakes.put("verdict typo", new String[] {"\"DO_NOT_CONTACT\"", "\"DO_NOT_CONTCT\""});
        mistakes.put("unknown fact", new String[] {"\"plan.action\"", "\"plan.actoin\""});
        mistakes.put("unknown key", new String[] {"\"summary\"", "\"summry\""});
        mistakes.put("name value typo", new String[] {"\"letter\"", "\"leter\""});
        mistakes.put("wrong comparison", new String[] {"\"in\": [\"gift\", \"letter\"]", "\"atLeast\": 3"});
        mistakes.put("no sources", new String[] {"\"sources\": [\"gifts-and-letters\"]", "\"sources\": []"});
        mistakes.put("unknown placeholder", new String[] {"it tends to add pressure", "it tends to add {pressure}"});
        String original = Files.readString(ROOT.resolve("rules/gifts.json"));
        for (Map.Entry<String, String[]> m : mistakes.entrySet()) {
            Path dir = temp.resolve(m.getKey().replace(' ', '-'));
            Files.createDirectories(dir);
            for (Path f : list(ROOT.resolve("rules"))) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
            String broken = original.replace(m.getValue()[0], m.getValue()[1]);
            assertThat(broken).as(m.getKey()).isNotEqualTo(original);
            Files.writeString(dir.resolve("gifts.json"), broken);
            assertThat(validate("rules.schema.json", JSON.readTree(broken))).as("schema, " + m.getKey()).isNotEmpty();
            boolean loaderRefuses;
            try {
                RuleSetLoader.load(RuleFiles.folder(dir));
                loaderRefuses = false;
            } catch (InputException e) {
                loaderRefuses = true;
            }
            assertThat(loaderRefuses).as("loader, " + m.getKey()).isTrue();
        }
    }
}
