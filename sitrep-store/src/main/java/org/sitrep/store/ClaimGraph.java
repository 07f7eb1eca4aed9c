package org.sitrep.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.LinkType;

/**
 * Stored claims and the links among them, grouped by proposition: a group is a connected component of the links
 * (supports, elaborates and contradicts all join), so it holds who asserts a proposition and who denies it.
 */
public record ClaimGraph(List<StoredClaim> claims, List<ClaimLink> links) {
    public ClaimGraph {
        claims = List.copyOf(claims);
        links = List.copyOf(links);
    }

    /** One proposition's claims (earliest first) and links. */
    public record Group(List<StoredClaim> claims, List<ClaimLink> links) {
        /** Whether some claim of the group contradicts another. */
        public boolean contested() {
            return links.stream().anyMatch(l -> l.type() == LinkType.CONTRADICTS);
        }

        /** The group as the API and {@code sitrep claims --json} show it: contested, claims, links. */
        public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
            var o = org.sitrep.json.DocumentJson.mapper().createObjectNode().put("contested", contested());
            var cs = o.putArray("claims");
            claims.forEach(c -> cs.add(c.toJson()));
            var ls = o.putArray("links");
            links.forEach(l -> ls.add(org.sitrep.json.DocumentJson.link(l)));
            return o;
        }
    }

    /** The groups, largest first, then earliest; a claim without links is a group of its own. */
    public List<Group> groups() {
        Map<String, String> parent = new HashMap<>();
        Map<String, StoredClaim> byId = new HashMap<>();
        for (StoredClaim c : claims) {
            parent.put(c.id(), c.id());
            byId.put(c.id(), c);
        }
        List<ClaimLink> known = links.stream().filter(l -> byId.containsKey(l.from()) && byId.containsKey(l.to())).toList();
        for (ClaimLink l : known) {
            parent.put(root(parent, l.from()), root(parent, l.to()));
        }
        Map<String, List<StoredClaim>> members = new HashMap<>();
        for (StoredClaim c : claims) {
            members.computeIfAbsent(root(parent, c.id()), k -> new ArrayList<>()).add(c);
        }
        Map<String, List<ClaimLink>> groupLinks = new HashMap<>();
        for (ClaimLink l : known) {
            groupLinks.computeIfAbsent(root(parent, l.from()), k -> new ArrayList<>()).add(l);
        }
        Comparator<StoredClaim> earliest = Comparator.comparing((StoredClaim c) -> c.published() == null ? java.time.LocalDate.MAX : c.published())
                .thenComparing(StoredClaim::article).thenComparingInt(StoredClaim::cueStart);
        List<Group> out = new ArrayList<>();
        members.forEach((root, list) -> {
            list.sort(earliest);
            out.add(new Group(list, groupLinks.getOrDefault(root, List.of())));
        });
        out.sort(Comparator.comparingInt((Group g) -> -g.claims().size()).thenComparing(g -> g.claims().get(0), earliest));
        return out;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        String c = id;
        while (!parent.get(c).equals(r)) {
            String next = parent.get(c);
            parent.put(c, r);
            c = next;
        }
        return r;
    }
}
