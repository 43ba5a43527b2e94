package org.nocontact.advice;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A country, by its ISO 3166 two-letter code ("GB"), for picking the help lines to show. */
public record Country(String code) {
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    public Country {
        if (!ISO_CODES.contains(code)) {
            throw new IllegalArgumentException("not an ISO country code: " + code);
        }
    }

    public static boolean isIsoCode(String code) {
        return ISO_CODES.contains(code);
    }

    /** "gb", "GB" and the everyday "UK" are all GB; anything else not in ISO 3166 is empty. */
    public static Optional<Country> ofCode(String text) {
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (code.equals("UK")) {
            code = "GB";
        }
        return ISO_CODES.contains(code) ? Optional.of(new Country(code)) : Optional.empty();
    }

    /** The region of a POSIX locale name: "en_GB.UTF-8" and "de_DE@euro" name GB and DE; "C" names none. */
    public static Optional<Country> ofLocale(String locale) {
        String name = locale.split("[.@]", 2)[0];
        int underscore = name.indexOf('_');
        if (underscore < 0) {
            return Optional.empty();
        }
        String region = name.substring(underscore + 1);
        return region.length() == 2 ? ofCode(region) : Optional.empty();
    }

    /** "Japan": for saying which country has no numbers listed. */
    public String englishName() {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
