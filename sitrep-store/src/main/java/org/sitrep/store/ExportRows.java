package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;

/**
 * The rows of the CSV exports (docs/exports.md): a GDELT 2.0 event-table-like layout with Sitrep's own columns at the
 * end, and an ACLED-like one. The codebooks of those formats (GDELT's geographic types, ACLED's interaction codes and
 * disorder types) are part of the formats and live here; what Sitrep knows comes from the stored events.
 */
public final class ExportRows {
    /** The GDELT-like header. */
    public static final List<String> GDELT = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles",
            "AvgTone", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL", "PloverType", "Context", "ClaimId", "SitrepEventId");

    /** The ACLED-like header. */
    public static final List<String> ACLED = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
            "sub_event_type", "actor1", "inter1", "actor2", "inter2", "interaction", "iso", "country", "location", "latitude", "longitude",
            "geo_precision", "source", "notes", "fatalities");

    /** ACLED's numeric actor categories (inter1, inter2), from its codebook. */
    private static final Map<String, Integer> INTER = Map.of("state forces", 1, "rebel groups", 2, "political militia", 3, "political militias", 3,
            "identity militia", 4, "identity militias", 4, "rioters", 5, "protesters", 6, "civilians", 7, "external/other forces", 8);

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private ExportRows() {}

    /** A stable positive 63-bit number for a Sitrep event id: the first eight bytes of its SHA-256. */
    public static long globalId(String sitrepId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sitrepId.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (h[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** One GDELT-like row of a folded event. */
    static List<Object> gdelt(SameEvents.Group g) {
        StoredEvent e = g.event();
        JsonNode j = e.json();
        LocalDate d = e.day();
        List<Object> r = new ArrayList<>(GDELT.size());
        r.add(globalId(e.id()));
        r.add(d == null ? null : d.format(BASIC));
        r.add(d == null ? null : String.format(Locale.ROOT, "%d%02d", d.getYear(), d.getMonthValue()));
        r.add(d == null ? null : d.getYear());
        r.add(d == null ? null : String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0));
        actor(r, e.source(), j.path("source"));
        actor(r, e.target(), j.path("target"));
        r.add(j.path("main").asBoolean() ? 1 : 0);
        String code = j.at("/cameo/code").asText();
        r.add(code);
        r.add(code.substring(0, Math.min(3, code.length())));
        r.add(code.substring(0, 2));
        r.add(j.at("/cameo/quadClass").asInt());
        r.add(j.at("/cameo/goldstein").asDouble());
        r.add(g.mentions());
        r.add(g.sources());
        r.add(g.articles());
        r.add(null); // AvgTone: Sitrep measures no tone
        Place p = e.place();
        r.add(p == null ? null : geoType(p));
        r.add(p == null ? null : fullName(p));
        r.add(p == null ? null : p.country());
        r.add(p == null ? null : p.lat());
        r.add(p == null ? null : p.lon());
        r.add(p == null ? null : p.id().startsWith("geonames:") ? p.id().substring("geonames:".length()) : p.id());
        r.add(e.published() == null ? null : e.published().format(BASIC) + "000000");
        r.add(e.url());
        r.add(e.type());
        r.add(e.context().name().toLowerCase(Locale.ROOT));
        r.add(text(j, "claim"));
        r.add(e.id());
        return r;
    }

    private static void actor(List<Object> r, Actor a, JsonNode participant) {
        if (!participant.isObject()) {
            r.addAll(Arrays.asList(null, null, null, null));
            return;
        }
        String country = text(participant, "country");
        if (country == null && a != null) {
            country = a.country();
        }
        String code = a != null && a.code() != null ? a.code() : country;
        r.add(code);
        r.add(a != null ? a.name() : participant.at("/span/text").asText(null));
        r.add(country);
        r.add(code != null && country != null && code.length() >= 6 && code.startsWith(country) ? code.substring(3, 6) : null);
    }

    /** GDELT's ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state; empty for wider places. */
    private static Integer geoType(Place p) {
        boolean us = "US".equals(p.country());
        return switch (String.valueOf(p.kind())) {
            case "country" -> 1;
            case "admin1" -> us ? 2 : 5;
            case "city", "district", "site", "admin2", "feature" -> us ? 3 : 4;
            default -> null;
        };
    }

    /** "Erbil, Erbil Governorate, Iraq": the place, its first-level region when it names another, its country. */
    private static String fullName(Place p) {
        List<String> parts = new ArrayList<>(List.of(p.name()));
        if (p.admin1() != null && !p.admin1().equals(p.name())) {
            parts.add(p.admin1());
        }
        String country = countryName(p.country());
        if (country != null && !"country".equals(p.kind())) {
            parts.add(country);
        }
        return String.join(", ", parts);
    }

    private static String countryName(String alpha2) {
        if (alpha2 == null || alpha2.length() != 2) {
            return null;
        }
        String name = new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(alpha2) ? null : name;
    }

    private static String alpha3(String alpha2) {
        if (alpha2 == null) {
            return null;
        }
        try {
            return new Locale("", alpha2).getISO3Country();
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }

    /** Whether an event goes into the ACLED export: it has an ACLED type and happened. */
    static boolean acled(StoredEvent e) {
        return e.happened() && e.json().path("acled").isObject() && text(e.json().path("acled"), "eventType") != null;
    }

    /** One ACLED-like row of a folded event. */
    static List<Object> acled(SameEvents.Group g) {
        StoredEvent e = g.event();
        JsonNode j = e.json();
        JsonNode a = j.path("acled");
        Place p = e.place();
        String iso3 = p != null ? alpha3(p.country()) : null;
        if (iso3 == null) {
            iso3 = text(j.path("source"), "country");
        }
        String type = text(a, "eventType");
        Integer inter1 = inter(text(a, "actor1"));
        Integer inter2 = inter(text(a, "actor2"));
        List<Object> r = new ArrayList<>(ACLED.size());
        r.add((iso3 == null ? "XXX" : iso3) + (globalId(e.id()) % 1_000_000_000L));
        r.add(e.day() == null ? null : e.day().toString());
        r.add(e.day() == null ? null : e.day().getYear());
        r.add(precision(e.precision()));
        r.add(disorder(type));
        r.add(type);
        r.add(text(a, "subEventType"));
        r.add(name(e.source(), j.path("source")));
        r.add(inter1);
        r.add(name(e.target(), j.path("target")));
        r.add(inter2);
        r.add(interaction(inter1, inter2));
        r.add(iso3);
        r.add(p != null ? countryName(p.country()) : null);
        r.add(p == null ? null : p.name());
        r.add(p == null ? null : p.lat());
        r.add(p == null ? null : p.lon());
        r.add(p == null ? null : geoPrecision(p));
        r.add(e.outlet() != null ? e.outlet() : e.url());
        r.add(e.sentence().replaceAll("\\s+", " ").strip());
        r.add(j.path("casualties").isObject() && j.at("/casualties/killed").isNumber() ? j.at("/casualties/killed").asInt() : 0);
        return r;
    }

    private static String name(Actor a, JsonNode participant) {
        if (a != null) {
            return a.name();
        }
        return participant.isObject() ? participant.at("/span/text").asText(null) : null;
    }

    private static Integer inter(String category) {
        return category == null ? null : INTER.get(category.toLowerCase(Locale.ROOT));
    }

    /** ACLED's interaction: both actor codes, the smaller first ("12"), or the one code times ten ("20"). */
    private static Integer interaction(Integer a, Integer b) {
        if (a == null && b == null) {
            return null;
        }
        if (a == null || b == null) {
            return (a == null ? b : a) * 10;
        }
        return Math.min(a, b) * 10 + Math.max(a, b);
    }

    /** ACLED's time_precision: 1 the day, 2 the week (or the report's day standing in), 3 a month or more. */
    private static Integer precision(String p) {
        return switch (String.valueOf(p)) {
            case "day" -> 1;
            case "week", "article" -> 2;
            case "month", "year" -> 3;
            default -> null;
        };
    }

    private static String disorder(String type) {
        return switch (type) {
            case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "Political violence";
            case "Protests", "Riots" -> "Demonstrations";
            default -> type;
        };
    }

    /** ACLED's geo_precision: 1 the town or site, 2 a district or area near it, 3 a region or the country. */
    private static Integer geoPrecision(Place p) {
        return switch (String.valueOf(p.kind())) {
            case "city", "site", "district", "feature" -> 1;
            case "admin2", "region" -> 2;
            default -> 3;
        };
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
