package org.nocontact.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.Position;
import org.nocontact.json.Problems;
import org.nocontact.text.Texts;
import org.nocontact.rules.checks.Limits;
import org.nocontact.rules.checks.SourceIds;

/**
 * Reads the rule files that "files" lists, and the suggestions of rules and of "advice". Every
 * field of a rule is checked even after one is wrong, so that a rule with five mistakes shows five.
 */
final class RuleReader {
    private static final List<String> RULE_FILE = List.of("$schema", "rules");
    private static final List<String> RULE = List.of("id", "when", "verdict", "summary", "reason", "doInstead",
            "period", "sources");
    /** Fields a rule once had, with what replaced them (guidance "Dates": the day to look again is derived). */
    private static final Map<String, String> RETIRED = Map.of("reconsiderOn", "the day to look again is derived from "
            + "the rules now, never written in a rule: under DO_NOT_CONTACT it is the first day ahead, within a year and "
            + "with today's advice followed, on which another verdict opens that today's answers cannot reach (see "
            + "\"The days ahead\" in docs/how-rules-decide.md); say what the advice does to the no-contact period with "
            + "\"period\": \"holds\", \"begins\" or \"extends\"");
    private static final List<String> SUGGESTION = List.of("text", "when");

    private final LoadContext context;

    RuleReader(LoadContext context) {
        this.context = context;
    }

    /** The "rules" stage: every listed file, each rule once by id, within the rule set's size limits. */
    void readAll() {
        boolean everyRuleRead = context.filesListed;
        long totalSize = 0;
        for (String file : context.fileNames) {
            RuleFileRead read = ruleFile(file);
            everyRuleRead &= read.complete();
            for (Rule rule : read.rules()) {
                Rule earlier = context.byId.putIfAbsent(rule.id(), rule);
                if (earlier != null) {
                    context.problems.add(InputException.at(rule.file(), "rules", rule.position(), "rule id \"" + rule.id()
                            + "\" is already used in " + earlier.file() + " at " + earlier.position()
                            + "; give each rule its own id."));
                    continue;
                }
                context.rules.add(rule);
                if (context.rules.size() > Limits.MAX_RULES) {
                    throw context.stop(InputException.whole(context.indexName, "more than " + Limits.MAX_RULES
                            + " rules; split the rule set."));
                }
                totalSize += rule.when().size();
                if (totalSize > Limits.MAX_TOTAL_CONDITION_SIZE) {
                    throw context.stop(InputException.at(rule.file(), "rules", rule.position(), "the rules' conditions "
                            + "have more than " + Limits.MAX_TOTAL_CONDITION_SIZE + " parts in all (definitions expanded); "
                            + "simplify them."));
                }
            }
        }
        context.everyRuleRead = everyRuleRead;
    }

    /** The rules of one file that could be read, and whether that was all of them. */
    private record RuleFileRead(List<Rule> rules, boolean complete) {
    }

    private RuleFileRead ruleFile(String fileName) {
        String display = context.files.display(fileName);
        Optional<List<Json>> items = context.attempt(() -> {
            Json root = context.readFile(fileName, "files");
            refuseDraftRules(fileName, root);
            Fields file = Fields.of(root, "", display, RULE_FILE, context.problems);
            context.attempt(() -> file.optionalText("$schema", Limits.MAX_TEXT));
            return file.list(file.required("rules", "a list of rules"), "rules");
        });
        List<Rule> rules = new ArrayList<>();
        boolean complete = items.isPresent();
        for (int i = 0; i < items.orElse(List.of()).size(); i++) {
            Json item = items.get().get(i);
            String path = "rules[" + i + "]";
            Optional<Rule> rule = context.attempt(() -> rule(item, path, display));
            rule.ifPresent(rules::add);
            complete &= rule.isPresent();
        }
        return new RuleFileRead(rules, complete);
    }

    /** A drafts file listed in "files" is named at its place in ruleset.json, with the field that names it. */
    private void refuseDraftRules(String fileName, Json root) {
        Map.Entry<String, Position> listed = context.listedAt.get(fileName);
        if (listed != null && root instanceof Json.Obj obj && obj.members().containsKey("verdicts")) {
            throw InputException.at(context.indexName, listed.getKey(), listed.getValue(), "\"" + fileName
                    + "\" holds draft rules, not rules; remove it from \"files\" and name it with \"drafts\": \""
                    + fileName + "\".");
        }
    }

