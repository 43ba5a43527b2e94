package org.nocontact.cli;

import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.tracker.DaysAhead;
import org.nocontact.tracker.HardDays;
import org.nocontact.tracker.Kept;
import org.nocontact.tracker.KeptPlan;
import org.nocontact.tracker.ProjectedDays;

/** Where the tracker's days ahead come from. */
final class TimelineAhead {
    private TimelineAhead() {
    }

    /**
     * The engine's projection for the kept plan; without kept answers, the hard days by their dates
     * alone (no verdict).
     */
    static DaysAhead choose(Advisor advisor, Kept kept, Optional<KeptPlan> plan) {
        return plan.<DaysAhead>map(p -> new ProjectedDays(advisor, p, kept.exDates()))
                .orElseGet(() -> new HardDays(kept));
    }
}
