package org.nocontact.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nocontact.TestSituations.base;
import static org.nocontact.TestSituations.read;
import static org.nocontact.TestSituations.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nocontact.TestSituations;
import org.nocontact.json.InputException;
import org.nocontact.json.Position;

class SituationReaderTest {
    static final String CONTRACT_EXAMPLE = """
            {
              "today": "2027-02-14",
              "breakup": { "date": "2027-01-20", "initiatedBy": "them", "feelingsExpressed": true },
              "goal": "reconcile",
              "noContact": { "since": "2027-01-21", "days": 30 },
              "ties": ["belongings"],
              "exContact": { "date": "2027-02-10", "about": "personal" },
              "emotions": { "anger": 2, "sadness": 4, "confidence": 7 },
              "safety": { "unsafe": false, "threatened": false, "selfHarm": false, "urgeToMonitor": false, "protectionOrder": false },
              "boundaries": { "exAskedNoContact": false, "blocked": false },
              "history": { "unansweredMessages": 0 },
              "plan": { "action": "text", "purpose": "greeting", "occasion": "valentines-day", "message": "Happy Valentine's Day" }
            }
            """;

    static AbstractThrowableAssert<?, ? extends Throwable> refusing(String json) {
        return assertThatThrownBy(() -> read(json)).isInstanceOf(InputException.class);
    }

    static AbstractThrowableAssert<?, ? extends Throwable> refusing(ObjectNode json) {
        return refusing(json.toString());
    }

