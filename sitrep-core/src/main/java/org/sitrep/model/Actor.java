package org.sitrep.model;

import java.util.List;

/**
 * A resolved actor.
 *
 * @param aliases the surface forms seen in this article ("Sudani", "the PM", "Mohammed Shia al-Sudani")
 * @param roles   titles seen with the actor ("Prime Minister"), or known for the article date
 * @param code    a CAMEO-style actor code when known ("IRQGOV"), else null
 * @param country ISO 3166 alpha-3 code of the actor's country when known, else null
 * @param members for a {@link ActorType#GROUP} named by coordination ("the Nujaba and Kataib Sayyid al-Shuhada
 *                factions"), the ids of its members in the order written; empty for every other actor
 */
public record Actor(String id, String name, ActorType type, List<String> aliases, List<String> roles, String code, String country,
                    List<String> members) {
    public Actor {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        members = List.copyOf(members);
    }

    /** An actor that is no group. */
    public Actor(String id, String name, ActorType type, List<String> aliases, List<String> roles, String code, String country) {
        this(id, name, type, aliases, roles, code, country, List.of());
    }
}
