package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nocontact.authoring.PlacedConditions.Place;
import org.nocontact.json.InputException;

/**
 * A mistake in a condition is found wherever the condition stands (a rule's, a rule's suggestion, a
 * definition, general advice, an invariant), as it is in a rule's {@code when}: a bound past its fact's
 * range, a condition no situation meets, a name the fact does not have, each at its own line:column.
 */
class EveryConditionPlaceTest {
    private static final Path SCHEMAS = Path.of(System.getProperty("nocontact.root", "."), "docs/schema");

    @TempDir
    Path dir;

    @Test
    void theseTestsCoverEveryPlaceTheSchemasLetAConditionStand() throws IOException {
        assertThat(PlacedConditions.schemaPlaces(SCHEMAS)).containsExactlyElementsOf(
                PlacedConditions.bySchemaPath().keySet());
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void aBoundPastItsFactsRangeIsAnErrorAtTheNumber(Place place) throws IOException {
        Path file = PlacedConditions.write(dir, place, "{\"fact\": \"emotions.sadness\", \"atLeast\": 11}");
        List<Finding> found = Linter.lint(dir).stream().filter(f -> f.kind() == Finding.Kind.OUT_OF_RANGE).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.file()).isEqualTo(file.toString());
            assertThat(f.position().toString()).isEqualTo(PlacedConditions.placeOf(file, "11"));
            assertThat(f.message()).startsWith("no situation has emotions.sadness at least 11: emotions.sadness is 0 to 10");
        });
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void anEmptyRangeIsAnErrorAtTheCondition(Place place) throws IOException {
        Path file = PlacedConditions.write(dir, place, "{\"all\": [{\"fact\": \"emotions.sadness\", \"atLeast\": 8}, "
                + "{\"fact\": \"emotions.sadness\", \"atMost\": 2}]}");
        List<Finding> found = Linter.lint(dir).stream().filter(f -> f.kind() == Finding.Kind.NEVER_APPLIES).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.file()).isEqualTo(file.toString());
            assertThat(f.position().toString()).isEqualTo(PlacedConditions.placeOf(file, "{\"all\""));
            assertThat(f.message()).contains("no valid situation").contains("emotions.sadness");
        });
        assertThat(Linter.lint(dir)).noneMatch(f -> f.kind() == Finding.Kind.OUT_OF_RANGE);
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void aNameTheFactDoesNotHaveIsRefusedAtTheName(Place place) throws IOException {
        Path file = PlacedConditions.write(dir, place, "{\"fact\": \"plan.action\", \"in\": [\"gift\", \"leter\"]}");
        InputException e = catchThrowableOfType(() -> Linter.lint(dir), InputException.class);
        assertThat(e.all()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(file.toString());
            assertThat(p.position().orElseThrow().toString()).isEqualTo(PlacedConditions.placeOf(file, "\"leter\""));
            assertThat(p.problem()).contains("\"leter\"").contains("did you mean \"letter\"");
        });
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void aConditionThatCanHoldIsNotAnError(Place place) throws IOException {
        PlacedConditions.write(dir, place, "{\"all\": [{\"fact\": \"emotions.sadness\", \"atLeast\": 10}, "
                + "{\"fact\": \"emotions.confidence\", \"atMost\": 0}]}");
        assertThat(Linter.lint(dir)).noneMatch(f -> f.severity() == Finding.Severity.ERROR);
    }

    @Test
    void aSuggestionWhoseConditionContradictsItsRulesIsNeverShown() throws IOException {
        Path file = PlacedConditions.write(dir, Place.DO_INSTEAD, "{\"fact\": \"emotions.anger\", \"atMost\": 4}");
        assertThat(Linter.lint(dir)).filteredOn(f -> f.kind() == Finding.Kind.NEVER_APPLIES).singleElement()
                .satisfies(f -> {
                    assertThat(f.position().toString()).isEqualTo(PlacedConditions.placeOf(file, "{\"fact\""));
                    assertThat(f.path()).isEqualTo("angry.doInstead[1].when");
                    assertThat(f.message()).startsWith("this suggestion is never shown: no valid situation where its "
                            + "rule applies meets its condition");
                });
    }

    @Test
    void aRuleThatNeverAppliesIsNamedOnceNotAgainForItsSuggestions() throws IOException {
        PlacedConditions.write(dir, Place.RULE, "{\"all\": [{\"fact\": \"emotions.anger\", \"atLeast\": 8}, "
                + "{\"fact\": \"emotions.anger\", \"atMost\": 2}]}");
        assertThat(Linter.lint(dir)).filteredOn(f -> f.kind() == Finding.Kind.NEVER_APPLIES)
                .extracting(Finding::path).containsExactly("angry.when");
    }
}