    static InputException error(String json) {
        try {
            read(json);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    /** Five mistakes in five parts, each of which a reader that stops at the first would hide. */
    private static final String FIVE_MISTAKES = CONTRACT_EXAMPLE
            .replace("\"initiatedBy\": \"them\"", "\"initiatedBy\": \"thme\"")
            .replace("\"goal\": \"reconcile\"", "\"goal\": \"reconcle\"")
            .replace("\"days\": 30", "\"days\": 0")
            .replace("\"anger\": 2", "\"angr\": 2")
            .replace("\"sadness\": 4", "\"sadness\": 11");

    @Test
    void readAllFindsEveryMistakeInOneGoInTheOrderOfTheFormat() {
        assertThat(FIVE_MISTAKES).doesNotContain("\"anger\"");
        InputException e = catchInput(() -> new SituationReader(LocalDate.of(2027, 2, 14))
                .readAll(FIVE_MISTAKES.getBytes(StandardCharsets.UTF_8), "s.json"));
        assertThat(e.all()).extracting(InputException::path).containsExactly("breakup.initiatedBy", "goal",
                "noContact.days", "emotions.angr", "emotions.sadness");
    }

    @Test
    void readGivesOnlyTheFirstMistakeAsCheckSaysIt() {
        InputException e = catchInput(() -> new SituationReader(LocalDate.of(2027, 2, 14))
                .read(FIVE_MISTAKES.getBytes(StandardCharsets.UTF_8), "s.json"));
        assertThat(e.all()).extracting(InputException::path).containsExactly("breakup.initiatedBy");
    }

    @Test
    void aTodayThatCannotBeReadDoesNotMakeTheOtherDatesLookLikeTheFuture() {
        String badToday = CONTRACT_EXAMPLE.replace("\"today\": \"2027-02-14\"", "\"today\": \"2027-02-30\"");
        InputException e = catchInput(() -> new SituationReader(LocalDate.of(2020, 1, 1))
                .readAll(badToday.getBytes(StandardCharsets.UTF_8), "s.json"));
        assertThat(e.all()).extracting(InputException::path).containsExactly("today");
    }

    private static InputException catchInput(Runnable reading) {
        try {
            reading.run();
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    @Test
    void readsTheContractExampleCompletely() {
        Situation s = read(CONTRACT_EXAMPLE);
        assertThat(s.today()).isEqualTo(LocalDate.of(2027, 2, 14));
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.THEM);
        assertThat(s.breakup().feelingsExpressed()).contains(true);
        assertThat(s.goal()).isEqualTo(Goal.RECONCILE);
        assertThat(s.noContact()).contains(new Situation.NoContact(LocalDate.of(2027, 1, 21), OptionalInt.of(30)));
        assertThat(s.ties()).containsExactly(Tie.BELONGINGS);
        assertThat(s.exContact()).contains(new Situation.ExContact(LocalDate.of(2027, 2, 10), ExContactAbout.PERSONAL));
        assertThat(s.emotions().anger()).hasValue(2);
        assertThat(s.safety().anyConcern()).isFalse();
        assertThat(s.plan().action()).isEqualTo(Action.TEXT);
        assertThat(s.plan().occasion()).contains(Occasion.VALENTINES_DAY);
        assertThat(s.plan().message()).contains("Happy Valentine's Day");
    }

    @Test
    void optionalPartsHaveTheirDocumentedDefaults() {
        ObjectNode node = base();
        node.remove("today");
        Situation s = read(node);
        assertThat(s.today()).isEqualTo(TestSituations.SYSTEM_TODAY);
        assertThat(s.todayGiven()).isFalse();
        assertThat(s.noContact()).isEmpty();
        assertThat(s.ties()).isEmpty();
        assertThat(s.emotions()).isEqualTo(Situation.Emotions.UNKNOWN);
        assertThat(s.safety()).isEqualTo(Situation.Safety.NONE);
        assertThat(s.boundaries()).isEqualTo(Situation.Boundaries.NONE);
        assertThat(s.unansweredMessages()).isZero();
        assertThat(s.plan().occasion()).isEmpty();
        assertThat(s.plan().message()).isEqualTo(Optional.empty());
    }

    @Test
    void acceptsAUtf8ByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = base().toString().getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(body, 0, both, 3, body.length);
        assertThat(new SituationReader(LocalDate.now()).read(both, "bom.json").goal()).isEqualTo(Goal.RECONCILE);
    }

    @Test
    void anUnknownFieldIsNamedWithItsLineAndASuggestion() {
        InputException e = error("""
                {
                  "breakup": { "date": "2027-01-20", "initiatedBy": "them" },
                  "goal": "reconcile",
                  "emotions": { "angr": 2 },
                  "plan": { "action": "text", "purpose": "greeting" }
                }
                """);
        assertThat(e.path()).isEqualTo("emotions.angr");
        assertThat(e.position()).contains(new Position(4, 17));
        assertThat(e.getMessage()).isEqualTo("test.json:4:17: emotions.angr: unknown field; did you mean \"anger\"?");
    }

    @Test
    void aTypoInARequiredFieldIsReportedAsTheTypoNotAsMissing() {
        ObjectNode node = base();
        node.set("gaol", node.remove("goal"));
        refusing(node).hasMessageContaining("gaol: unknown field; did you mean \"goal\"?");
    }

    @Test
    void aDuplicateFieldIsRefusedWithBothPlaces() {
        InputException e = error("""
                {"breakup": {"date": "2027-01-20", "initiatedBy": "them"},
                 "goal": "reconcile", "goal": "move-on",
                 "plan": {"action": "text", "purpose": "greeting"}}
                """);
        assertThat(e.path()).isEqualTo("goal");
        assertThat(e.getMessage()).contains("appears twice", "first at 2:2", "keep only one");
    }

    @Test
    void trailingContentIsRefused() {
        InputException e = error(base() + "\n{}");
        assertThat(e.position()).contains(new Position(2, 1));
        assertThat(e.getMessage()).contains("more after the end");
    }

    @Test
    void aNumberWhereANameBelongsIsRefused() {
        refusing(set(base(), "goal", 3))
                .hasMessageContaining("goal: expected a name in quotes")
                .hasMessageContaining("found the number 3");
    }

    @Test
    void aNameInTheWrongCaseSuggestsTheRightOne() {
        refusing(set(base(), "goal", "Reconcile")).hasMessageContaining("did you mean \"reconcile\"?");
    }

    @Test
    void anUnknownNameListsTheChoices() {
        refusing(set(base(), "plan.action", "carrier-pigeon"))
                .hasMessageContaining("plan.action: \"carrier-pigeon\" is not a known value; use one of text, call,");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "emotions.anger|3.0|3.0 is not a whole number",
            "emotions.anger|2.5|2.5 is not a whole number",
            "emotions.anger|1e1|1e1 is not a whole number",
            "emotions.sadness|11|11 is out of range; use a whole number from 0 to 10",
            "emotions.confidence|-1|-1 is out of range",
            "noContact.days|0|0 is out of range; use a whole number from 1 to 365",
            "noContact.days|366|366 is out of range",
            "history.unansweredMessages|-2|-2 is out of range; use a whole number 0 or more"})
    void numbersMustBeWholeAndInRange(String path, String number, String message) {
        ObjectNode node = set(base(), "noContact.since", "2027-03-01");
        set(node, path, "NUMBER");
        refusing(node.toString().replace("\"NUMBER\"", number)).hasMessageContaining(path + ": " + message);
    }

    @Test
    void aNumberInQuotesIsNotANumber() {
        refusing(set(base(), "emotions.anger", "3")).hasMessageContaining("emotions.anger: expected a whole number from 0 to 10 (without quotes)");
    }

    @Test
    void aHugeNumberIsOutOfRangeNotACrash() throws Exception {
        refusing(set(base(), "history.unansweredMessages", TestSituations.JSON.readTree("123456789012345678901234567890")))
                .hasMessageContaining("out of range");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "today|2027-02-30|2027-02-30 is not a real date",
            "today|2027-13-01|2027-13-01 is not a real date",
            "today|2026-02-29|2026-02-29 is not a real date",
            "today|14/02/2027|expected a date written as \"YYYY-MM-DD\"",
            "today|2027-2-14|expected a date written as \"YYYY-MM-DD\"",
            "breakup.date|2027-03-11|is after today (2027-03-10); a breakup date cannot be in the future",
            "noContact.since|2027-01-31|is before the breakup (2027-02-01)",
            "noContact.since|2027-03-11|is after today (2027-03-10); leave noContact out",
            "exContact.date|2027-03-11|is after today"})
    void datesMustBeRealAndInOrder(String path, String date, String message) {
        ObjectNode node = base();
        if (path.startsWith("exContact")) {
            set(node, "exContact.about", "personal");
        }
        set(node, path, date);
        refusing(node).hasMessageContaining(path + ": ").hasMessageContaining(message);
    }

