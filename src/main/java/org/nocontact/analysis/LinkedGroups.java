package org.nocontact.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.json.Named;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Tie;

/**
 * The solvers of the linked groups of facts other than the period ({@link PeriodSolver}): the ties
 * and their count, the ex's message and a reply, and the occasion with the date that makes it. Each
 * finds values inside a region's classes for its group, or shows there are none.
 */
final class LinkedGroups {
    /** The ex's message (none, or what it was about and how many days ago) and the person's action. */
    record Ex(Optional<ExContactAbout> about, long daysAgo, Action action) {
    }

    /**
     * Where the search for each occasion's first date starts: a fixed day, so that the witnesses
     * (shown by rules lint and rules diff, and written by --witnesses) are the same on every run and
     * machine rather than following the clock. Any day would do that is itself no occasion (mid-June
     * is none) and lies well inside the dates a situation may hold; the four years searched from it
     * meet every occasion a date can make, leap years included. Changing it would change the dates in
     * those witnesses.
     */
    private static final LocalDate ORDINARY_TODAY = LocalDate.of(2026, 6, 15);

    private final Space space;
    /** For each occasion a date can make (and "none"), the first such date from an ordinary day on. */
    private final Map<Optional<Occasion>, LocalDate> occasionDays = new LinkedHashMap<>();

    LinkedGroups(Space space) {
        this.space = space;
        for (int day = 0; day < 366 * 4; day++) {
            LocalDate date = ORDINARY_TODAY.plusDays(day);
            occasionDays.putIfAbsent(Facts.inferredOccasion(date), date);
        }
    }

    static List<Integer> occasionVariables(Space space) {
        return List.of(space.variable(Fact.PLAN_OCCASION), space.variable(Fact.PLAN_OCCASION_INFERRED));
    }

    static List<Integer> tieVariables(Space space) {
        List<Integer> result = new ArrayList<>();
        for (Tie tie : Tie.values()) {
            result.add(space.variable(tie));
        }
        result.add(space.variable(Fact.TIES_COUNT));
        return result;
    }

    /** Ties held by force, free ones added until the count lands in an allowed class. */
    Optional<Set<Tie>> ties(Region region) {
        Set<Tie> held = EnumSet.noneOf(Tie.class);
        List<Tie> free = new ArrayList<>();
        for (Tie tie : Tie.values()) {
            List<ValueClass> allowed = region.allowed(space.variable(tie));
            if (allowed.size() == 2) {
                free.add(tie);
            } else if (allowed.size() == 1 && Boolean.TRUE.equals(allowed.get(0).value())) {
                held.add(tie);
            } else if (allowed.isEmpty()) {
                return Optional.empty();
            }
        }
        for (int count = held.size(); count <= held.size() + free.size(); count++) {
            int c = count;
            if (region.allowed(space.variable(Fact.TIES_COUNT)).stream().anyMatch(k -> k.low() <= c && c <= k.high())) {
                held.addAll(free.subList(0, count - held.size()));
                return Optional.of(held);
            }
        }
        return Optional.empty();
    }

    /** Their request for no contact, and whether it left a matter open (a matter only with a request). */
    record Request(boolean asked, boolean matter) {
    }

    static List<Integer> requestVariables(Space space) {
        return List.of(space.variable(Fact.EX_ASKED_NO_CONTACT), space.variable(Fact.EXCEPT_ABOUT));
    }

    /** No matter left open (with or without a request), or a request that left one open. */
    Optional<Request> request(Region region) {
        List<ValueClass> asked = region.allowed(space.variable(Fact.EX_ASKED_NO_CONTACT));
        List<ValueClass> matter = region.allowed(space.variable(Fact.EXCEPT_ABOUT));
        boolean canAsk = asked.stream().anyMatch(c -> c.value().equals(true));
        if (matter.stream().anyMatch(ValueClass::isUnknown) && !asked.isEmpty()) {
            return Optional.of(new Request((Boolean) asked.get(0).value(), false));
        }
        if (matter.stream().anyMatch(c -> !c.isUnknown()) && canAsk) {
            return Optional.of(new Request(true, true));
        }
        return Optional.empty();
    }

    static List<Integer> exVariables(Space space) {
        return List.of(space.variable(Fact.EX_CONTACT_PRESENT), space.variable(Fact.EX_CONTACT_ABOUT),
                space.variable(Fact.EX_CONTACT_DAYS_AGO), space.variable(Fact.PLAN_ACTION));
    }

    /** No message from the ex (and then no reply), or one about something, some days ago. */
    Optional<Ex> ex(Region region) {
        List<ValueClass> present = region.allowed(space.variable(Fact.EX_CONTACT_PRESENT));
        List<ValueClass> about = region.allowed(space.variable(Fact.EX_CONTACT_ABOUT));
        List<ValueClass> daysAgo = region.allowed(space.variable(Fact.EX_CONTACT_DAYS_AGO));
        List<Action> actions = region.allowed(space.variable(Fact.PLAN_ACTION)).stream()
                .map(c -> name(Action.class, c)).toList();
        if (present.stream().anyMatch(c -> c.value().equals(false)) && about.stream().anyMatch(ValueClass::isUnknown)
                && daysAgo.stream().anyMatch(ValueClass::isUnknown)) {
            Optional<Action> action = actions.stream().filter(a -> a != Action.REPLY).findFirst();
            if (action.isPresent()) {
                return Optional.of(new Ex(Optional.empty(), 0, action.get()));
            }
        }
        Optional<ValueClass> subject = about.stream().filter(c -> !c.isUnknown()).findFirst();
        Optional<ValueClass> when = daysAgo.stream().filter(c -> !c.isUnknown()).findFirst();
        if (present.stream().anyMatch(c -> c.value().equals(true)) && subject.isPresent() && when.isPresent()
                && !actions.isEmpty()) {
            return Optional.of(new Ex(Optional.of(name(ExContactAbout.class, subject.get())), when.get().low(),
                    actions.get(0)));
        }
        return Optional.empty();
    }

    /** An occasion the person names (not inferred), none on an ordinary day, or one the date makes. */
    Optional<Map.Entry<Optional<Occasion>, LocalDate>> occasion(Region region) {
        List<ValueClass> occasions = region.allowed(space.variable(Fact.PLAN_OCCASION));
        List<ValueClass> inferred = region.allowed(space.variable(Fact.PLAN_OCCASION_INFERRED));
        boolean notInferred = inferred.stream().anyMatch(c -> c.value().equals(false));
        boolean isInferred = inferred.stream().anyMatch(c -> c.value().equals(true));
        for (ValueClass c : occasions) {
            if (c.isUnknown() && notInferred && occasionDays.containsKey(Optional.empty())) {
                return Optional.of(Map.entry(Optional.empty(), occasionDays.get(Optional.empty())));
            }
            if (!c.isUnknown() && notInferred) {
                return Optional.of(Map.entry(Optional.of(name(Occasion.class, c)), occasionDays.get(Optional.empty())));
            }
            Optional<Occasion> made = c.isUnknown() ? Optional.empty() : Optional.of(name(Occasion.class, c));
            if (isInferred && made.isPresent() && occasionDays.containsKey(made)) {
                return Optional.of(Map.entry(Optional.empty(), occasionDays.get(made)));
            }
        }
        return Optional.empty();
    }

    private static <E extends Enum<E> & Named> E name(Class<E> type, ValueClass c) {
        return Named.byName(type, String.valueOf(c.value())).orElseThrow();
    }
}
