package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorType;
import org.sitrep.time.RoleTerms;

/**
 * The offices of an {@link ActorDictionary}'s persons as the article-date inference reads them: the one person known by
 * a full name as written (or, when nobody has it, the one person whose name it is misspelt in one word: "Kamal
 * Harris"), with each dated role marked whether the written title names it (by the title references of
 * {@code titles.tsv}: "caretaker Prime Minister" names "Prime Minister of Lebanon"). Immutable; shared by threads.
 */
public final class DictionaryRoleTerms implements RoleTerms {
    private final ActorDictionary dictionary;
    private final Titles titles = Titles.bundled();

    public DictionaryRoleTerms(ActorDictionary dictionary) {
        if (dictionary == null) {
            throw new IllegalArgumentException("The parameter 'dictionary' must not be null.");
        }
        this.dictionary = dictionary;
    }

    @Override
    public List<Term> roles(String name, String title) {
        if (name == null || name.isBlank() || title == null) {
            return List.of();
        }
        List<ActorDictionary.Entry> persons = dictionary.findAll(name).stream().filter(e -> e.type() == ActorType.PERSON).toList();
        if (persons.isEmpty() && name.strip().indexOf(' ') > 0) {
            persons = dictionary.findPerson(name).stream().toList();
        }
        if (persons.size() != 1) {
            return List.of();
        }
        List<String> keys = titles.rolesOf(title);
        List<Term> out = new ArrayList<>();
        for (ActorDictionary.Role r : persons.get(0).roles()) {
            if (r.from() != null || r.to() != null) {
                out.add(new Term(r.title(), r.from(), r.to(), keys.stream().anyMatch(k -> titles.fits(r.title(), k))));
            }
        }
        return out;
    }
}
