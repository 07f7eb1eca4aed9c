package org.sitrep.resolve;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country an outlet publishes from, as far as its web address tells: a country-code top-level domain
 * ("bbc.co.uk" → GB, "smh.com.au" → AU). Generic domains (.com, .org) and country codes sold as generic names (.tv,
 * .io, .co, .me, .fm, .ly, .ai, ...) say nothing.
 */
final class OutletCountry {
    private static final Pattern HOST = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*://)?(?:www\\.)?([a-z0-9.-]+\\.[a-z]{2,})(?:[:/?#].*)?$");
    private static final Set<String> GENERIC = Set.of("tv", "io", "co", "me", "fm", "ly", "ai", "cc", "ws", "to", "am", "gg", "sh", "nu", "tk", "la");

    private OutletCountry() {}

    /** The ISO alpha-2 code of the outlet's country, or empty. */
    static Optional<String> of(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        Matcher m = HOST.matcher(address.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        String tld = host.substring(host.lastIndexOf('.') + 1);
        if (tld.length() != 2) {
            return Optional.empty();
        }
        if (GENERIC.contains(tld) && !host.matches(".*\\.(co|com|gov|org|net|ac|edu|nic)\\." + tld)) {
            return Optional.empty();
        }
        return Optional.of(tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT));
    }
}
