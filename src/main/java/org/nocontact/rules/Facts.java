package org.nocontact.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nocontact.json.Named;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;

/**
 * The facts of one situation, computed once before the rules run. A fact the person did not give
 * (an emotion, the ex's message) is unknown, and every comparison on an unknown fact is false.
 */
public final class Facts {
    private final Situation situation;
    private final Object[] values = new Object[Fact.values().length];

    private Facts(Situation situation) {
        this.situation = situation;
    }

    public static Facts of(Situation s, int defaultNoContactDays) {
        return of(s, defaultNoContactDays, org.nocontact.rules.drafts.DraftRules.NONE);
    }

    /** The facts, with what the draft carries read by these draft rules. */
    public static Facts of(Situation s, int defaultNoContactDays, org.nocontact.rules.drafts.DraftRules drafts) {
        Facts facts = new Facts(s);
        LocalDate today = s.today();
        facts.put(Fact.TODAY, today);
        facts.put(Fact.BREAKUP_DATE, s.breakup().date());
        facts.put(Fact.BREAKUP_DAYS_AGO, daysBetween(s.breakup().date(), today));
        facts.put(Fact.BREAKUP_INITIATED_BY, s.breakup().initiatedBy().wireName());
        s.breakup().feelingsExpressed().ifPresent(v -> facts.put(Fact.BREAKUP_FEELINGS_EXPRESSED, v));
        facts.put(Fact.GOAL, s.goal().wireName());
        facts.putPeriod(s, defaultNoContactDays);
        facts.put(Fact.TIES, tieNames(s.ties()));
        facts.put(Fact.TIES_COUNT, s.ties().size());
        facts.put(Fact.EX_CONTACT_PRESENT, s.exContact().isPresent());
        s.exContact().ifPresent(ex -> {
            facts.put(Fact.EX_CONTACT_ABOUT, ex.about().wireName());
            facts.put(Fact.EX_CONTACT_DAYS_AGO, daysBetween(ex.date(), today));
        });
        s.emotions().anger().ifPresent(v -> facts.put(Fact.ANGER, v));
        s.emotions().sadness().ifPresent(v -> facts.put(Fact.SADNESS, v));
        s.emotions().confidence().ifPresent(v -> facts.put(Fact.CONFIDENCE, v));
        facts.put(Fact.UNSAFE, s.safety().unsafe());
        facts.put(Fact.THREATENED, s.safety().threatened());
        facts.put(Fact.SELF_HARM, s.safety().selfHarm());
        facts.put(Fact.URGE_TO_MONITOR, s.safety().urgeToMonitor());
        facts.put(Fact.PROTECTION_ORDER, s.safety().protectionOrder());
        facts.put(Fact.EX_ASKED_NO_CONTACT, s.boundaries().exAskedNoContact());
        facts.put(Fact.BLOCKED, s.boundaries().blocked());
        s.boundaries().exceptAbout().ifPresent(v -> facts.put(Fact.EXCEPT_ABOUT, new Words(v)));
        facts.put(Fact.UNANSWERED_MESSAGES, s.unansweredMessages());
        facts.put(Fact.PLAN_ACTION, s.plan().action().wireName());
        facts.put(Fact.PLAN_PURPOSE, s.plan().purpose().wireName());
        Optional<Occasion> occasion = effectiveOccasion(s.plan(), today);
        occasion.ifPresent(o -> facts.put(Fact.PLAN_OCCASION, o.wireName()));
        facts.put(Fact.PLAN_OCCASION_INFERRED, s.plan().occasion().isEmpty() && occasion.isPresent());
        facts.put(Fact.PLAN_MESSAGE_THREATENS, s.plan().message().map(drafts::threatens).orElse(false));
        return facts;
    }

    /**
     * The names of every set of ties, in the order the ties are declared, one per bit pattern of their
     * ordinals: made once, never changed, and shared by every rule set (evaluation runs millions of
     * times in a diff, so the names are not made again for each situation).
     */
    private static final java.util.List<Set<String>> TIE_NAMES = tieNameSets();

    private static java.util.List<Set<String>> tieNameSets() {
        org.nocontact.situation.Tie[] ties = org.nocontact.situation.Tie.values();
        java.util.List<Set<String>> sets = new java.util.ArrayList<>(1 << ties.length);
        for (int bits = 0; bits < 1 << ties.length; bits++) {
            Set<String> names = new java.util.LinkedHashSet<>();
            for (org.nocontact.situation.Tie tie : ties) {
                if ((bits & 1 << tie.ordinal()) != 0) {
                    names.add(tie.wireName());
                }
            }
            sets.add(java.util.Collections.unmodifiableSet(names));
        }
        return java.util.List.copyOf(sets);
    }

