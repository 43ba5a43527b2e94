package org.nocontact.cli;

import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.tracker.DaysAhead;
import org.nocontact.tracker.HardDays;
import org.nocontact.tracker.Kept;
import org.nocontact.tracker.KeptPlan;

/** Where the tracker's days ahead come from. */
final class TimelineAhead {
    private TimelineAhead() {
    }

    static DaysAhead choose(Advisor advisor, Kept kept, Optional<KeptPlan> plan) {
        return new HardDays(advisor, kept, plan);
    }
}
