package org.sitrep.model;

import java.util.List;

/**
 * A resolved actor.
 *
 * @param aliases the surface forms seen in this article ("Sudani", "the PM", "Mohammed Shia al-Sudani")
 * @param roles   titles seen with the actor ("Prime Minister"), or known for the article date
 * @param code    a CAMEO-style actor code when known ("IRQGOV"), else null
 * @param country ISO 3166 alpha-3 code of the actor's country when known, else null
 */
public record Actor(String id, String name, ActorType type, List<String> aliases, List<String> roles, String code, String country) {
    public Actor {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
