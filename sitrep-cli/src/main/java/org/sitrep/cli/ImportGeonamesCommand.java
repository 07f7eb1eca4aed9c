package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.knowledge.CountryCodes;
import org.sitrep.knowledge.GeonamesImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "geonames", mixinStandardHelpOptions = true, header = "Build Sitrep's gazetteer from GeoNames dumps.",
        description = {"Reads GeoNames dumps (geonames.org, CC BY 4.0) — a main table (cities15000, cities500 or allCountries), "
                + "admin1CodesASCII, countryInfo, and optionally alternateNames and a JSON of country translations — recognised by "
                + "content, plain or gzip, and writes the gzip gazetteer that --gazetteer reads (format: docs/knowledge.md).",
                "The bundled gazetteer is made by this command from ../shared/eval/gazetteer. Malformed rows are reported with "
                        + "file and line and skipped (exit 1); the output is written to a temporary file and moved into place only "
                        + "when the import finished."})
final class ImportGeonamesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "GeoNames files, in any order.")
    List<Path> files;

    @Option(names = "--output", paramLabel = "<file>", defaultValue = "gazetteer.tsv.gz",
            description = "Where to write the gazetteer (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--min-population", paramLabel = "<n>", defaultValue = "15000",
            description = "Populated places smaller than this are left out (capitals are always kept; default: ${DEFAULT-VALUE}).")
    long minPopulation;

    @Option(names = "--country-codes", paramLabel = "<file>",
            description = "Also write the ISO 3166-1 codes of countryInfo's countries (numeric, alpha-2, alpha-3, name) to this file, the "
                    + "country-codes.tsv that 'sitrep import countries' reads (format: docs/knowledge.md).")
    Path countryCodes;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("sitrep import geonames: " + f + ": no such file");
                return 2;
            }
        }
        GeonamesImport.Result[] result = new GeonamesImport.Result[1];
        OutputFiles.writeAtomically(output, o -> result[0] = new GeonamesImport(new GeonamesImport.Options(minPopulation)).run(files, o));
        GeonamesImport.Result r = result[0];
        r.problems().stream().limit(50).forEach(p -> err.println("warning: " + p));
        if (r.problems().size() > 50) {
            err.printf("warning: … and %d more problems%n", r.problems().size() - 50);
        }
        for (GeonamesImport.FileCount c : r.files()) {
            out.printf("%s (%s): read %d, kept %d, skipped %d%n", c.file(), c.kind(), c.read(), c.kept(), c.skipped());
        }
        out.printf("wrote %s: %d countries, %d first-level regions, %d places, %d other features (%,d bytes)%n", output, r.countries(),
                r.regions(), r.places(), r.features(), Files.size(output));
        boolean codesMissing = countryCodes != null && r.countryCodes().isEmpty();
        if (codesMissing) {
            err.println("sitrep import geonames: --country-codes needs a countryInfo file among the inputs; " + countryCodes + " not written");
        } else if (countryCodes != null) {
            OutputFiles.writeAtomically(countryCodes, o -> CountryCodes.write(r.countryCodes(), o));
            out.printf("wrote %s: ISO codes of %d countries%n", countryCodes, r.countryCodes().size());
        }
        out.println("GeoNames data is licensed CC BY 4.0 (geonames.org); credit it where the gazetteer is shared.");
        out.flush();
        return r.skipped() > 0 || codesMissing ? 1 : 0;
    }
}
