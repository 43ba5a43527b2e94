package org.nocontact.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.json.InputException;
import org.nocontact.text.Texts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleSet;
import picocli.CommandLine.Option;

/** --rules and --profile, shared by every command that gives advice. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the rule set in DIR (its ruleset.json) instead of the built-in one.")
    Optional<Path> rulesDir = Optional.empty();

    @Option(names = "--profile", paramLabel = "NAME", completionCandidates = CompletionCandidates.Profiles.class,
            description = "How to read the guidance: standard (the default) or strict.")
    Optional<String> profileName = Optional.empty();

    RuleSet ruleSet() {
        if (rulesDir.isEmpty()) {
            return BuiltInRules.get();
        }
        return RulesDir.load(rulesDir.get(), "--rules");
    }

    Profile profile(RuleSet rules) {
        String name = profileName.orElse(rules.defaultProfile());
        return rules.profile(name).orElseThrow(() -> InputException.whole("--profile",
                "there is no profile \"" + name + "\"; use " + Texts.choices(rules.profileNames()) + "."));
    }

    Advisor advisor() {
        RuleSet rules = ruleSet();
        return new Advisor(rules, profile(rules));
    }
}
