package org.sitrep.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Stance;

/**
 * What linking knows of a claim, the same whether it comes from a document being analysed or from the store: who says
 * it, with what stance, what it says (text and embedding), and what it involves.
 *
 * @param id          the claim id
 * @param article     its article's id
 * @param sourceActor the source's actor id, or null
 * @param source      the source's description ("two sources")
 * @param anonymous   whether the source is unnamed
 * @param stance      the stance
 * @param cue         the cue's words ("refuted", "claimed")
 * @param content     the content's words
 * @param involves    actors and places the content names (ids; an unresolved name as {@code name:<words>})
 * @param events      event types reported in the content, and each with its source and target actors when both are known
 *                    ({@code REQUEST country:USA>country:LBN})
 * @param specifics   numbers, names and dates in the content, lower-cased: what an elaboration adds
 * @param outcomes    outcomes the content names definitely ("the calm": {@code truce}), none when it is conditional
 * @param day         the article's publication date, or null
 * @param vector      the content's unit-length embedding
 * @param order       position among the claims of its run (article order, then text order): which of two is later
 */
public record ClaimFeatures(String id, String article, String sourceActor, String source, boolean anonymous, Stance stance, String cue,
                            String content, Set<String> involves, Set<String> events, Set<String> specifics, Set<String> outcomes, LocalDate day,
                            float[] vector, long order) {
    /** The prefix of a country, continent, region or sea among {@link #involves}: shared by too many claims to anchor a link. */
    public static final String BROAD_PLACE = "broad:";
    private static final Set<String> BROAD_KINDS = Set.of("country", "continent", "region", "water");
    private static final Pattern SPECIFIC = Pattern.compile("\\p{N}[\\p{N},.]*|(?<=\\S\\s)\\p{Lu}[\\p{L}'-]+");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "fifteen", "sixteen", "twenty", "fifty",
            "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions");

    public ClaimFeatures {
        involves = Set.copyOf(involves);
        events = Set.copyOf(events);
        specifics = Set.copyOf(specifics);
        outcomes = Set.copyOf(outcomes);
    }

    /** The features of every claim of {@code doc}, in order; {@code firstOrder} numbers the first. */
    public static List<ClaimFeatures> of(Document doc, long firstOrder) {
        List<ClaimFeatures> out = new ArrayList<>(doc.claims().size());
        LocalDate day = doc.article().published().value().orElse(null);
        long order = firstOrder;
        for (Claim c : doc.claims()) {
            out.add(new ClaimFeatures(c.id(), doc.article().id(), c.source().actor(), c.source().description(), c.source().anonymous(),
                    c.stance(), c.cue().text(), c.content().text(), involves(doc, c), events(doc, c), specifics(c.content().text()),
                    Outcomes.of(c.content().text()), day,
                    Embeddings.of(c.content().text()), order++));
        }
        return out;
    }

    /** True when the stance answers another claim: a denial or refutation. */
    public boolean answers() {
        return stance == Stance.DENY || stance == Stance.REFUTE;
    }

    private static Set<String> involves(Document doc, Claim c) {
        Set<String> out = new TreeSet<>();
        for (Mention m : doc.entities()) {
            if (!c.content().contains(m.span())) {
                continue;
            }
            if (m.actor() != null) {
                out.add(m.actor()); // a country named is its actor; its place id would count it twice
            } else if (m.place() != null) {
                String kind = doc.places().stream().filter(p -> p.id().equals(m.place())).map(Place::kind).findFirst().orElse("");
                out.add(BROAD_KINDS.contains(kind) ? BROAD_PLACE + m.place() : m.place());
            }
            if (m.actor() == null && m.place() == null) {
                out.add("name:" + m.span().text().toLowerCase(Locale.ROOT).replaceAll("^the\\s+|'s$", "").strip());
            }
        }
        for (Event e : doc.events()) {
            if (c.id().equals(e.claim())) {
                for (Participant p : new Participant[] {e.source(), e.target()}) {
                    if (p != null && p.actor() != null) {
                        out.add(p.actor());
                    }
                }
                if (e.place() != null) {
                    out.add(e.place());
                }
            }
        }
        return out;
    }

    private static Set<String> events(Document doc, Claim c) {
        Set<String> out = new TreeSet<>();
        for (Event e : doc.events()) {
            if (c.id().equals(e.claim())) {
                String type = e.mode() == null ? e.type() : e.type() + "/" + e.mode();
                out.add(type);
                if (e.source() != null && e.source().actor() != null) {
                    out.add(type + " by:" + e.source().actor()); // who is credited with it
                }
                if (e.source() != null && e.source().actor() != null && e.target() != null && e.target().actor() != null) {
                    out.add(type + " " + e.source().actor() + ">" + e.target().actor()); // who did it to whom: the same act
                }
            }
        }
        return out;
    }

    /** Whether {@code w} is a number word. */
    static boolean isNumberWord(String w) {
        return NUMBER_WORDS.contains(w);
    }

    /** Numbers, number words and capitalised words after the first in {@code text}, lower-cased. */
    static Set<String> specifics(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = SPECIFIC.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replaceAll("[,.]+$", ""));
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (NUMBER_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