    /** One rule; all its problems are thrown together once every field was checked. */
    private Rule rule(Json node, String path, String source) {
        Problems found = new Problems();
        Fields f = Fields.of(node, path, source, RULE, RETIRED, found);
        Optional<String> id = found.attempt(() -> {
            String text = f.requiredText("id", 64, "a short id such as \"gift-or-letter\"");
            Limits.requireId(text, f.pathOf("id"), node.position(), source);
            return text;
        });
        Optional<Condition> when = found.attempt(() -> {
            Condition condition = f.optional("when").map(c -> context.conditions.condition(c, f.pathOf("when"), source))
                    .orElse(new Condition.Always());
            Limits.requireConditionSize(condition.size(), "condition", source, f.pathOf("when"),
                    f.optional("when").map(Json::position).orElse(node.position()));
            return condition;
        });
        Position whenPosition = f.optional("when").map(Json::position).orElse(node.position());
        Optional<Verdict> verdict = found.attempt(() -> f.requiredName("verdict", Verdict.class));
        Optional<Template> summary = found.attempt(() -> template(f, "summary", "one sentence for the person"));
        Optional<Template> reason = found.attempt(() -> template(f, "reason", "why, in plain words"));
        Optional<List<Rule.Suggestion>> doInstead = found.attempt(() -> suggestions(f, "doInstead"));
        Optional<PeriodAdvice> period = found.attempt(() -> f.optionalName("period", PeriodAdvice.class)
                .orElse(PeriodAdvice.NONE));
        Optional<List<String>> ruleSources = found.attempt(() -> ruleSources(f));
        found.throwIfAny();
        return new Rule(id.orElseThrow(), when.orElseThrow(), verdict.orElseThrow(), summary.orElseThrow(),
                reason.orElseThrow(), doInstead.orElseThrow(), period.orElseThrow(), ruleSources.orElseThrow(),
                source, node.position(), whenPosition);
    }

    private Template template(Fields f, String key, String whatItIs) {
        String text = f.requiredText(key, Limits.MAX_TEXT, whatItIs);
        if (text.isBlank()) {
            throw f.error(key, "this text is empty; write it for the person reading.");
        }
        return Template.parse(text, unknown -> {
            throw f.error(key, "{" + unknown + "} is not a known fact; "
                    + Texts.nearest(unknown, Fact.allNames()).map(n -> "did you mean {" + n + "}?")
                    .orElse("see docs/rules-format.md for the list."));
        });
    }

    /** The suggestions under {@code key} (a rule's "doInstead", the index's "advice"), each checked. */
    List<Rule.Suggestion> suggestions(Fields f, String key) {
        List<Json> items = f.optionalList(key);
        Problems found = new Problems();
        List<Rule.Suggestion> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = f.pathOf(key) + "[" + i + "]";
            Json item = items.get(i);
            found.attempt(() -> suggestion(f, item, at)).ifPresent(result::add);
        }
        found.throwIfAny();
        return result;
    }

    private Rule.Suggestion suggestion(Fields f, Json item, String at) {
        if (item instanceof Json.Str) {
            String text = f.text(item, at, Limits.MAX_TEXT);
            return new Rule.Suggestion(templateOf(text, f.source(), at, item.position()), new Condition.Always());
        }
        Problems found = new Problems();
        Fields s = Fields.of(item, at, f.source(), SUGGESTION, found);
        Optional<Template> text = found.attempt(() -> templateOf(s.requiredText("text", Limits.MAX_TEXT, "the suggestion"),
                f.source(), at, item.position()));
        Optional<Condition> when = found.attempt(() -> s.optional("when")
                .map(c -> context.conditions.condition(c, s.pathOf("when"), f.source())).orElse(new Condition.Always()));
        found.throwIfAny();
        return new Rule.Suggestion(text.orElseThrow(), when.orElseThrow());
    }

    private Template templateOf(String text, String source, String at, Position position) {
        if (text.isBlank()) {
            throw InputException.at(source, at, position, "this suggestion is empty; write it for the person reading, "
                    + "or remove it.");
        }
        return Template.parse(text, unknown -> {
            throw InputException.at(source, at, position, "{" + unknown + "} is not a known fact.");
        });
    }


    private List<String> ruleSources(Fields f) {
        if (!context.sourcesKnown) {
            // "sources" itself is wrong and already reported: no rule is blamed for citing what it lacks.
            return List.of();
        }
        return SourceIds.cited(f, context.sources);
    }
}
