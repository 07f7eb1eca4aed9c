package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.LinkGold;
import org.sitrep.eval.LinkScorer;
import org.sitrep.link.ClaimFeatures;
import org.sitrep.link.LinkClassifier;
import org.sitrep.link.LinkModel;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "links", mixinStandardHelpOptions = true, header = "Train the claim-link model on the dev split of the team's claim-link set.",
        description = "Analyses each group's articles in publication order, pairs every later claim with every earlier one (as the "
                + "linker does), labels each pair by the gold links (no link, supports, contradicts, elaborates) and fits a multinomial "
                + "logistic regression over the pair features. Writes sitrep-core/src/main/resources/org/sitrep/link/" + LinkModel.RESOURCE
                + " unless --out is given. Never train on the test split.")
final class TrainLinksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "<file>", description = "A claim-link gold file (default: the bundled set).")
    Path file;

    @Option(names = "--split", defaultValue = "dev", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS, description = "The split to learn from: dev.")
    String split;

    @Option(names = "--out", paramLabel = "<file>", description = "Where to write the model.")
    Path out;

    @Option(names = "--threshold", defaultValue = "0.5", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "The least probability a link class needs (besides beating no link).")
    double threshold;

    @Option(names = "--l2", defaultValue = "0.001", description = "L2 shrinkage.")
    double l2;

    @Option(names = "--epochs", defaultValue = "300", description = "Passes over the pairs.")
    int epochs;

    @Option(names = "--cv", description = "Also report pair-level precision and recall of 4-fold cross-validation by group (to choose --l2 and --threshold on dev alone).")
    boolean cv;

    @Mixin
    EvalOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (split.equals("test") || split.equals("all")) {
            err.println("sitrep: refusing to train on the test split");
            return 2;
        }
        LinkGold gold = file != null ? LinkGold.read(EvalPaths.resolve(spec.commandLine(), file, "gold file", "--file")) : LinkGold.bundled();
        if (out == null) {
            out = Path.of(System.getProperty("sitrep.home", ".")).resolve("sitrep-core/src/main/resources/org/sitrep/link").resolve(LinkModel.RESOURCE);
        }
        Pipeline pipeline = options.pipeline(err);
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        int group = 0;
        int[] counts = new int[LinkModel.CLASSES.size()];
        for (LinkGold.Group g : options.limited(gold.split(split))) {
            List<ClaimFeatures> claims = new ArrayList<>();
            for (LinkGold.GoldArticle a : g.articles().stream().sorted(Comparator.comparing(LinkGold.GoldArticle::published)
                    .thenComparing(LinkGold.GoldArticle::id)).toList()) {
                Document doc = pipeline.process(EvalLinksCommand.article(a));
                claims.addAll(ClaimFeatures.of(doc, claims.size()));
            }
            List<LinkGold.GoldClaim> golds = new ArrayList<>();
            for (ClaimFeatures c : claims) {
                golds.add(gold(g, c));
            }
            for (int i = 0; i < claims.size(); i++) {
                for (int j = 0; j < i; j++) {
                    ClaimFeatures later = claims.get(i);
                    ClaimFeatures earlier = claims.get(j);
                    if (later.article().equals(earlier.article()) && LinkClassifier.sameSource(later, earlier)) {
                        continue; // the linker never pairs these
                    }
                    int label = label(g, golds.get(i), golds.get(j));
                    x.add(LinkModel.features(later, earlier));
                    y.add(label);
                    groupOf.add(group);
                    counts[label]++;
                }
            }
            group++;
        }
        if (cv) {
            int tp = 0;
            int predicted = 0;
            int goldLinks = 0;
            for (int fold = 0; fold < 4; fold++) {
                List<double[]> tx = new ArrayList<>();
                List<Integer> ty = new ArrayList<>();
                for (int i = 0; i < x.size(); i++) {
                    if (groupOf.get(i) % 4 != fold) {
                        tx.add(x.get(i));
                        ty.add(y.get(i));
                    }
                }
                LinkModel m = LinkModel.train(tx, ty, l2, epochs, threshold, 17);
                for (int i = 0; i < x.size(); i++) {
                    if (groupOf.get(i) % 4 != fold) {
                        continue;
                    }
                    int truth = y.get(i);
                    var d = m.decide(x.get(i));
                    goldLinks += truth > 0 ? 1 : 0;
                    if (d.isPresent()) {
                        predicted++;
                        tp += LinkModel.CLASSES.indexOf(d.get().type().name().toLowerCase(Locale.ROOT)) == truth ? 1 : 0;
                    }
                }
            }
            err.printf(Locale.ROOT, "sitrep: 4-fold cross-validation by group, pairs: P %.3f R %.3f (tp %d, predicted %d, gold %d)%n",
                    tp / (double) Math.max(1, predicted), tp / (double) Math.max(1, goldLinks), tp, predicted, goldLinks);
        }
        LinkModel model = LinkModel.train(x, y, l2, epochs, threshold, 17);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            model.write(w);
        }
        err.printf(Locale.ROOT, "sitrep: %d pairs (none %d, supports %d, contradicts %d, elaborates %d); wrote %s%n", x.size(), counts[0], counts[1],
                counts[2], counts[3], out);
        err.flush();
        return 0;
    }

    /** The gold claim whose quote holds the claim's cue (the id ends in the cue's offset), or null. */
    private static LinkGold.GoldClaim gold(LinkGold.Group g, ClaimFeatures c) {
        int cue = Integer.parseInt(c.id().substring(c.id().lastIndexOf("#c") + 2));
        return LinkScorer.match(g, new LinkScorer.PredictedClaim(c.id(), c.article(), cue, cue + c.cue().length()));
    }

    /** The pair's class: the type of the gold link joining their gold claims, else no link. */
    private static int label(LinkGold.Group g, LinkGold.GoldClaim a, LinkGold.GoldClaim b) {
        LinkGold.GoldLink l = a == null || b == null ? null : LinkScorer.link(g, a, b);
        return l == null ? 0 : LinkModel.CLASSES.indexOf(l.type());
    }
}
