package org.sitrep.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.store.SitrepStore;
import org.sitrep.web.ApiToken;
import org.sitrep.web.WebApp;
import org.sitrep.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, header = "Serve the web UI and the REST API over the store.",
        description = "Opens the analyst's desk on the store: search with facets, articles with everything found marked, a timeline, a map, "
                + "actors and the claims board, and the REST API they use (documented at /openapi.json). It listens on the loopback "
                + "address unless --bind says otherwise. POST /api/ingest needs the bearer token generated on the first start, kept "
                + "beside the store (mode 600) and printed once; the analysis models load on the first ingest, not before. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "<port>", defaultValue = "8080", showDefaultValue = Visibility.ALWAYS,
            description = "The port to listen on (0 takes a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "<address>", defaultValue = "127.0.0.1", showDefaultValue = Visibility.ALWAYS,
            description = "The address to listen on; anything but a loopback address makes the desk reachable from other machines.")
    String bind;

    @Option(names = "--max-request-mb", paramLabel = "<mb>", defaultValue = "10", showDefaultValue = Visibility.ALWAYS,
            description = "The largest request body accepted (a 413 beyond).")
    int maxRequestMb;

    @Mixin
    StoreOption store;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    InputOptions input;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--port': must be between 0 and 65535, got " + port);
        }
        if (maxRequestMb < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--max-request-mb': must be at least 1, got " + maxRequestMb);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (java.net.UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--bind': unknown address '" + bind + "'");
        }
        long maxBytes = (long) maxRequestMb * 1024 * 1024;
        SitrepStore s = SitrepStore.open(store.dir);
        Javalin app;
        try {
            ApiToken token = ApiToken.loadOrCreate(store.dir);
            if (token.created()) {
                out.println("API token for POST /api/ingest (kept in " + token.file() + ", readable by you only; shown only now):");
                out.println("  " + token.value());
            }
            StoreIngestor ingestor = new StoreIngestor(s, analysis, input, err);
            app = WebApp.create(s, new WebSettings(token.value(), maxBytes, WebSettings.DEFAULT_MAX_PAGE_SIZE), ingestor);
            app.start(address.getHostAddress(), port);
        } catch (Exception | Error e) {
            s.close();
            throw e;
        }
        // Ctrl-C: stop taking requests, then close the store (an ingest in flight is not committed), then return.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            s.close();
            stopped.countDown();
        }, "sitrep-serve-stop"));
        if (!address.isLoopbackAddress()) {
            err.println("warning: listening on " + address.getHostAddress() + ": the desk and its API are reachable from other machines");
        }
        String host = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        out.println("Sitrep serving http://" + host + ":" + app.port() + "/ on the store " + store.dir + " (Ctrl-C stops)");
        out.flush();
        stopped.await();
        return 0;
    }
}
