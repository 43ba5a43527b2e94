package org.nocontact.advice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.JsonTreeReader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * Help lines by country, read from nocontact/helplines.json: numbers checked against the services'
 * own pages, with the date they were checked. Numbers are data; this class only picks and phrases.
 */
public final class HelpLines {
    private static final String RESOURCE = "/nocontact/helplines.json";
    private static final int MAX_TEXT = 500;

    /** One listed country's lines, as the file gives them. */
    record Listed(String name, String emergency, String crisis, String domesticAbuse) {
    }

    private final String checked;
    private final Map<String, Listed> countries;
    private final String elsewhereCrisis;
    private final String elsewhereDomesticAbuse;

    HelpLines(String checked, Map<String, Listed> countries, String elsewhereCrisis, String elsewhereDomesticAbuse) {
        this.checked = checked;
        this.countries = Map.copyOf(countries);
        this.elsewhereCrisis = elsewhereCrisis;
        this.elsewhereDomesticAbuse = elsewhereDomesticAbuse;
    }

    private static final class BuiltIn {
        static final HelpLines LINES = load();
    }

    public static HelpLines builtIn() {
        return BuiltIn.LINES;
    }

    /** The help to show with a recommendation: for every safety verdict, none otherwise. */
    public Optional<Help> forRecommendation(Recommendation r, Optional<Country> country) {
        if (r.verdict() != Verdict.SEEK_SUPPORT) {
            return Optional.empty();
        }
        return Optional.of(forSafety(r.evaluation().facts().situation().safety(), country));
    }

    /**
     * The help that fits the concern: the emergency line where there is danger, a threat, a
     * protection order or thoughts of self-harm; the crisis line only for thoughts of self-harm (a
     * suicide line for anything else overreacts and puts people off); the domestic-abuse line for
     * danger, threats or a protection order; a therapist or counsellor, and no emergency box, for the
     * urge to follow or watch them.
     */
    public Help forSafety(Situation.Safety safety, Optional<Country> country) {
        Optional<Listed> listed = country.map(c -> countries.get(c.code()));
        Set<Help.Kind> kinds = EnumSet.noneOf(Help.Kind.class);
        if (safety.selfHarm() || safety.unsafe() || safety.threatened() || safety.protectionOrder()) {
            kinds.add(Help.Kind.EMERGENCY);
        }
        if (safety.selfHarm()) {
            kinds.add(Help.Kind.CRISIS);
        }
        if (safety.unsafe() || safety.threatened() || safety.protectionOrder()) {
            kinds.add(Help.Kind.DOMESTIC_ABUSE);
        }
        if (safety.urgeToMonitor()) {
            kinds.add(Help.Kind.COUNSELLING);
        }
        List<Help.Line> lines = new ArrayList<>();
        for (Help.Kind kind : kinds) {
            lines.add(new Help.Line(kind, phrase(kind, listed), brief(kind, listed)));
        }
        return new Help(country, listed.map(Listed::name), checked, lines, listedCodes());
    }

    /** The emergency line and the crisis line: for someone who left before saying they are safe. */
    public Help emergencyAndCrisis(Optional<Country> country) {
        return forSafety(new Situation.Safety(false, false, true, false, false), country);
    }

    /**
     * The crisis line alone, in brief ("Samaritans: 116 123 (free, 24/7)"): for grief, where no grief line is listed
     * and an emergency box would overreact.
     */
    public String crisisLine(Optional<Country> country) {
        return brief(Help.Kind.CRISIS, country.map(c -> countries.get(c.code())));
    }

    public List<String> listedCodes() {
        return new TreeMap<>(countries).keySet().stream().toList();
    }

    private String phrase(Help.Kind kind, Optional<Listed> listed) {
        return switch (kind) {
            case EMERGENCY -> "In danger now: call your local emergency number"
                    + listed.map(l -> ", " + l.emergency() + " in " + l.name()).orElse("") + ".";
            case CRISIS -> "Crisis line: " + listed.map(Listed::crisis).orElse(elsewhereCrisis) + ".";
            case DOMESTIC_ABUSE -> "Domestic abuse: " + listed.map(Listed::domesticAbuse).orElse(elsewhereDomesticAbuse) + ".";
            case COUNSELLING -> "Support: a therapist or counsellor can help with this; your doctor can point "
                    + "you to one.";
        };
    }

    private String brief(Help.Kind kind, Optional<Listed> listed) {
        return switch (kind) {
            case EMERGENCY -> listed.map(l -> "emergency " + l.emergency()).orElse("your local emergency number");
            case CRISIS -> listed.map(Listed::crisis).orElse(elsewhereCrisis);
            // "domestic abuse: Women's Aid, 1800 341 900", but never "domestic abuse a domestic-abuse helpline"
            case DOMESTIC_ABUSE -> listed.map(l -> "domestic abuse: " + l.domesticAbuse()).orElse(elsewhereDomesticAbuse);
            case COUNSELLING -> "a therapist or counsellor";
        };
    }

    static HelpLines load() {
        try (InputStream in = HelpLines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the help lines are missing from the jar: " + RESOURCE);
            }
            return parse(new JsonTreeReader(JsonTreeReader.Limits.RULES).read(in, "built-in helplines.json"),
                    "built-in helplines.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HelpLines parse(Json root, String source) {
        Fields file = Fields.of(root, "", source, List.of("checked", "note", "countries", "elsewhere"));
        String checked = file.requiredText("checked", MAX_TEXT, "when the numbers were checked");
        file.requiredText("note", MAX_TEXT, "how the numbers were checked");
        Map<String, Listed> countries = new TreeMap<>();
        Json listing = file.required("countries", "the numbers, by ISO country code");
        if (!(listing instanceof Json.Obj byCode)) {
            throw file.error("countries", "expected an object: ISO country code -> its numbers.");
        }
        for (Json.Member member : byCode.members().values()) {
            String path = "countries." + member.key();
            if (!Country.isIsoCode(member.key())) {
                throw InputException.at(source, path, member.keyPosition(), "not an ISO 3166 two-letter code such as GB.");
            }
            Fields c = Fields.of(member.value(), path, source, List.of("name", "emergency", "crisis", "domesticAbuse"));
            countries.put(member.key(), new Listed(c.requiredText("name", MAX_TEXT, "the country's name"),
                    c.requiredText("emergency", MAX_TEXT, "the emergency number"),
                    c.requiredText("crisis", MAX_TEXT, "the crisis line"),
                    c.requiredText("domesticAbuse", MAX_TEXT, "the domestic-abuse line")));
        }
        Fields elsewhere = file.requiredObject("elsewhere", List.of("crisis", "domesticAbuse"), "what to show for other countries");
        return new HelpLines(checked, countries, elsewhere.requiredText("crisis", MAX_TEXT, "the crisis line elsewhere"),
                elsewhere.requiredText("domesticAbuse", MAX_TEXT, "the domestic-abuse line elsewhere"));
    }
}