    @Test
    void aLeapDayIsARealDate() {
        assertThat(read(set(set(base(), "today", "2028-02-29"), "breakup.date", "2028-02-01")).today())
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        ObjectNode node = base();
        node.remove("plan");
        refusing(node).hasMessageContaining("plan: this field is missing; add it");
        ObjectNode noInitiator = base();
        ((ObjectNode) noInitiator.get("breakup")).remove("initiatedBy");
        refusing(noInitiator).hasMessageContaining("breakup.initiatedBy: this field is missing; add it (one of me, them or mutual)");
    }

    @Test
    void nullIsNotAValue() {
        refusing(set(base(), "emotions.anger", null)).hasMessageContaining("emotions.anger: null is not allowed; leave the field out");
    }

    @Test
    void aReplyNeedsTheirMessage() {
        refusing(set(base(), "plan.action", "reply")).hasMessageContaining("plan.action: \"reply\" needs exContact");
    }

    @Test
    void tiesAreKnownNamesListedOnce() {
        ObjectNode twice = base();
        twice.putArray("ties").add("pets").add("pets");
        refusing(twice).hasMessageContaining("ties[1]: \"pets\" is listed twice");
        ObjectNode typo = base();
        typo.putArray("ties").add("kids");
        refusing(typo).hasMessageContaining("ties[0]: \"kids\" is not a known value");
        refusing(set(base(), "ties", "pets")).hasMessageContaining("ties: expected a list");
    }

    @Test
    void aMessageOverTenThousandCharactersIsRefused() {
        refusing(set(base(), "plan.message", "x".repeat(10_001))).hasMessageContaining("plan.message: this text is 10001 characters long; shorten it to at most 10000");
        assertThat(read(set(base(), "plan.message", "x".repeat(10_000))).plan().message()).isPresent();
    }

    @Test
    void theMatterTheirRequestLeftOpenIsReadWithTheRequestAndWrittenBackAsGiven() {
        Situation s = read(set(set(base(), "boundaries.exAskedNoContact", true), "boundaries.exceptAbout", "Biscuit"));
        assertThat(s.boundaries().exceptAbout()).contains("Biscuit");
        assertThat(read(SituationWriter.write(s)).boundaries()).isEqualTo(s.boundaries());
        assertThat(read(base()).boundaries().exceptAbout()).isEmpty();
    }

    @Test
    void aMatterLeftOpenWithNoRequestOrNoWordsIsRefusedWithTheFix() {
        refusing(set(base(), "boundaries.exceptAbout", "Biscuit"))
                .hasMessageContaining("boundaries.exceptAbout: names what their request for no contact left open, but no "
                        + "request is given; set \"exAskedNoContact\": true, or leave exceptAbout out.");
        refusing(set(set(base(), "boundaries.exAskedNoContact", true), "boundaries.exceptAbout", "  "))
                .hasMessageContaining("boundaries.exceptAbout: an empty text; name the matter");
        refusing(set(set(base(), "boundaries.exAskedNoContact", true), "boundaries.exceptAbout", "x".repeat(201)))
                .hasMessageContaining("shorten it to at most 200");
    }

    @Test
    void aBooleanMustBeTrueOrFalse() {
        refusing(set(base(), "safety.unsafe", "yes")).hasMessageContaining("safety.unsafe: expected true or false");
    }

    @Test
    void theRootMustBeAnObject() {
        refusing("[1, 2]").hasMessageContaining("expected an object");
        refusing("\"hello\"").hasMessageContaining("expected an object");
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        refusing("").hasMessage("test.json: the file is empty; it should hold one JSON object.");
        refusing("  \n ").hasMessageContaining("the file is empty");
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() {
        InputException e = error("{\n  \"goal\": \"reconcile\",\n}");
        assertThat(e.position()).isPresent();
        assertThat(e.position().get().line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("test.json:3:");
        refusing("{\"goal\": \"reconcile\"").hasMessageContaining("ends too early");
        refusing("{'goal': 1}").hasMessageContaining("not valid JSON");
        refusing("{\"goal\": reconcile}").hasMessageContaining("not valid JSON");
    }

    @Test
    void invalidUtf8IsRefusedWithItsPlace() {
        byte[] bytes = "{\n  \"goal\": \"re\u00ffconcile\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new SituationReader(LocalDate.now()).read(bytes, "latin1.json"))
                .isInstanceOf(InputException.class)
                .hasMessage("latin1.json:2:14: this is not valid UTF-8 text; save the file as UTF-8.");
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "{\"goal\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        refusing(deep).hasMessageContaining("nested more than");
    }

    @Test
    void anOversizedFileIsRefusedWithoutReadingItAll() {
        byte[] big = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThatThrownBy(() -> new SituationReader(LocalDate.now())
                .read(new java.io.ByteArrayInputStream(big), "big.json"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("big.json: the file is larger than 1024 KiB");
    }
}
