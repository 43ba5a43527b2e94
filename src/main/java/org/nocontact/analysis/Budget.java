package org.nocontact.analysis;

/**
 * How much work explorations may do: condition nodes evaluated on regions. Shared by several
 * explorations (one lint run), so that no rule set can make the tools run for long; when it is
 * spent, what is left is reported as not covered.
 */
public final class Budget {
    /** About a few seconds of work on this project's 2-core machine. */
    public static final long DEFAULT_WORK = 100_000_000;

    private long remaining;

    private Budget(long work) {
        this.remaining = work;
    }

    public static Budget of(long work) {
        return new Budget(work);
    }

    public static Budget standard() {
        return of(DEFAULT_WORK);
    }

    /** Takes some work from the budget; false once it is spent. */
    synchronized boolean spend(long work) {
        if (remaining < work) {
            remaining = 0;
            return false;
        }
        remaining -= work;
        return true;
    }

    public synchronized boolean spent() {
        return remaining <= 0;
    }
}
