package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.sitrep.knowledge.CountryCodes;
import org.sitrep.knowledge.CountryOutlines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep import countries FILE}: Natural Earth country boundaries → the web map's GeoJSON base layer. */
@Command(name = "countries", mixinStandardHelpOptions = true, header = "Build the web map's country outlines from Natural Earth boundaries.",
        description = {"Reads a TopoJSON topology with an object 'countries' (world-atlas's countries-50m.json or countries-110m.json: "
                + "Natural Earth, public domain) or a GeoJSON FeatureCollection, plain or gzip, simplifies and rounds the outlines, "
                + "and writes a GeoJSON FeatureCollection whose features carry iso2, iso3 and name (format: docs/knowledge.md, "
                + "\"Country outlines\"); gzip when the output's name ends in .gz.",
                "Feature ids are read as ISO 3166-1 numeric codes and named from the bundled country-codes.tsv; outlines without a "
                        + "code keep their own name and empty codes. A file that cannot be read is an error naming it (exit 1); a "
                        + "broken geometry is reported and left out, the rest is written (exit 1)."})
final class ImportCountriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<file>", description = "The TopoJSON or GeoJSON file.")
    Path file;

    @Option(names = "--output", paramLabel = "<file>", defaultValue = "countries.geojson.gz", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Where to write the GeoJSON; gzip-compressed when the name ends in .gz.")
    Path output;

    @Option(names = "--tolerance", paramLabel = "<degrees>", defaultValue = "" + CountryOutlines.Options.DEFAULT_TOLERANCE,
            showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Douglas-Peucker tolerance in degrees: points closer than this to the simplified border are dropped; 0 keeps all.")
    double tolerance;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "sitrep import countries: no file at '" + file.toAbsolutePath().normalize() + "'");
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new ParameterException(spec.commandLine(), "sitrep import countries: --tolerance must be 0 or more degrees, not " + tolerance);
        }
        CountryOutlines.Options options = new CountryOutlines.Options(tolerance, CountryOutlines.Options.defaults().decimals());
        CountryOutlines.Result r = CountryOutlines.convert(file, options, CountryCodes.bundled());
        r.problems().forEach(err::println);
        String source = "Natural Earth country boundaries (public domain) from " + file.getFileName() + ", made by `sitrep import countries "
                + "--tolerance " + tolerance + "`; see NOTICE";
        boolean gzip = output.getFileName().toString().endsWith(".gz");
        OutputFiles.writeAtomically(output, o -> {
            if (gzip) {
                GZIPOutputStream gz = new GZIPOutputStream(o, 1 << 16);
                CountryOutlines.write(r.countries(), source, options.decimals(), gz);
                gz.finish();
            } else {
                CountryOutlines.write(r.countries(), source, options.decimals(), o);
            }
        });
        out.printf(Locale.ROOT, "%s: %,d points read, %,d kept at tolerance %s; %d geometries skipped%n", file, r.pointsIn(), r.pointsOut(),
                tolerance, r.problems().size());
        note(out, "without ISO codes (no matching numeric id)", r.unmatched());
        note(out, "kept unsimplified (simplification left nothing)", r.kept());
        note(out, "with a ring spanning more than 180 degrees of longitude", r.wide());
        out.printf(Locale.ROOT, "wrote %d countries to %s (%,d bytes)%n", r.countries().size(), output, Files.size(output));
        out.flush();
        err.flush();
        return r.problems().isEmpty() ? 0 : 1;
    }

    private static void note(PrintWriter out, String what, List<String> names) {
        if (!names.isEmpty()) {
            out.printf(Locale.ROOT, "%d %s: %s%n", names.size(), what, String.join(", ", names));
        }
    }
}
