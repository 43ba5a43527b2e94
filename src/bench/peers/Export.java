import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;

/**
 * What the Node peers need, taken from nocontact itself (run by peers.sh against the built jar):
 * the shipped rule set's profiles, each rule's condition as a plain tree (definitions expanded), the
 * facts of each example as of today, and nocontact's own time per evaluation on them. The peers
 * translate the trees into their own formats: nothing here mirrors a rule by hand.
 * Usage: java -cp target/nocontact.jar src/bench/peers/Export.java RULES_DIR OUT.json EXAMPLE...
 */
public class Export {
    public static void main(String[] args) throws Exception {
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(Path.of(args[0])));
        Profile profile = rules.profile(rules.defaultProfile()).orElseThrow();
        StringBuilder out = new StringBuilder("{\n\"profile\": ").append(q(profile.name())).append(",\n\"rules\": [\n");
        List<String> ruleJson = new ArrayList<>();
        for (Rule rule : profile.precedence()) {
            ruleJson.add("{\"id\": " + q(rule.id()) + ", \"verdict\": " + q(rule.verdict().name()) + ", \"when\": "
                    + tree(rule.when()) + "}");
        }
        out.append(String.join(",\n", ruleJson)).append("\n],\n\"situations\": [\n");
        List<String> situations = new ArrayList<>();
        List<Facts> all = new ArrayList<>();
        SituationReader reader = new SituationReader(LocalDate.now());
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            Situation situation = reader.read(Files.readAllBytes(file), file.toString());
            Facts facts = rules.factsOf(situation);
            all.add(facts);
            Map<String, String> values = new TreeMap<>();
            for (Fact fact : Fact.values()) {
                values.put(fact.factName(), value(facts.value(fact).orElse(null)));
            }
            situations.add("{\"file\": " + q(file.getFileName().toString()) + ", \"verdict\": "
                    + q(Evaluation.of(profile, facts).verdict().name()) + ", \"facts\": {" + values.entrySet().stream()
                    .map(e -> q(e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(", ")) + "}}");
        }
        out.append(String.join(",\n", situations)).append("\n],\n\"nocontactNsPerEvaluation\": ")
                .append(nsPerEvaluation(profile, all)).append("\n}\n");
        Files.writeString(Path.of(args[1]), out);
    }

    /** nocontact's own evaluation of every example, warmed up, as the peers time theirs: ns per evaluation. */
    static long nsPerEvaluation(Profile profile, List<Facts> all) {
        int sink = 0;
        for (int round = 0; round < 20_000; round++) {
            sink += Evaluation.of(profile, all.get(round % all.size())).verdict().ordinal();
        }
        int n = 200_000;
        long start = System.nanoTime();
        for (int round = 0; round < n; round++) {
            sink += Evaluation.of(profile, all.get(round % all.size())).verdict().ordinal();
        }
        long ns = (System.nanoTime() - start) / n;
        return sink == Integer.MIN_VALUE ? -1 : ns;
    }

    static String tree(Condition c) {
        if (c instanceof Condition.Always) {
            return "{\"always\": true}";
        } else if (c instanceof Condition.All all) {
            return "{\"all\": [" + all.parts().stream().map(Export::tree).collect(Collectors.joining(", ")) + "]}";
        } else if (c instanceof Condition.Any any) {
            return "{\"any\": [" + any.parts().stream().map(Export::tree).collect(Collectors.joining(", ")) + "]}";
        } else if (c instanceof Condition.Not not) {
            return "{\"not\": " + tree(not.part()) + "}";
        } else if (c instanceof Condition.Ref ref) {
            return tree(ref.definition());
        } else if (c instanceof Condition.Is is) {
            return "{\"fact\": " + q(is.fact().factName()) + ", \"is\": " + value(is.value()) + "}";
        } else if (c instanceof Condition.In in) {
            return "{\"fact\": " + q(in.fact().factName()) + ", \"in\": " + value(in.values()) + "}";
        } else if (c instanceof Condition.AtLeast a) {
            return "{\"fact\": " + q(a.fact().factName()) + ", \"atLeast\": " + a.bound() + "}";
        } else if (c instanceof Condition.AtMost a) {
            return "{\"fact\": " + q(a.fact().factName()) + ", \"atMost\": " + a.bound() + "}";
        } else if (c instanceof Condition.IncludesAny a) {
            return "{\"fact\": " + q(a.fact().factName()) + ", \"includesAny\": " + value(a.names()) + "}";
        } else if (c instanceof Condition.Known k) {
            return "{\"fact\": " + q(k.fact().factName()) + ", \"known\": " + k.known() + "}";
        }
        throw new IllegalArgumentException(c.toString());
    }

    static String value(Object v) {
        if (v == null) {
            return "null";
        } else if (v instanceof Boolean || v instanceof Integer) {
            return v.toString();
        } else if (v instanceof Set<?> set) {
            return "[" + set.stream().map(Export::value).sorted().collect(Collectors.joining(", ")) + "]";
        }
        return q(v.toString());
    }

    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
