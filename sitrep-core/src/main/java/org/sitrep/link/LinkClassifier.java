package org.sitrep.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.LinkType;

/**
 * Decides how a later claim relates to an earlier one from what both say and involve: the cosine of their content
 * embeddings, raised by the actors, places and event types they share, says whether they are about the same
 * proposition; stance opposition (a denial or refutation against an assertion) makes a same-proposition pair
 * <em>contradicts</em>; two assertions that credit different people with the same act contradict too (they compete);
 * so do two that name the same outcome definitely ("the calm", "the truce": {@link Outcomes}) and credit different people;
 * otherwise the later one <em>supports</em> the earlier, or <em>elaborates</em> it when it adds specifics (numbers,
 * names, dates) the earlier one lacks. Every link carries the evidence it rests on.
 */
public final class LinkClassifier {
    /** Topical similarity a denial needs to contradict an assertion outright. */
    static final double CONTRADICTS = 0.75;
    /** Topical similarity enough for a denial that shares a person, organisation, name or place below country level with the assertion. */
    static final double CONTRADICTS_ANCHORED = 0.66;
    /** Topical similarity two claims of the same polarity need to be the same proposition. */
    static final double SAME = 0.75;
    /** Topical similarity two anchored claims need for disagreeing numbers to contradict. */
    static final double NUMBERS_DISAGREE = 0.65;
    /** Words before a number that make it a bound, which a larger exact figure elaborates rather than contradicts. */
    private static final java.util.regex.Pattern BOUND = java.util.regex.Pattern.compile(
            "\\b(at least|more than|over|nearly|almost|about|around|some|up to|dozens|hundreds|thousands)\\s+(\\p{N}|\\p{L}+\\s)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** New names an elaboration without a new number must add. */
    static final int NEW_NAMES = 2;
    /** Embedding cosine two assertions crediting different people need to compete. */
    static final double COMPETES = 0.55;
    /** Embedding cosine an assertion worded as a correction ({@link Contrast}) needs to compete with an earlier one. */
    static final double CORRECTION = 0.55;
    /** What each shared person, organisation or unresolved name adds to the cosine (at most two count); countries and places add nothing. */
    static final double SHARED_BONUS = 0.03;
    /** The cosine a pair sharing no person, organisation, name or local place needs before the learned model is asked. */
    static final double MODEL_UNANCHORED = 0.5;
    /** What an event shared with the same source and target adds to the cosine. */
    static final double EVENT_BONUS = 0.05;

    private static final boolean DEBUG = Boolean.getBoolean("sitrep.link.debug");

    private LinkClassifier() {}

    /** How similar two claims' propositions are: the cosine raised by what they share. */
    public static double topical(ClaimFeatures later, ClaimFeatures earlier) {
        double cos = Embeddings.cosine(later.vector(), earlier.vector());
        long agents = shared(later.involves(), earlier.involves()).stream().filter(LinkClassifier::isAgent).count();
        boolean sameEvent = shared(later.events(), earlier.events()).stream().anyMatch(e -> e.contains(">"));
        return cos + SHARED_BONUS * Math.min(2, agents) + (sameEvent ? EVENT_BONUS : 0);
    }

    /** A person, organisation, group, unresolved name or place below country level: not a country, which too many claims share. */
    static boolean isAgent(String involved) {
        return !involved.startsWith("country:") && !involved.startsWith("agent:") && !involved.startsWith(ClaimFeatures.BROAD_PLACE);
    }

    /**
     * The link from {@code later} to {@code earlier}, if any: the rules' when they make one (their signals are precise),
     * else the bundled {@link LinkModel}'s.
     */
    public static Optional<ClaimLink> classify(ClaimFeatures later, ClaimFeatures earlier) {
        if (later.article().equals(earlier.article()) && sameSource(later, earlier)) {
            return Optional.empty();
        }
        Optional<ClaimLink> rules = byRules(later, earlier);
        LinkModel model = LinkModel.bundled();
        return rules.isPresent() || model == null ? rules : learned(model, later, earlier);
    }

    /**
     * The link the learned model makes where the rules make none, with the rules' signals that fired as its evidence; a
     * contradiction it finds must rest on one of them.
     */
    static Optional<ClaimLink> learned(LinkModel model, ClaimFeatures later, ClaimFeatures earlier) {
        double cosine = Embeddings.cosine(later.vector(), earlier.vector());
        boolean anchored = shared(later.involves(), earlier.involves()).stream().anyMatch(LinkClassifier::isAgent);
        if (!anchored && cosine < MODEL_UNANCHORED) {
            return Optional.empty(); // two claims that share no person, group or place and read differently are not one proposition
        }
        double[] x = PairFeatures.of(later, earlier);
        Optional<LinkModel.Decision> d = model.decide(x);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>();
        evidence.add(String.format(Locale.ROOT, "model: %s %.2f", d.get().type().name().toLowerCase(Locale.ROOT), d.get().probability()));
        int signals = evidence.size();
        if (later.answers() != earlier.answers()) {
            evidence.add(stance(later) + " vs " + stance(earlier));
        }
        boolean outcome = !shared(later.outcomes(), earlier.outcomes()).isEmpty();
        rivals(later, earlier, outcome).ifPresent(r -> evidence.add("different actors credited: " + r));
        if (disagree(later, earlier)) {
            evidence.add("numbers disagree: " + numbers(later) + " vs " + numbers(earlier));
        }
        if (Contrast.marks(later.content()) && !Contrast.marks(earlier.content())) {
            evidence.add("worded as a correction");
        }
        if (d.get().type() == LinkType.CONTRADICTS && evidence.size() == signals) {
            return Optional.empty(); // a contradiction needs something that opposes: stances, rival credit, numbers, a correction
        }
        Set<String> added = added(later, earlier);
        if (d.get().type() == LinkType.ELABORATES && !added.isEmpty()) {
            evidence.add("adds: " + String.join(", ", added));
        }
        common(evidence, Embeddings.cosine(later.vector(), earlier.vector()), shared(later.involves(), earlier.involves()),
                shared(later.events(), earlier.events()));
        return Optional.of(link(later, earlier, d.get().type(), d.get().probability(), evidence));
    }

    /** The hand-set decision, when no model is bundled. */
    static Optional<ClaimLink> byRules(ClaimFeatures later, ClaimFeatures earlier) {
        if (later.article().equals(earlier.article()) && sameSource(later, earlier)) {
            return Optional.empty();
        }
        double cos = Embeddings.cosine(later.vector(), earlier.vector());
        Set<String> actors = shared(later.involves(), earlier.involves());
        Set<String> events = shared(later.events(), earlier.events());
        double topical = topical(later, earlier);
        if (DEBUG) {
            System.err.printf(Locale.ROOT, "classify\t%s\t%s\t%.3f\t%.3f\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", later.id(), earlier.id(), cos, topical,
                    later.stance(), earlier.stance(), shared(later.involves(), earlier.involves()), shared(later.events(), earlier.events()),
                    rivals(later, earlier, !shared(later.outcomes(), earlier.outcomes()).isEmpty()).orElse("-"), added(later, earlier), shared(later.outcomes(), earlier.outcomes()));
        }
        List<String> evidence = new ArrayList<>();
        boolean opposed = later.answers() != earlier.answers();
        if (opposed) {
            boolean anchored = actors.stream().anyMatch(LinkClassifier::isAgent);
            if (topical < CONTRADICTS && !(anchored && topical >= CONTRADICTS_ANCHORED)) {
                return Optional.empty();
            }
            evidence.add(stance(later) + " vs " + stance(earlier));
            common(evidence, cos, actors, events);
            return Optional.of(link(later, earlier, LinkType.CONTRADICTS, topical, evidence));
        }
        if (cos >= CORRECTION && !later.answers() && !earlier.answers() && Contrast.marks(later.content()) && !Contrast.marks(earlier.content())) {
            evidence.add("worded as a correction: '" + later.content() + "'");
            common(evidence, cos, actors, events);
            return Optional.of(link(later, earlier, LinkType.CONTRADICTS, Math.max(topical, COMPETES), evidence));
        }
        Set<String> outcomes = shared(later.outcomes(), earlier.outcomes());
        if ((cos >= COMPETES || !outcomes.isEmpty()) && !later.answers() && !earlier.answers()) {
            Optional<String> rivals = rivals(later, earlier, !outcomes.isEmpty());
            if (rivals.isPresent()) {
                evidence.add("different actors credited: " + rivals.get());
                if (!outcomes.isEmpty()) {
                    evidence.add("same outcome: " + String.join(", ", outcomes));
                }
                common(evidence, cos, actors, events);
                return Optional.of(link(later, earlier, LinkType.CONTRADICTS, Math.max(topical, COMPETES), evidence));
            }
        }
        boolean anchored = actors.stream().anyMatch(LinkClassifier::isAgent);
        Set<String> added = added(later, earlier);
        boolean number = added.stream().anyMatch(LinkClassifier::isNumber);
        boolean adds = number || added.size() >= NEW_NAMES && later.content().length() > earlier.content().length();
        if (anchored && topical >= NUMBERS_DISAGREE && !later.answers() && disagree(later, earlier)) {
            evidence.add("numbers disagree: " + numbers(later) + " vs " + numbers(earlier));
            common(evidence, cos, actors, events);
            return Optional.of(link(later, earlier, LinkType.CONTRADICTS, topical, evidence));
        }
        if (topical >= SAME) {
            common(evidence, cos, actors, events);
            if (adds && !later.answers()) {
                evidence.add("adds: " + String.join(", ", added));
                return Optional.of(link(later, earlier, LinkType.ELABORATES, topical, evidence));
            }
            return Optional.of(link(later, earlier, LinkType.SUPPORTS, topical, evidence));
        }
        return Optional.empty();
    }

    /**
     * Two assertions crediting different actors with one act: each reports an event of one type with a source the other's
     * events of that type lack; or, when both name the same outcome definitely ({@code sameOutcome}), each names a person
     * the other does not and they share none (places and countries do not count: two claims about one truce may name
     * different places).
     */
    static Optional<String> rivals(ClaimFeatures a, ClaimFeatures b, boolean sameOutcome) {
        for (String e : a.events()) {
            int by = e.indexOf(" by:");
            if (by < 0) {
                continue;
            }
            String type = e.substring(0, by + 4);
            Set<String> other = new TreeSet<>();
            b.events().stream().filter(x -> x.startsWith(type)).forEach(x -> other.add(x.substring(type.length())));
            Set<String> mine = new TreeSet<>();
            a.events().stream().filter(x -> x.startsWith(type)).forEach(x -> mine.add(x.substring(type.length())));
            if (!other.isEmpty() && shared(mine, other).isEmpty()) {
                return Optional.of(String.join("+", mine) + " vs " + String.join("+", other) + " as source of " + e.substring(0, by));
            }
        }
        if (!sameOutcome) {
            return Optional.empty();
        }
        Set<String> pa = people(a.involves());
        Set<String> pb = people(b.involves());
        if (pa.isEmpty() || pb.isEmpty() || !shared(pa, pb).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join("+", pa) + " vs " + String.join("+", pb));
    }

    private static Set<String> people(Set<String> involves) {
        Set<String> out = new TreeSet<>();
        for (String s : involves) {
            if (s.startsWith("person:")) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isNumber(String specific) {
        return Character.isDigit(specific.charAt(0)) || ClaimFeatures.isNumberWord(specific);
    }

    private static Set<String> numbers(ClaimFeatures c) {
        Set<String> out = new TreeSet<>();
        c.specifics().stream().filter(LinkClassifier::isNumber).forEach(out::add);
        return out;
    }

    /**
     * Both give numbers, none shared, and neither gives its number as a bound ("at least 40"): "nine workers died" against
     * "killed 16 workers".
     */
    static boolean disagree(ClaimFeatures later, ClaimFeatures earlier) {
        Set<String> a = numbers(later);
        Set<String> b = numbers(earlier);
        return !a.isEmpty() && !b.isEmpty() && shared(a, b).isEmpty() && !BOUND.matcher(later.content()).find()
                && !BOUND.matcher(earlier.content()).find();
    }

    /** Specifics of the later claim that the earlier one's words do not hold. */
    static Set<String> added(ClaimFeatures later, ClaimFeatures earlier) {
        String before = earlier.content().toLowerCase(Locale.ROOT);
        Set<String> out = new TreeSet<>();
        for (String s : later.specifics()) {
            if (!earlier.specifics().contains(s) && !before.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Same source: the same actor, or the same description (within one article the linker never pairs these). */
    public static boolean sameSource(ClaimFeatures a, ClaimFeatures b) {
        return a.sourceActor() != null && a.sourceActor().equals(b.sourceActor())
                || a.sourceActor() == null && b.sourceActor() == null && Objects.equals(a.source(), b.source());
    }

    static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static void common(List<String> evidence, double cos, Set<String> actors, Set<String> events) {
        evidence.add(String.format(Locale.ROOT, "embedding cosine %.2f", cos));
        if (!actors.isEmpty()) {
            evidence.add("same actors: " + String.join(", ", actors));
        }
        if (!events.isEmpty()) {
            evidence.add("same events: " + String.join(", ", events));
        }
    }

    private static String stance(ClaimFeatures c) {
        return c.stance().name().toLowerCase(Locale.ROOT);
    }

    static ClaimLink link(ClaimFeatures later, ClaimFeatures earlier, LinkType type, double score, List<String> evidence) {
        return new ClaimLink(later.id(), earlier.id(), type, Math.round(Math.min(1, Math.max(0, score)) * 100) / 100.0, evidence);
    }
}