    /** The ties as names, in the order the ties are declared. */
    private static Set<String> tieNames(Set<org.nocontact.situation.Tie> ties) {
        int bits = 0;
        for (org.nocontact.situation.Tie tie : ties) {
            bits |= 1 << tie.ordinal();
        }
        return TIE_NAMES.get(bits);
    }

    /** The occasion the person named, or else the one today's date makes it. */
    public static Optional<Occasion> effectiveOccasion(Situation.Plan plan, LocalDate today) {
        if (plan.occasion().isPresent() || !plan.inferOccasion()) {
            return plan.occasion();
        }
        return inferredOccasion(today);
    }

    public static Optional<Occasion> inferredOccasion(LocalDate date) {
        // month and day as numbers: the look-again walk asks this of every day of a year, for every case
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        if (month == 2 && day == 14) {
            return Optional.of(Occasion.VALENTINES_DAY);
        }
        if (month == 12 && day >= 24 && day <= 26) {
            return Optional.of(Occasion.CHRISTMAS);
        }
        if (month == 12 && day == 31 || month == 1 && day == 1) {
            return Optional.of(Occasion.NEW_YEAR);
        }
        return Optional.empty();
    }

    /** Words the person gave, shown as they gave them (never read as a name). */
    record Words(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private void putPeriod(Situation s, int defaultDays) {
        LocalDate today = s.today();
        int days = s.noContact().flatMap(nc -> nc.days().isPresent()
                ? Optional.of(nc.days().getAsInt()) : Optional.empty()).orElse(defaultDays);
        LocalDate end = s.noContact().map(nc -> nc.since().plusDays(days)).orElse(today.plusDays(days));
        put(Fact.NO_CONTACT_STARTED, s.noContact().isPresent());
        s.noContact().ifPresent(nc -> put(Fact.NO_CONTACT_SINCE, nc.since()));
        put(Fact.NO_CONTACT_DAYS, days);
        put(Fact.NO_CONTACT_DAYS_HELD, s.noContact().map(nc -> daysBetween(nc.since(), today)).orElse(0));
        put(Fact.NO_CONTACT_DAY, s.noContact().map(nc -> daysBetween(nc.since(), today) + 1).orElse(0));
        put(Fact.NO_CONTACT_DAYS_LEFT, Math.max(0, daysBetween(today, end)));
        put(Fact.NO_CONTACT_COMPLETE, s.noContact().isPresent() && !today.isBefore(end));
        put(Fact.NO_CONTACT_END, end);
        put(Fact.NO_CONTACT_EXTENDED_END, today.plusDays(days));
        put(Fact.NO_CONTACT_END_OR_TOMORROW, end.isAfter(today) ? end : today.plusDays(1));
    }

    private static int daysBetween(LocalDate from, LocalDate to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, to));
    }

    private void put(Fact fact, Object value) {
        values[fact.ordinal()] = value;
    }

    public Situation situation() {
        return situation;
    }

    public Optional<Object> value(Fact fact) {
        return Optional.ofNullable(values[fact.ordinal()]);
    }

    /** The value, or null when unknown: for the condition nodes, which run in the hottest loop. */
    Object valueOrNull(Fact fact) {
        return values[fact.ordinal()];
    }

    public Optional<LocalDate> date(Fact fact) {
        return value(fact).filter(LocalDate.class::isInstance).map(LocalDate.class::cast);
    }

    public boolean isTrue(Fact fact) {
        return Boolean.TRUE.equals(values[fact.ordinal()]);
    }

    /** A fact as a person reads it, for reason texts: "Valentine's Day", "Saturday 20 February 2027", "12". */
    public String display(Fact fact) {
        Object value = values[fact.ordinal()];
        if (value == null) {
            return "unknown";
        }
        if (value instanceof Set<?> set) {
            return set.isEmpty() ? "none" : set.stream().map(v -> ReadableNames.forName(v.toString()))
                    .sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof String name) {
            return ReadableNames.forName(name);
        }
        if (value instanceof LocalDate date) {
            return DayWords.date(date);
        }
        return value.toString();
    }
}
