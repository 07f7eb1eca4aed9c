package org.sitrep.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.internal.Tsv;
import org.sitrep.model.ActorType;

/**
 * The words that name people by office and organisations by description, from the bundled {@code titles.tsv}:
 * honorifics ("Mr"), title words, title references ("the PM" → prime minister), words that change an office ("vice"),
 * description heads ("the group" → rebel, militia, party, ...) and pronouns. Immutable once loaded.
 */
final class Titles {
    /** A title reference as written ("prime minister", "PM") and the role names it fits. */
    record Reference(List<String> words, boolean capitals, List<String> roles) {}

    /** What a pronoun says of its antecedent: a person, a plural, or a thing; and the gender when it says one. */
    record Pronoun(String number, String gender) {
        boolean person() {
            return number.equals("person");
        }

        boolean plural() {
            return number.equals("plural");
        }
    }

    private static final Titles BUNDLED = Tsv.bundled(Titles.class, "titles.tsv", Titles::new);

    private final Map<String, String> honorifics = new HashMap<>();
    private final Set<String> words = new HashSet<>();
    private final Set<String> qualifiers = new HashSet<>();
    private final Set<String> changers = new HashSet<>();
    private final List<Reference> references = new ArrayList<>();
    private final Map<String, Set<ActorType>> descriptions = new HashMap<>();
    private final Map<String, Pronoun> pronouns = new HashMap<>();

    static Titles bundled() {
        return BUNDLED;
    }

    Titles(InputStream in) throws IOException {
        for (Tsv.Row row : Tsv.read("titles.tsv", in)) {
            String[] f = row.padded(3);
            String phrase = f[1] == null ? "" : f[1].strip();
            String value = f[2] == null ? "" : f[2].strip();
            if (phrase.isEmpty()) {
                throw new IllegalStateException(row.where() + "no phrase");
            }
            String lower = phrase.toLowerCase(Locale.ROOT);
            switch (f[0]) {
                case "honorific" -> honorifics.put(lower, value);
                case "word" -> words.add(lower);
                case "qualifier" -> qualifiers.add(lower);
                case "changes" -> changers.add(lower);
                case "title" -> references.add(new Reference(List.of(lower.split("\\s+")), phrase.equals(phrase.toUpperCase(Locale.ROOT)),
                        Tsv.list(value).stream().map(r -> r.toLowerCase(Locale.ROOT)).toList()));
                case "description" -> {
                    Set<ActorType> types = new HashSet<>();
                    for (String t : Tsv.list(value)) {
                        types.add(ActorType.valueOf(t));
                    }
                    descriptions.put(lower, Set.copyOf(types));
                }
                case "pronoun" -> {
                    List<String> v = Tsv.list(value);
                    pronouns.put(lower, new Pronoun(v.get(0), v.size() > 1 ? v.get(1) : ""));
                }
                default -> throw new IllegalStateException(row.where() + "unknown kind '" + f[0] + "'");
            }
        }
        // Longest first, so that "vice president" is tried before "president".
        references.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
    }

    /** The gender an honorific says ("male", "female", or "" when it says none); empty when the word is no honorific. */
    Optional<String> honorific(String word) {
        return Optional.ofNullable(honorifics.get(word.toLowerCase(Locale.ROOT).replace(".", "")));
    }

    /** Whether a word may stand in a title written before a name ("Prime", "Minister", "Labour", "Home"). */
    boolean isTitleWord(String word) {
        String l = word.toLowerCase(Locale.ROOT);
        return words.contains(l) || qualifiers.contains(l) || l.startsWith("then-");
    }

    /** Whether a word names an office and nothing else ("Minister", "PM"; not "Labour" or "Parliament"). */
    boolean isOfficeWord(String word) {
        String l = word.toLowerCase(Locale.ROOT);
        return words.contains(l) || l.startsWith("then-");
    }

    /** Title references, longest first. */
    List<Reference> references() {
        return references;
    }

    /** The actor types a description head may refer to ("group" → rebel, militia, ...); empty when it is none. */
    Set<ActorType> description(String head) {
        return descriptions.getOrDefault(head.toLowerCase(Locale.ROOT), Set.of());
    }

    Optional<Pronoun> pronoun(String word) {
        return Optional.ofNullable(pronouns.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The role keys a written title fits ("caretaker Prime Minister" → prime minister); empty when none does. */
    List<String> rolesOf(String written) {
        List<String> out = new ArrayList<>();
        String key = " " + Names.key(written) + " ";
        for (Reference r : references) {
            String phrase = String.join(" ", r.words()).replace('-', ' ');
            if (fitsKey(key, phrase)) {
                for (String role : r.roles()) {
                    if (!out.contains(role)) {
                        out.add(role);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a role as written ("Prime Minister of Iraq", "Vice President of the United States") is the office
     * {@code role} names ("prime minister"; "president" fits the first, not the second: "vice" changes it).
     */
    boolean fits(String roleAsWritten, String role) {
        return fitsKey(" " + Names.key(roleAsWritten) + " ", Names.key(role));
    }

    private boolean fitsKey(String paddedKey, String roleKey) {
        String needle = " " + roleKey + " ";
        int at = paddedKey.indexOf(needle);
        while (at >= 0) {
            int before = paddedKey.lastIndexOf(' ', at - 1);
            String previous = at == 0 ? "" : paddedKey.substring(before + 1, at);
            if (!changers.contains(previous)) {
                return true;
            }
            at = paddedKey.indexOf(needle, at + 1);
        }
        return false;
    }
}
