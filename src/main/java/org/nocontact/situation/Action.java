package org.nocontact.situation;

import org.nocontact.json.Named;

public enum Action implements Named {
    TEXT, CALL, EMAIL, LETTER, GIFT, SOCIAL_POST, VISIT, REPLY;

    @Override
    public String wireName() {
        return Named.kebab(this);
    }
}
