package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nocontact.TestSituations;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * The ties as the rules read them (issue 18): one immutable table shared by every rule set, nothing
 * any evaluation can change, and every set listed in the order the ties are declared, however the
 * situation gave them, so a witness or a fact listed in any output reads alike on every run.
 */
class TieNamesTest {
    @Test
    void theTiesAreListedInTheirDeclaredOrderHoweverTheyWereGivenAndCannotBeChanged() {
        Situation base = TestSituations.read("{\"today\": \"2026-06-15\", \"breakup\": {\"date\": \"2026-05-16\", "
                + "\"initiatedBy\": \"them\"}, \"goal\": \"move-on\", \"plan\": {\"action\": \"text\", \"purpose\": \"logistics\"}}");
        List<Tie> reversed = new ArrayList<>(List.of(Tie.values()));
        Collections.reverse(reversed);
        List<String> declared = EnumSet.allOf(Tie.class).stream().map(Tie::wireName).toList();
        for (int size = 2; size <= reversed.size(); size++) {
            List<Tie> given = reversed.subList(0, size);
            Situation s = base.withTies(new LinkedHashSet<>(given));
            List<String> expected = declared.stream().filter(name -> given.stream()
                    .anyMatch(t -> t.wireName().equals(name))).toList();
            assertThat(s.ties()).map(Tie::wireName).containsExactlyElementsOf(expected);
            for (int days : new int[] {7, 30}) {
                @SuppressWarnings("unchecked")
                Set<String> names = (Set<String>) Facts.of(s, days).value(Fact.TIES).orElseThrow();
                assertThat(names).containsExactlyElementsOf(expected);
                assertThatThrownBy(() -> names.add("children")).isInstanceOf(UnsupportedOperationException.class);
            }
            assertThatThrownBy(() -> s.ties().add(Tie.PETS)).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
