package org.nocontact.interview;

import java.util.Optional;
import org.nocontact.BuiltIn;
import org.nocontact.situation.Situation;

/** An interview on the shipped rules (standard profile) on {@link InterviewTest#TODAY}, answered by a script. */
final class OnTheShippedRules {
    static final BuiltIn BUILT_IN = BuiltIn.load();

    private OnTheShippedRules() {
    }

    static Optional<Situation> interview(ByQuestion script) {
        return new Interview(BUILT_IN.standard(), InterviewTest.TODAY, script).run();
    }
}
