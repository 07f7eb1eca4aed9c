package org.sitrep.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes WARC archives for tests with jwarc: pages, redirects, other media, request, revisit and metadata records, and
 * responses whose HTTP part is whatever the test says (broken on purpose). Record ids and dates are fixed, so an archive
 * is the same bytes every run. {@link #gzip()} compresses each record as its own gzip member, as crawlers do.
 */
public final class WarcFixture {
    /** The WARC-Date of every record. */
    public static final Instant DATE = Instant.parse("2024-09-28T06:00:00Z");

    private final List<WarcRecord> records = new ArrayList<>();

    public static WarcFixture create() {
        return new WarcFixture();
    }

    /** A 200 response holding an HTML page, served as {@code text/html; charset=utf-8}. */
    public WarcFixture page(String url, String html) {
        return body(url, 200, "OK", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 response with these bytes and {@code Content-Type} (none when null). */
    public WarcFixture body(String url, byte[] bytes, String contentType) {
        return body(url, 200, "OK", contentType, bytes);
    }

    /** A 301 redirect to {@code location}. */
    public WarcFixture redirect(String url, String location) {
        String http = "HTTP/1.1 301 Moved Permanently\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n";
        return raw(url, http.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A response whose HTTP message is exactly these bytes: a broken header, a length that lies. */
    public WarcFixture raw(String url, byte[] httpMessage) {
        try {
            records.add(new WarcResponse.Builder(URI.create(url)).recordId(id()).date(DATE).body(MediaType.HTTP_RESPONSE, httpMessage).build());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot build a response for " + url, e);
        }
        return this;
    }

    /** The request record a crawler writes before a response. */
    public WarcFixture request(String url) {
        String http = "GET " + URI.create(url).getRawPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost() + "\r\n\r\n";
        records.add(new WarcRequest.Builder(URI.create(url)).recordId(id()).date(DATE)
                .body(MediaType.HTTP_REQUEST, http.getBytes(StandardCharsets.ISO_8859_1)).build());
        return this;
    }

    /** A revisit record (the payload was seen before). */
    public WarcFixture revisit(String url) {
        try {
            records.add(new WarcRevisit.Builder(URI.create(url), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).recordId(id()).date(DATE)
                    .body(MediaType.HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1))
                    .build());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot build a revisit for " + url, e);
        }
        return this;
    }

    /** A metadata record about {@code url}. */
    public WarcFixture metadata(String url) {
        records.add(new WarcMetadata.Builder().targetURI(url).recordId(id()).date(DATE)
                .body(MediaType.WARC_FIELDS, "outlinks: http://example.test/\r\n".getBytes(StandardCharsets.UTF_8)).build());
        return this;
    }

    /** The warcinfo record an archive starts with. */
    public WarcFixture warcinfo() {
        records.add(new Warcinfo.Builder().recordId(id()).date(DATE)
                .body(MediaType.WARC_FIELDS, "software: sitrep-testkit\r\n".getBytes(StandardCharsets.UTF_8)).build());
        return this;
    }

    /** The archive, each record its own gzip member ({@code .warc.gz}). */
    public byte[] gzip() {
        return write(WarcCompression.GZIP);
    }

    /** The archive uncompressed ({@code .warc}). */
    public byte[] plain() {
        return write(WarcCompression.NONE);
    }

    private WarcFixture body(String url, int status, String reason, String contentType, byte[] bytes) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + bytes.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(bytes, 0, all, h.length, bytes.length);
        return raw(url, all);
    }

    private UUID id() {
        return UUID.nameUUIDFromBytes(("sitrep-testkit-record-" + records.size()).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] write(WarcCompression compression) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
            for (WarcRecord r : records) {
                w.write(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
