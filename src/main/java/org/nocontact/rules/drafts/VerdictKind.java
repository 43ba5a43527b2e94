package org.nocontact.rules.drafts;

/**
 * A verdict as the draft rules see it: its name in a draft rules file, and whether a draft may be
 * sent under it (then the draft is read) or stays unsent. The rule model's verdicts implement it,
 * so that draft rules need nothing from the rule model and the packages form no cycle.
 */
public interface VerdictKind {
    /** The name written in a draft rules file's "verdicts", such as "REACH_OUT". */
    String name();

    boolean allowsContact();
}
