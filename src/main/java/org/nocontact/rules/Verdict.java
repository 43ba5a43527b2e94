package org.nocontact.rules;

import org.nocontact.json.Named;
import org.nocontact.rules.drafts.VerdictKind;

/** The five answers, most protective first: the declaration order is the order of caution. */
public enum Verdict implements Named, VerdictKind {
    SEEK_SUPPORT("Put your safety first"),
    DO_NOT_CONTACT("Don't contact them"),
    LOGISTICS_ONLY("Practical matters only"),
    RESPOND_BRIEFLY("Reply, briefly"),
    REACH_OUT("Reaching out is reasonable");

    private final String headline;

    Verdict(String headline) {
        this.headline = headline;
    }

    /** Whether the person may contact them at all; under the other verdicts a draft stays unsent. */
    @Override
    public boolean allowsContact() {
        return this != SEEK_SUPPORT && this != DO_NOT_CONTACT;
    }

    public String headline() {
        return headline;
    }

    @Override
    public String wireName() {
        return name();
    }
}
