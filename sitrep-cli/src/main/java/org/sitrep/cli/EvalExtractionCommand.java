package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.BodyExtractor;
import org.sitrep.eval.ExtractionBenchmark;
import org.sitrep.eval.ExtractionPeers;
import org.sitrep.eval.ShingleScore;
import org.sitrep.eval.Split;
import org.sitrep.ingest.Decoded;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.html.ExtractedPage;
import org.sitrep.ingest.html.HtmlDecoder;
import org.sitrep.ingest.html.HtmlExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "extraction", mixinStandardHelpOptions = true, header = "Score article extraction from HTML pages.",
        description = {"Extracts the article body of every page of the article-extraction benchmark (html/*.html.gz and "
                + "ground-truth.json) with Sitrep's HTML extractor and, in the same run, with the Java peers Readability4J and "
                + "boilerpipe (ArticleExtractor), all given the same decoded HTML. Scores as the benchmark's evaluate.py does: "
                + "precision, recall and F1 over 4-word shingles, averaged over pages (F1 from the averaged precision and recall), "
                + "and accuracy, the share of pages whose words equal the gold's exactly.",
                "The benchmark has no split of its own: dev is the pages whose 0-based index in ground-truth.json is a multiple "
                        + "of 4, test the rest; the table shows dev, test and all. Seconds and ms/page are wall-clock time of extraction only "
                        + "(pages already decoded), one thread; cpu ms is that thread's CPU time per page, steadier on a busy machine."})
final class EvalExtractionCommand implements Callable<Integer> {
    static final Path DEFAULT_BENCHMARK = Path.of("../shared/eval/article-extraction");

    @Spec
    CommandSpec spec;

    @Option(names = "--benchmark", paramLabel = "<dir>", description = "The benchmark folder. Default: ../shared/eval/article-extraction "
            + "(a relative path is tried in the working directory, then in the repository root).")
    Path benchmark;

