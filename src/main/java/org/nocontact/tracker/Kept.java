package org.nocontact.tracker;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything the tracker keeps, as read in one transaction. */
public record Kept(List<Period> periods, List<Entry.Slip> slips, List<Entry.Urge> urges, List<Entry.Heard> heard,
                   List<Entry.Journal> journal, Optional<String> situation, ExDates exDates) {
    public Kept {
        periods = List.copyOf(periods);
        slips = List.copyOf(slips);
        urges = List.copyOf(urges);
        heard = List.copyOf(heard);
        journal = List.copyOf(journal);
    }

    static Optional<Period> latest(List<Period> periods) {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
    }

    /** The period begun last (running, complete, or ended). */
    public Optional<Period> period() {
        return latest(periods);
    }

    public boolean isEmpty() {
        return periods.isEmpty() && slips.isEmpty() && urges.isEmpty() && heard.isEmpty() && journal.isEmpty()
                && situation.isEmpty() && exDates.equals(ExDates.NONE);
    }

    /** Messages sent in slips since they last wrote: each counts toward chasing. */
    public int unansweredSlips() {
        Optional<LocalDate> lastHeard = lastHeard().map(Entry.Heard::on);
        return (int) slips.stream().filter(s -> s.kind() == Entry.SlipKind.MESSAGE)
                .filter(s -> lastHeard.isEmpty() || s.on().isAfter(lastHeard.get())).count();
    }

    public Optional<Entry.Heard> lastHeard() {
        return heard.stream().max(Comparator.comparing(Entry.Heard::on));
    }

    /** Urges logged in the 7 days ending on {@code today} ({@code weeksBack} 0), or the 7 before (1). */
    public long urgesInWeek(LocalDate today, int weeksBack) {
        LocalDate last = today.minusDays(7L * weeksBack);
        LocalDate first = last.minusDays(6);
        return urges.stream().map(u -> u.at().toLocalDate()).filter(d -> !d.isBefore(first) && !d.isAfter(last)).count();
    }

    public boolean slipOn(LocalDate date) {
        return slips.stream().anyMatch(s -> s.on().equals(date));
    }

    public boolean heldOn(LocalDate date, LocalDate today) {
        return !slipOn(date) && periods.stream().anyMatch(p -> p.held(date, today));
    }

    /** The whole history, newest first. */
    public List<Entry> history() {
        List<Entry> all = new ArrayList<>();
        for (Period p : periods) {
            all.add(new Entry.PeriodMark(p, true));
            if (p.endedOn().isPresent() && p.reason().orElse(null) == Period.EndReason.EARLY) {
                all.add(new Entry.PeriodMark(p, false));
            }
        }
        all.addAll(slips);
        all.addAll(urges);
        all.addAll(heard);
        all.addAll(journal);
        all.sort(Comparator.comparing(Entry::at, Comparator.<LocalDateTime>reverseOrder()));
        return all;
    }
}
