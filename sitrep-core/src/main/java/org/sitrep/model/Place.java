package org.sitrep.model;

/**
 * A geocoded place.
 *
 * @param id         "geonames:&lt;geonameid&gt;" for GeoNames places, "sitrep:&lt;slug&gt;" for curated ones
 * @param country    ISO 3166 alpha-2 code, or null for places spanning countries (continents, seas)
 * @param kind       country, admin1, admin2, city, district, site, region, continent, water or feature
 * @param admin1     the first-level region a city or site lies in, or null
 * @param population 0 when unknown
 * @param confidence how sure the resolution is, 0..1 (1 for a gazetteer entry itself; in a document, the best
 *                   resolution's margin over the other candidates of its mentions)
 */
public record Place(String id, String name, double lat, double lon, String country, String kind, String admin1, long population,
        double confidence) {
    /** A place known by id, name, point, country and kind only. */
    public Place(String id, String name, double lat, double lon, String country, String kind) {
        this(id, name, lat, lon, country, kind, null, 0, 1.0);
    }

    public Place withConfidence(double c) {
        return new Place(id, name, lat, lon, country, kind, admin1, population, c);
    }

    /** Great-circle distance in km between two points (haversine, mean Earth radius 6,371.0088 km). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
