package org.sitrep.knowledge;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorType;

/**
 * Reads CAMEO-style actor codes: a code is three-letter groups, the first usually a country ({@code SYR}) or an
 * international kind ({@code IGO}, {@code NGO}, {@code IMG}, {@code MNC}), the next ones sectors ({@code GOV},
 * {@code MIL}, ...). Which three-letter prefixes count as countries is given: ISO 3166 alpha-3 codes plus the
 * historical and local codes a dictionary declares (Soviet Union {@code SUN}, Kosovo {@code KSV}, ...).
 */
public final class CameoCodes {
    /** Sector groups that decide an organisation's type; the first one found in the code wins. */
    private static final Map<String, ActorType> SECTORS = Map.ofEntries(
            Map.entry("IGO", ActorType.IGO), Map.entry("NGO", ActorType.NGO), Map.entry("IMG", ActorType.REBEL),
            Map.entry("MNC", ActorType.BUSINESS), Map.entry("GOV", ActorType.GOVERNMENT), Map.entry("MIL", ActorType.MILITARY),
            Map.entry("COP", ActorType.POLICE), Map.entry("REB", ActorType.REBEL), Map.entry("INS", ActorType.REBEL),
            Map.entry("PTY", ActorType.PARTY), Map.entry("OPP", ActorType.PARTY), Map.entry("MED", ActorType.MEDIA),
            Map.entry("BUS", ActorType.BUSINESS));

    private final Set<String> countries;

    /** Countries: the ISO 3166 alpha-3 codes the JDK knows plus {@code extraCountries}. */
    public CameoCodes(Collection<String> extraCountries) {
        Set<String> all = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        all.addAll(extraCountries);
        this.countries = Set.copyOf(all);
    }

    /** True when {@code code} is exactly a country code ({@code IRQ}, not {@code IRQGOV}). */
    public boolean isCountry(String code) {
        return code != null && code.length() == 3 && countries.contains(code);
    }

    /** The country of a code: its first three letters when they are a country code ({@code SYRGOV} → SYR). */
    public Optional<String> country(String code) {
        return code != null && code.length() >= 3 && countries.contains(code.substring(0, 3)) ? Optional.of(code.substring(0, 3)) : Optional.empty();
    }

    /**
     * The organisation type a code names: the first of its three-letter groups that is a known sector or kind
     * ({@code IGOUNOMED} → IGO, {@code SDNGOVPTY} → GOVERNMENT, {@code SYROPPHRI} → PARTY, {@code IMGMUSISI} → REBEL);
     * {@code ORGANIZATION} when none is.
     */
    public static ActorType organisationType(String code) {
        if (code == null) {
            return ActorType.ORGANIZATION;
        }
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            ActorType t = SECTORS.get(code.substring(i, i + 3));
            if (t != null) {
                return t;
            }
        }
        return ActorType.ORGANIZATION;
    }

    /** True when one of the code's three-letter groups is {@code group} ({@code AFGELI} has ELI). */
    public static boolean hasGroup(String code, String group) {
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            if (code.startsWith(group, i)) {
                return true;
            }
        }
        return false;
    }
}