    @Option(names = "--show", paramLabel = "<n>", defaultValue = "0", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Print Sitrep's n worst pages of the --show-split (by their own F1) with the paragraphs it missed and added.")
    int show;

    @Option(names = "--show-split", paramLabel = "<split>", defaultValue = "test", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Which pages --show draws from: ${COMPLETION-CANDIDATES}.")
    Split showSplit;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "0", description = "Score only the first n pages (0: all).")
    int limit;

    @Option(names = "--peer", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also score Readability4J and boilerpipe in the same run.")
    boolean peer;

    @Option(names = "--save", paramLabel = "<file>",
            description = "Write Sitrep's bodies as JSON in the benchmark's output format ({id: {articleBody}}), for its evaluate.py.")
    Path save;

    /** One system's results, page by page. */
    private record Run(String name, List<ShingleScore.PageMatch> matches, double[] seconds, double[] cpuSeconds, List<String> bodies, int failed) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = EvalPaths.resolve(spec.commandLine(), benchmark == null ? DEFAULT_BENCHMARK : benchmark, "benchmark folder", "--benchmark");
        ExtractionBenchmark bench = ExtractionBenchmark.read(dir);
        for (String p : bench.problems()) {
            err.println("sitrep eval extraction: " + p);
        }
        List<ExtractionBenchmark.Page> pages = limit > 0 && bench.pages().size() > limit ? bench.pages().subList(0, limit) : bench.pages();
        List<String> html = new ArrayList<>();
        int unreadable = 0;
        for (ExtractionBenchmark.Page p : pages) {
            try {
                Decoded d = HtmlDecoder.decode(p.bytes(), null, p.html().toString());
                html.add(d.text());
            } catch (IngestException | java.io.IOException e) {
                err.println("sitrep eval extraction: " + e.getMessage());
                html.add("");
                unreadable++;
            }
        }
        HtmlExtractor extractor = new HtmlExtractor();
        Map<String, Integer> found = new LinkedHashMap<>();
        for (String field : new String[] {"title", "published", "modified", "byline", "outlet", "language", "canonical", "captions", "subheadings"}) {
            found.put(field, 0);
        }
        List<BodyExtractor> systems = new ArrayList<>();
        systems.add(new BodyExtractor() {
            @Override
            public String name() {
                return "sitrep";
            }

            @Override
            public String body(String page, String url) {
                ExtractedPage p = extractor.extract(page, url);
                count(found, "title", p.title() != null);
                count(found, "published", p.published() != null && p.published().date() != null);
                count(found, "modified", p.modified() != null && p.modified().date() != null);
                count(found, "byline", p.byline() != null);
                count(found, "outlet", p.outlet() != null);
                count(found, "language", p.language() != null);
                count(found, "canonical", p.canonicalUrl() != null && !p.canonicalUrl().equals(url));
                count(found, "captions", !p.captions().isEmpty());
                count(found, "subheadings", !p.subheadings().isEmpty());
                return p.text();
            }
        });
        if (peer) {
            systems.addAll(ExtractionPeers.all());
        }
        List<Run> runs = new ArrayList<>();
        for (BodyExtractor system : systems) {
            runs.add(run(system, pages, html, err));
        }
        out.printf(Locale.ROOT, "%s: %d pages%s; dev = index %% 4 == 0 (%d pages), test = the rest%n", dir, pages.size(),
                unreadable == 0 ? "" : ", " + unreadable + " unreadable (scored as empty)", Split.dev.select(pages).size());
        out.printf(Locale.ROOT, "%-14s %-5s %5s %6s %9s %6s %8s %8s %8s %8s%n", "system", "split", "pages", "F1", "precision", "recall",
                "accuracy", "seconds", "ms/page", "cpu ms");
        for (Run r : runs) {
            for (Split split : Split.values()) {
                List<ShingleScore.PageMatch> m = split.select(r.matches());
                double secs = 0;
                double cpu = 0;
                for (int i = 0; i < pages.size(); i++) {
                    if (split == Split.all || (split == Split.dev) == Split.isDev(i)) {
                        secs += r.seconds()[i];
                        cpu += r.cpuSeconds()[i];
                    }
                }
                ShingleScore.Summary s = ShingleScore.summarise(m);
                out.printf(Locale.ROOT, "%-14s %-5s %5d %6.3f %9.3f %6.3f %8.3f %8.2f %8.1f %8.1f%n", r.name(), split, s.pages(), s.f1(), s.precision(),
                        s.recall(), s.accuracy(), secs, s.pages() == 0 ? 0 : 1000 * secs / s.pages(), s.pages() == 0 ? 0 : 1000 * cpu / s.pages());
            }
            if (r.failed() > 0) {
                out.printf(Locale.ROOT, "%-14s %d pages failed (scored as empty)%n", r.name(), r.failed());
            }
        }
        StringBuilder meta = new StringBuilder();
        found.forEach((k, v) -> meta.append(meta.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        out.printf(Locale.ROOT, "sitrep's metadata (pages with a value; dates that read as a day; canonical when it differs from the URL): %s%n", meta);
        Run sitrep = runs.get(0);
        if (show > 0) {
            worst(out, pages, sitrep);
        }
        if (save != null) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            for (int i = 0; i < pages.size(); i++) {
                root.putObject(pages.get(i).id()).put("articleBody", sitrep.bodies().get(i));
            }
            json.writerWithDefaultPrettyPrinter().writeValue(save.toFile(), root);
            out.println("wrote " + save);
        }
        out.flush();
        return sitrep.failed() == 0 && unreadable == 0 && bench.problems().isEmpty() ? 0 : 1;
    }

    private static void count(Map<String, Integer> found, String field, boolean present) {
        if (present) {
            found.merge(field, 1, Integer::sum);
        }
    }

    private static Run run(BodyExtractor system, List<ExtractionBenchmark.Page> pages, List<String> html, PrintWriter err) {
        List<ShingleScore.PageMatch> matches = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        double[] seconds = new double[pages.size()];
        double[] cpu = new double[pages.size()];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        int failed = 0;
        for (int i = 0; i < pages.size(); i++) {
            ExtractionBenchmark.Page p = pages.get(i);
            String body;
            long t0 = System.nanoTime();
            long c0 = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
            try {
                body = system.body(html.get(i), p.url());
            } catch (Exception | StackOverflowError e) {
                err.println("sitrep eval extraction: " + system.name() + ": page '" + p.id() + "': " + e);
                body = "";
                failed++;
            }
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = cpuTime ? (threads.getCurrentThreadCpuTime() - c0) / 1e9 : seconds[i];
            bodies.add(body);
            matches.add(ShingleScore.match(p.goldBody(), body));
        }
        return new Run(system.name(), matches, seconds, cpu, bodies, failed);
    }

    private void worst(PrintWriter out, List<ExtractionBenchmark.Page> pages, Run sitrep) {
        Map<Integer, Double> f1 = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            if (showSplit == Split.all || (showSplit == Split.dev) == Split.isDev(i)) {
                f1.put(i, sitrep.matches().get(i).f1());
            }
        }
        List<Integer> order = new ArrayList<>(f1.keySet());
        order.sort(Comparator.comparingDouble(f1::get));
        out.printf(Locale.ROOT, "%nsitrep's %d worst pages (split %s):%n", Math.min(show, order.size()), showSplit);
        for (int k = 0; k < Math.min(show, order.size()); k++) {
            int i = order.get(k);
            ExtractionBenchmark.Page p = pages.get(i);
            ShingleScore.PageMatch m = sitrep.matches().get(i);
            out.printf(Locale.ROOT, "#%d %s  P %.3f  R %.3f  F1 %.3f  %s%n", i, p.id().substring(0, Math.min(12, p.id().length())),
                    m.precision(), m.recall(), m.f1(), p.url() == null ? "" : p.url());
            for (String missed : ShingleScore.uncovered(p.goldBody(), sitrep.bodies().get(i))) {
                out.println("   - " + clip(missed));
            }
            for (String extra : ShingleScore.uncovered(sitrep.bodies().get(i), p.goldBody())) {
                out.println("   + " + clip(extra));
            }
        }
    }

    private static String clip(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
