package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores actor resolution on the PLOVER gold records: for each gold source and target that has a code, is there a
 * Sitrep event participant at the gold actor's words, and does its country (and role) agree with the gold code?
 *
 * <p>Matching: a participant matches when its span overlaps the first occurrence of the gold actor's words in the
 * sentence (case and spacing ignored) or when one of its actor's aliases is those words. Participants of events of the
 * gold type come first, then those on the same side (source for a gold source), then the rest in order.
 *
 * <p>Country: the gold code's first three letters when they are an ISO 3166 alpha-3 code, compared with the
 * participant's country; {@code IGO}, {@code NGO}, {@code IMG} and {@code MNC} compare with the start of the actor's
 * code; other gold codes ({@code JAP}, {@code ---}) are not compared. Role: the gold sector's first three letters
 * (or the code's letters 4–6), compared with letters 4–6 of the actor's code; it agrees only where the country agrees too.
 */
public final class ActorScorer {
    /** Gold codes that name a kind of international actor rather than a country. */
    private static final Set<String> KINDS = Set.of("IGO", "NGO", "IMG", "MNC");
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    /** Which side of the event a gold actor or a participant is on. */
    public enum Side { SOURCE, TARGET }

    /**
     * A Sitrep event participant as the scorer sees it.
     *
     * @param start     span start in the analysed text
     * @param end       span end
     * @param eventType the PLOVER type of its event
     * @param side      source or target
     * @param actor     resolved actor id, or null
     * @param country   alpha-3 country, or null
     * @param code      the actor's CAMEO-style code, or null
     * @param aliases   the actor's surface forms in the article
     */
    public record Participant(int start, int end, String eventType, Side side, String actor, String country, String code, List<String> aliases) {
        public Participant {
            aliases = List.copyOf(aliases);
        }
    }

    /** Counts for one side (or both). */
    public static final class Tally {
        int gold;
        int matched;
        int countryCompared;
        int countryAgreed;
        int roleCompared;
        int roleAgreed;

        void add(Tally o) {
            gold += o.gold;
            matched += o.matched;
            countryCompared += o.countryCompared;
            countryAgreed += o.countryAgreed;
            roleCompared += o.roleCompared;
            roleAgreed += o.roleAgreed;
        }

        /** Gold participants with a code. */
        public int gold() {
            return gold;
        }

        /** Those with a matching participant. */
        public int matched() {
            return matched;
        }

        /** Matched ones whose gold code is comparable. */
        public int countryCompared() {
            return countryCompared;
        }

        public int countryAgreed() {
            return countryAgreed;
        }

        /** Matched, comparable ones with a gold role. */
        public int roleCompared() {
            return roleCompared;
        }

        /** Of those, country and role both agree. */
        public int roleAgreed() {
            return roleAgreed;
        }

        public double coverage() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double countryAgreement() {
            return countryCompared == 0 ? 0 : (double) countryAgreed / countryCompared;
        }

        public double roleAgreement() {
            return roleCompared == 0 ? 0 : (double) roleAgreed / roleCompared;
        }
    }

    /** How one gold participant fared: the reason (a short category) and a line naming the record and both sides. */
    public record Miss(String reason, String detail) {}

    private final Map<Side, Tally> tallies = new EnumMap<>(Side.class);
    private final Map<String, Integer> reasons = new LinkedHashMap<>();
    private final List<Miss> misses = new ArrayList<>();

    public ActorScorer() {
        for (Side s : Side.values()) {
            tallies.put(s, new Tally());
        }
    }

    /** Scores one record against the participants of the events coded in {@code text} (the analysed sentence). */
    public void add(PloverRecord gold, String text, List<Participant> participants) {
        score(gold, Side.SOURCE, gold.sourceActors(), text, participants);
        score(gold, Side.TARGET, gold.targetActors(), text, participants);
    }

    /**
     * Scores one record for a system that gives every participant one country (null: none) and no role, such as the
     * first-country baseline.
     */
    public void addUniform(PloverRecord gold, String country) {
        for (Side side : Side.values()) {
            for (PloverActor a : side == Side.SOURCE ? gold.sourceActors() : gold.targetActors()) {
                if (a.code().isBlank()) {
                    continue;
                }
                Participant p = country == null ? null : new Participant(0, 0, gold.type(), side, null, country, null, List.of());
                judge(gold, side, a, p);
                if (p == null) {
                    note("no country", gold, side, a, null);
                }
            }
        }
    }

    private void score(PloverRecord gold, Side side, List<PloverActor> actors, String text, List<Participant> participants) {
        for (PloverActor a : actors) {
            if (a.code().isBlank()) {
                continue;
            }
            Participant p = match(gold.type(), side, a.text(), text, participants).orElse(null);
            judge(gold, side, a, p);
            if (p == null) {
                note(participants.isEmpty() ? "no event coded in the sentence"
                        : find(text, a.text()) == null ? "gold words not in the analysed text" : "no participant at the gold words", gold, side, a, null);
            }
        }
    }

    private void judge(PloverRecord gold, Side side, PloverActor a, Participant p) {
        Tally t = tallies.get(side);
        t.gold++;
        if (p == null) {
            return;
        }
        t.matched++;
        String goldCountry = a.code().length() >= 3 ? a.code().substring(0, 3).toUpperCase(Locale.ROOT) : a.code();
        boolean kind = KINDS.contains(goldCountry);
        if (!kind && !COUNTRIES.contains(goldCountry)) {
            note("gold code is not a country code", gold, side, a, p);
            return;
        }
        t.countryCompared++;
        boolean countryAgrees = kind ? p.code() != null && p.code().startsWith(goldCountry) : goldCountry.equals(p.country());
        if (countryAgrees) {
            t.countryAgreed++;
        } else if (kind) {
            note("gold " + goldCountry + ", participant " + (p.code() == null ? "has no code" : "code is " + prefix(p.code())), gold, side, a, p);
        } else if (p.country() == null) {
            note("participant has no country", gold, side, a, p);
        } else {
            note("participant in another country", gold, side, a, p);
        }
        String goldRole = goldRole(a);
        if (goldRole == null) {
            return;
        }
        t.roleCompared++;
        String role = p.code() != null && p.code().length() >= 6 ? p.code().substring(3, 6) : null;
        if (countryAgrees && goldRole.equals(role)) {
            t.roleAgreed++;
        } else if (countryAgrees) {
            note(role == null ? "country right, participant code has no role" : "country right, another role", gold, side, a, p);
        }
    }

    private static String prefix(String code) {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }

    /** The gold role: the sector's first three letters, else letters 4–6 of the code; null when neither ("***" is none). */
    static String goldRole(PloverActor a) {
        String sector = a.sector().strip();
        if (sector.length() >= 3 && Character.isLetter(sector.charAt(0))) {
            return sector.substring(0, 3).toUpperCase(Locale.ROOT);
        }
        return a.code().length() >= 6 ? a.code().substring(3, 6).toUpperCase(Locale.ROOT) : null;
    }

    /** The participant at the gold actor's words, preferring the gold event type, then the same side. */
    static Optional<Participant> match(String goldType, Side side, String actorText, String text, List<Participant> participants) {
        int[] at = find(text, actorText);
        String wanted = normalise(actorText);
        return participants.stream()
                .filter(p -> (at != null && p.start() < at[1] && at[0] < p.end())
                        || (!wanted.isEmpty() && p.aliases().stream().anyMatch(x -> normalise(x).equals(wanted))))
                .min(Comparator.comparingInt((Participant p) -> p.eventType().equals(goldType) ? 0 : 1)
                        .thenComparingInt(p -> p.side() == side ? 0 : 1));
    }

    /**
     * The first occurrence of {@code words} in {@code text}: case, runs of spaces, hyphen for space and the apostrophe's
     * form ignored; "..." in the gold words skips text ("Sierra Leonean ... refugees"). Null when absent.
     */
    static int[] find(String text, String words) {
        int from = 0;
        int start = -1;
        for (String fragment : words.strip().split("\\s*(?:\\.{2,}|…)\\s*")) {
            String[] parts = fragment.strip().split("[\\s\\-]+");
            if (parts.length == 0 || parts[0].isEmpty()) {
                continue;
            }
            StringBuilder re = new StringBuilder();
            for (String part : parts) {
                re.append(re.length() == 0 ? "" : "[\\s\\-]+").append(Pattern.quote(part).replaceAll("['’]", "\\\\E['’]\\\\Q"));
            }
            Matcher m = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            if (!m.find(from)) {
                return null;
            }
            if (start < 0) {
                start = m.start();
            }
            from = m.end();
        }
        return start < 0 ? null : new int[] {start, from};
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private void note(String reason, PloverRecord gold, Side side, PloverActor a, Participant p) {
        reasons.merge(reason, 1, Integer::sum);
        String sitrep = p == null ? "none" : String.format(Locale.ROOT, "%s %s code %s", p.actor(), p.country(), p.code());
        misses.add(new Miss(reason, String.format(Locale.ROOT, "%s %s '%s' gold %s/%s, sitrep %s", gold.id(), side.name().toLowerCase(Locale.ROOT),
                a.text(), a.code(), a.sector(), sitrep)));
    }

    public Tally tally(Side side) {
        return tallies.get(side);
    }

    /** Sources and targets together. */
    public Tally both() {
        Tally all = new Tally();
        tallies.values().forEach(all::add);
        return all;
    }

    /** Mismatch reasons, most frequent first. */
    public List<Map.Entry<String, Integer>> reasons() {
        return reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
    }

    /** Every mismatch, in order. */
    public List<Miss> misses() {
        return List.copyOf(misses);
    }
}
