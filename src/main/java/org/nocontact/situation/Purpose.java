package org.nocontact.situation;

import org.nocontact.json.Named;

public enum Purpose implements Named {
    LOGISTICS, FEELINGS, RECONCILE, GREETING, APOLOGY, CHECK_IN;

    @Override
    public String wireName() {
        return Named.kebab(this);
    }
}
