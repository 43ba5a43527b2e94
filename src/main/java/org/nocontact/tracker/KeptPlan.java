package org.nocontact.tracker;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.OptionalInt;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;

/**
 * The person's kept answers, brought to a given day with what the tracker knows: the period as it
 * stands (a slip restarts it), the messages sent in slips still unanswered (they count toward
 * chasing), their last message, and the ex's dates (their birthday or the anniversary is that
 * day's occasion). Every other answer stays as the person gave it.
 */
public final class KeptPlan {
    private final Situation kept;
    private final Kept tracker;

    private KeptPlan(Situation kept, Kept tracker) {
        this.kept = kept;
        this.tracker = tracker;
    }

    /** The kept plan, when the person kept their answers. */
    public static Optional<KeptPlan> of(Kept tracker, LocalDate today) {
        return tracker.situation().map(json -> new KeptPlan(
                new SituationReader(today).read(json.getBytes(StandardCharsets.UTF_8), "the kept answers"), tracker));
    }

    public Situation kept() {
        return kept;
    }

    /** The situation on {@code day}, as the tracker stands (slips and messages up to that day). */
    public Situation on(LocalDate day) {
        Situation s = kept.withToday(day);
        s = s.withNoContact(noContactOn(day));
        int unanswered = kept.unansweredMessages() + (int) tracker.slips().stream()
                .filter(slip -> slip.kind() == Entry.SlipKind.MESSAGE && !slip.on().isAfter(day))
                .filter(slip -> tracker.lastHeard().map(h -> slip.on().isAfter(h.on())).orElse(true))
                .count();
        s = s.withUnansweredMessages(unanswered);
        Optional<Entry.Heard> heard = tracker.heard().stream().filter(h -> !h.on().isAfter(day))
                .max(java.util.Comparator.comparing(Entry.Heard::on));
        if (heard.isPresent()) {
            s = s.withExContact(Optional.of(new Situation.ExContact(heard.get().on(), heard.get().about())));
        }
        Situation.Plan plan = s.plan();
        Optional<Occasion> theirs = occasionOn(day, tracker.exDates());
        return s.withPlan(new Situation.Plan(plan.action(), plan.purpose(), theirs, theirs.isEmpty(), plan.message()));
    }

    /** The ex's birthday or the anniversary, when {@code day} is one (the birthday first). */
    static Optional<Occasion> occasionOn(LocalDate day, ExDates dates) {
        MonthDay md = MonthDay.from(day);
        if (dates.birthday().filter(md::equals).isPresent()) {
            return Optional.of(Occasion.BIRTHDAY);
        }
        if (dates.anniversary().filter(md::equals).isPresent()) {
            return Optional.of(Occasion.ANNIVERSARY);
        }
        return Optional.empty();
    }

    /** The period under way on {@code day}; none when it ended early, or begins only after a slip today. */
    private Optional<Situation.NoContact> noContactOn(LocalDate day) {
        if (tracker.periods().isEmpty()) {
            return kept.noContact();
        }
        Optional<Period> latest = tracker.periods().stream().filter(p -> !p.since().isAfter(day))
                .reduce((a, b) -> b);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Period p = latest.get();
        if (p.endedOn().isPresent() && !p.endedOn().get().isAfter(day)) {
            return Optional.empty();
        }
        LocalDate since = p.since().isBefore(kept.breakup().date()) ? kept.breakup().date() : p.since();
        return Optional.of(new Situation.NoContact(since, OptionalInt.of(p.days())));
    }
}
