package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.eval.LinkGold;
import org.sitrep.eval.LinkScorer;
import org.sitrep.eval.LinkScorer.PredictedClaim;
import org.sitrep.eval.LinkScorer.PredictedLink;
import org.sitrep.link.ClaimFeatures;
import org.sitrep.link.Embeddings;
import org.sitrep.model.Article;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.DateSource;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.ClaimGraph;
import org.sitrep.store.SitrepStore;
import org.sitrep.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "links", mixinStandardHelpOptions = true, header = "Score claim links (supports, contradicts, elaborates) on the team's gold set.",
        description = "For each group of the claim-link gold set, analyses its articles and ingests them in publication order into a "
                + "fresh temporary store, the same code path as 'sitrep ingest' (links within an article from the link stage, across "
                + "articles from the store's candidates), then scores the stored claims and links: precision, recall and F1 per link "
                + "type, overall and per group kind. Tune on dev; report dev and test.")
final class EvalLinksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "<file>", description = "A gold file (JSONL, org.sitrep.eval.LinkGold); default: the set bundled with Sitrep.")
    Path file;

    @Option(names = "--split", paramLabel = "<split>", defaultValue = "dev", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "dev, test or all.")
    String split;

    @Mixin
    EvalOptions options;

    @Option(names = "--show-misses", paramLabel = "<n>", defaultValue = "0", description = "Print up to n gold links no predicted link found.")
    int showMisses;

    @Option(names = "--show-false", paramLabel = "<n>", defaultValue = "0", description = "Print up to n predicted links that are not gold.")
    int showFalse;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LinkGold gold;
        if (file != null) {
            file = EvalPaths.resolve(spec.commandLine(), file, "gold file", "--file");
            gold = LinkGold.read(file);
        } else {
            gold = LinkGold.bundled();
        }
        List<LinkGold.Group> groups;
        try {
            groups = options.limited(gold.split(split));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("sitrep eval links: " + e.getMessage());
            return 2;
        }
        Pipeline pipeline = options.pipeline(spec.commandLine().getErr());
        LinkScorer scorer = new LinkScorer();
        LinkScorer peer = new LinkScorer();
        long t0 = System.nanoTime();
        int articles = 0;
        for (LinkGold.Group g : groups) {
            Path dir = Files.createTempDirectory("sitrep-eval-links");
            try {
                ClaimGraph graph;
                List<ClaimFeatures> all = new ArrayList<>();
                try (SitrepStore store = SitrepStore.open(dir)) {
                    for (LinkGold.GoldArticle a : g.articles().stream().sorted(Comparator.comparing(LinkGold.GoldArticle::published)
                            .thenComparing(LinkGold.GoldArticle::id)).toList()) {
                        Document doc = pipeline.process(article(a));
                        all.addAll(ClaimFeatures.of(doc, all.size()));
                        store.put(doc);
                        articles++;
                    }
                    store.commit();
                    graph = store.claims(null, null);
                }
                List<PredictedClaim> claims = new ArrayList<>();
                for (StoredClaim c : graph.claims()) {
                    claims.add(new PredictedClaim(c.id(), c.article(), c.cueStart(), c.cueEnd()));
                }
                List<PredictedLink> links = new ArrayList<>();
                for (ClaimLink l : graph.links()) {
                    links.add(new PredictedLink(l.from(), l.to(), l.type().name().toLowerCase(Locale.ROOT)));
                }
                scorer.add(g, claims, links);
                if (options.peer) {
                    peer.add(g, claims, cosineOnly(all));
                }
            } finally {
                delete(dir);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "claim links, split %s: %d groups, %d articles in %.1f s (embedding model loaded in %.0f ms)%n%n", split,
                groups.size(), articles, seconds, Embeddings.loadMillis());
        out.print(scorer.report());
        if (options.peer) {
            out.printf(Locale.ROOT, "%npeer: embedding cosine alone (every pair of claims of the group, cosine >= %.2f: contradicts when one denies or "
                    + "refutes and the other does not, else supports)%n%n", PEER_COSINE);
            out.print(peer.report());
        }
        scorer.misses().stream().limit(showMisses).forEach(m -> out.println("miss " + m));
        scorer.falseHits().stream().limit(showFalse).forEach(m -> out.println("false " + m));
        out.flush();
        return 0;
    }

    /** The peer's threshold: the cosine MiniLM puts between paraphrases. */
    static final double PEER_COSINE = 0.75;

    /** The peer: all pairs, the cosine of the content embeddings alone. */
    static List<PredictedLink> cosineOnly(List<ClaimFeatures> claims) {
        List<PredictedLink> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = 0; j < i; j++) {
                ClaimFeatures a = claims.get(i);
                ClaimFeatures b = claims.get(j);
                if (Embeddings.cosine(a.vector(), b.vector()) >= PEER_COSINE) {
                    out.add(new PredictedLink(a.id(), b.id(), a.answers() != b.answers() ? "contradicts" : "supports"));
                }
            }
        }
        return out;
    }

    /** The gold article as Sitrep reads it: its text verbatim, its outlet and date as metadata. */
    static Article article(LinkGold.GoldArticle a) {
        return new Article(a.id(), "gold:" + a.id(), a.outlet(), a.title(), new PublicationDate(a.published(), DateSource.METADATA), List.of(),
                List.of(), a.text(), "en", OffsetMap.shifted(0, a.text().length()));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
