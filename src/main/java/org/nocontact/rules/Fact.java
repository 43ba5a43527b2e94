package org.nocontact.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nocontact.json.Named;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Tie;

/**
 * Everything a rule may ask about a situation: the file's own answers and facts derived from them
 * (days held, the period's end, the occasion inferred from the date). A closed set, so a rule
 * file can name facts but never reach anything else.
 */
public enum Fact {
    TODAY("today", FactType.DATE, null, "the date of the check"),
    BREAKUP_DATE("breakup.date", FactType.DATE, null, "the day of the breakup"),
    BREAKUP_DAYS_AGO("breakup.daysAgo", FactType.NUMBER, null, "days since the breakup"),
    BREAKUP_INITIATED_BY("breakup.initiatedBy", FactType.NAME, InitiatedBy.class, "who ended it"),
    BREAKUP_FEELINGS_EXPRESSED("breakup.feelingsExpressed", FactType.BOOLEAN, null,
            "whether the person has told the ex how they feel (unknown when not answered)"),
    GOAL("goal", FactType.NAME, Goal.class, "what the person wants"),
    NO_CONTACT_STARTED("noContact.started", FactType.BOOLEAN, null, "whether a no-contact period has begun"),
    NO_CONTACT_SINCE("noContact.since", FactType.DATE, null, "the day no contact began (unknown if not begun)"),
    NO_CONTACT_DAYS("noContact.days", FactType.NUMBER, null, "the period's length in days (the file's, else the rule set's default)"),
    NO_CONTACT_DAYS_HELD("noContact.daysHeld", FactType.NUMBER, null, "days of no contact so far (0 if not begun)"),
    NO_CONTACT_DAY("noContact.day", FactType.NUMBER, null,
            "which day of the period today is, counted from 1 (the day it began is day 1; 0 if not begun)"),
    NO_CONTACT_DAYS_LEFT("noContact.daysLeft", FactType.NUMBER, null, "days until the period is complete (0 when complete)"),
    NO_CONTACT_COMPLETE("noContact.complete", FactType.BOOLEAN, null, "whether the period has begun and is complete"),
    NO_CONTACT_END("noContact.end", FactType.DATE, null, "the day the running period is complete (from today if not begun)"),
    NO_CONTACT_EXTENDED_END("noContact.extendedEnd", FactType.DATE, null, "the end of a new period begun today"),
    NO_CONTACT_END_OR_TOMORROW("noContact.endOrTomorrow", FactType.DATE, null,
            "the period's end if it is still ahead, else tomorrow"),
    TIES("ties", FactType.NAMES, Tie.class, "the practical ties that remain"),
    TIES_COUNT("ties.count", FactType.NUMBER, null, "how many practical ties remain"),
    EX_CONTACT_PRESENT("exContact.present", FactType.BOOLEAN, null, "whether the ex wrote first"),
    EX_CONTACT_ABOUT("exContact.about", FactType.NAME, ExContactAbout.class, "what the ex's message was about"),
    EX_CONTACT_DAYS_AGO("exContact.daysAgo", FactType.NUMBER, null, "days since the ex's message"),
    ANGER("emotions.anger", FactType.NUMBER, null, "anger, 0 to 10 (unknown when not answered)"),
    SADNESS("emotions.sadness", FactType.NUMBER, null, "sadness, 0 to 10 (unknown when not answered)"),
    CONFIDENCE("emotions.confidence", FactType.NUMBER, null, "confidence, 0 to 10 (unknown when not answered)"),
    UNSAFE("safety.unsafe", FactType.BOOLEAN, null, "the person feels unsafe"),
    THREATENED("safety.threatened", FactType.BOOLEAN, null, "the person was threatened"),
    SELF_HARM("safety.selfHarm", FactType.BOOLEAN, null, "thoughts of self-harm"),
    URGE_TO_MONITOR("safety.urgeToMonitor", FactType.BOOLEAN, null, "an urge to watch, follow or check up on the ex"),
    PROTECTION_ORDER("safety.protectionOrder", FactType.BOOLEAN, null, "a protection order limits contact"),
    EX_ASKED_NO_CONTACT("boundaries.exAskedNoContact", FactType.BOOLEAN, null, "the ex asked for no contact"),
    BLOCKED("boundaries.blocked", FactType.BOOLEAN, null, "the ex blocked the person"),
    EXCEPT_ABOUT("boundaries.exceptAbout", FactType.TEXT, null,
            "the one matter the ex's request for no contact left open, in the person's words (unknown when none)"),
    UNANSWERED_MESSAGES("history.unansweredMessages", FactType.NUMBER, null, "messages already sent and not answered"),
    PLAN_ACTION("plan.action", FactType.NAME, Action.class, "what the person means to do"),
    PLAN_PURPOSE("plan.purpose", FactType.NAME, Purpose.class, "why"),
    PLAN_OCCASION("plan.occasion", FactType.NAME, Occasion.class, "the occasion, as given or inferred from the date"),
    PLAN_OCCASION_INFERRED("plan.occasionInferred", FactType.BOOLEAN, null, "whether the occasion was inferred from the date"),
    PLAN_MESSAGE_THREATENS("plan.messageThreatens", FactType.BOOLEAN, null,
            "whether the draft threatens to turn up, wait for them or find them (a draft rule marked \"threat\" finds a line)");

    private static final Map<String, Fact> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Fact::factName, Function.identity()));

    private final String factName;
    private final FactType type;
    private final Class<? extends Enum<?>> names;
    private final String meaning;

    <E extends Enum<E> & Named> Fact(String factName, FactType type, Class<E> names, String meaning) {
        this.factName = factName;
        this.type = type;
        this.names = names;
        this.meaning = meaning;
    }

    public String factName() {
        return factName;
    }

    public FactType type() {
        return type;
    }

    public String meaning() {
        return meaning;
    }

    /** The names this fact can hold, for NAME and NAMES facts; empty otherwise. */
    public List<String> allowedNames() {
        if (names == null) {
            return List.of();
        }
        return Arrays.stream(names.getEnumConstants()).map(value -> ((Named) value).wireName()).toList();
    }

    public static Optional<Fact> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<String> allNames() {
        return Arrays.stream(values()).map(Fact::factName).toList();
    }
}
