package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads PolNeAR's brat standoff: T lines give spans, E lines tie Source, Cue and Content into one attribution. */
public final class BratAttributions {
    private BratAttributions() {}

    public static List<GoldAttribution> read(Path ann) throws IOException {
        Map<String, GoldSpan> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : Files.readAllLines(ann)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (cols[0].startsWith("T")) {
                String[] typeAndRanges = cols[1].split(" ", 2);
                if (typeAndRanges.length < 2) {
                    continue;
                }
                List<int[]> fragments = new ArrayList<>();
                for (String range : typeAndRanges[1].split(";")) {
                    String[] se = range.trim().split(" ");
                    fragments.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                }
                spans.put(cols[0], new GoldSpan(fragments));
            } else if (cols[0].startsWith("E")) {
                events.add(cols[1].split(" "));
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] args : events) {
            Map<String, GoldSpan> roles = new HashMap<>();
            for (String arg : args) {
                String[] kv = arg.split(":");
                if (kv.length == 2 && spans.containsKey(kv[1])) {
                    roles.put(kv[0], spans.get(kv[1]));
                }
            }
            if (roles.containsKey("Cue") && roles.containsKey("Content")) {
                out.add(new GoldAttribution(roles.get("Source"), roles.get("Cue"), roles.get("Content")));
            }
        }
        return out;
    }
}
