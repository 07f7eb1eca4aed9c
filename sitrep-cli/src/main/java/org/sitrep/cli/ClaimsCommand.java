package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.json.DocumentJson;
import org.sitrep.model.ClaimLink;
import org.sitrep.store.ClaimGraph;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "claims", mixinStandardHelpOptions = true, header = "List stored claims grouped by proposition: who asserts, who denies.",
        description = "Reads the claims in the store and groups them by proposition: claims joined by supports, elaborates or "
                + "contradicts links, within one article or across articles (linked at ingest), form one group. Each group lists "
                + "who asserts and who denies or refutes, anonymous sources marked, with outlet and date, then its links. "
                + "Claims without links are listed only with --all. A --store without an index is an error (exit 1).")
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--actor", paramLabel = "<id>", description = "Only claims whose source is this actor or whose content involves it (an id such as org:hezbollah, or a name word).")
    String actor;

    @Option(names = "--contested", description = "Only groups with a contradicts link.")
    boolean contested;

    @Option(names = "--since", paramLabel = "<yyyy-mm-dd>", description = "Only claims of articles published on or after this date.")
    LocalDate since;

    @Option(names = "--all", description = "Also list claims no link joins to another.")
    boolean all;

    @Option(names = "--json", description = "Print the groups as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (SitrepStore s = SitrepStore.openExisting(store.dir)) {
            List<ClaimGraph.Group> groups = s.claims(actor, since, !all).groups().stream()
                    .filter(g -> all || !g.links().isEmpty()).filter(g -> !contested || g.contested()).toList();
            if (json) {
                ArrayNode arr = DocumentJson.mapper().createArrayNode();
                groups.forEach(g -> arr.add(g.toJson()));
                out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr));
                return 0;
            }
            out.printf("%d groups%n", groups.size());
            int n = 0;
            for (ClaimGraph.Group g : groups) {
                out.printf("%n#%d%s%n", ++n, g.contested() ? " contested" : "");
                for (StoredClaim c : g.claims()) {
                    out.printf("  %-7s %s%s (%s, %s): %s%n", c.role(), c.source(), c.anonymous() ? " [anonymous]" : "",
                            c.outlet() == null ? "outlet unknown" : c.outlet(), c.published() == null ? "undated" : c.published(), c.content());
                }
                for (ClaimLink l : g.links()) {
                    out.printf("    %s %s %s %.2f (%s)%n", l.from(), l.type().name().toLowerCase(Locale.ROOT), l.to(), l.score(), String.join("; ", l.evidence()));
                }
            }
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep claims: " + e.getMessage());
            return 1;
        }
    }
}
