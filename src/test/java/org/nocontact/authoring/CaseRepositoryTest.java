package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a case's situation files may be: found from a rule folder of any name, not only one called rules/. */
class CaseRepositoryTest {
    @TempDir
    Path temp;

    private Path file(String path) throws IOException {
        Path file = temp.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "{}");
    }

    @Test
    void aRuleFolderOfAnyNameHoldsItsCasesInTheFolderAroundIt() throws IOException {
        file("my-rules/ruleset.json");
        Path cases = file("my-rules/tests/cases.json");
        assertThat(CaseLoader.repository(cases)).as("situations beside my-rules/ are inside").isEqualTo(temp);
        assertThat(CaseLoader.repository(file("my-rules/cases.json"))).isEqualTo(temp);
    }

    @Test
    void aFolderHoldingRulesSlashRulesetIsStillTheRepository() throws IOException {
        file("project/rules/ruleset.json");
        assertThat(CaseLoader.repository(file("project/cases/cases.json"))).isEqualTo(temp.resolve("project"));
        assertThat(CaseLoader.repository(file("project/rules/tests/cases.json"))).isEqualTo(temp.resolve("project"));
    }

    @Test
    void aCheckoutIsTheRepositoryWhateverItsRulesAreCalled() throws IOException {
        Files.createDirectories(temp.resolve("checkout/.git"));
        file("checkout/policy/ruleset.json");
        assertThat(CaseLoader.repository(file("checkout/cases/cases.json"))).isEqualTo(temp.resolve("checkout"));
    }

    @Test
    void outsideAnyTheCaseFilesOwnFolderIsAllThereIs() throws IOException {
        assertThat(CaseLoader.repository(file("loose/cases.json"))).isEqualTo(temp.resolve("loose"));
    }
}
