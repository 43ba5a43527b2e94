package org.nocontact.analysis;

import java.util.List;
import org.nocontact.rules.Fact;
import org.nocontact.situation.Tie;

/**
 * What values each fact can take in a valid situation, as the situation format
 * (docs/situation-format.md, enforced by SituationReader) and Facts allow them. These are limits
 * of the format, not of any rule set: the rules decide only where the classes are cut.
 */
public final class SituationModel {
    static final long MAX_WHOLE = Integer.MAX_VALUE;
    /** Dates are written with four-digit years, so no count of days can exceed this span. */
    static final java.time.LocalDate FIRST_DATE = java.time.LocalDate.of(0, 1, 1);
    static final java.time.LocalDate LAST_DATE = java.time.LocalDate.of(9999, 12, 31);
    static final long MAX_DAYS = java.time.temporal.ChronoUnit.DAYS.between(FIRST_DATE, LAST_DATE);
    static final int MAX_PERIOD_DAYS = 365;
    static final int MAX_FEELING = 10;

    /** Facts derived from the period's length, which depends on each rule set's default. */
    static final List<Fact> PER_RULE_SET = List.of(Fact.NO_CONTACT_DAYS, Fact.NO_CONTACT_DAYS_LEFT,
            Fact.NO_CONTACT_COMPLETE);

    private SituationModel() {
    }

    static boolean canBeUnknown(Fact fact) {
        return switch (fact) {
            case BREAKUP_FEELINGS_EXPRESSED, NO_CONTACT_SINCE, EX_CONTACT_ABOUT, EX_CONTACT_DAYS_AGO, ANGER, SADNESS,
                    CONFIDENCE, PLAN_OCCASION, EXCEPT_ABOUT -> true;
            default -> false;
        };
    }

    /** The lowest and highest value of a number fact. */
    public static long[] range(Fact fact) {
        return switch (fact) {
            case NO_CONTACT_DAYS -> new long[] {1, MAX_PERIOD_DAYS};
            case NO_CONTACT_DAYS_LEFT -> new long[] {0, MAX_PERIOD_DAYS};
            case TIES_COUNT -> new long[] {0, Tie.values().length};
            case ANGER, SADNESS, CONFIDENCE -> new long[] {0, MAX_FEELING};
            case UNANSWERED_MESSAGES -> new long[] {0, MAX_WHOLE};
            default -> new long[] {0, MAX_DAYS};
        };
    }
}
