package org.nocontact.rules.drafts;

import java.util.List;
import org.nocontact.json.Position;

/** A note about the whole draft when it has more words than its purpose needs. */
public record LengthLimit(String id, int maxWords, String text, String instead, List<String> sources,
                          Position position) {
    public LengthLimit {
        sources = List.copyOf(sources);
    }
}
