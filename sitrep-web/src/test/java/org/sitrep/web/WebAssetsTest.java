package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "Security": the page shells carry no inline script, style or event handler and load only the desk's own
 * files and webjars that are on the class path; the scripts never turn text into markup. The browser tests
 * (sitrep-cli ServeBrowserIT, ServeInjectionIT) show the same in Chromium; this one needs no browser.
 */
class WebAssetsTest {
    static final List<String> PAGES = List.of("search", "article", "timeline", "map", "actor", "claims");
    static final List<String> SCRIPTS = List.of("common", "search", "article", "timeline", "map", "actor", "claims");
    private static final Pattern SRC = Pattern.compile("<(?:script|link)\\b[^>]*?(?:src|href)=\"([^\"]*)\"");

    private static String resource(String path) throws IOException {
        try (InputStream in = WebAssetsTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void page_shells_have_no_inline_script_style_or_handler_and_load_their_own_script() throws IOException {
        for (String page : PAGES) {
            String html = resource("/web/pages/" + page + ".html").replaceAll("(?s)<!--.*?-->", "");
            assertThat(html).as(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain("<style").doesNotContainPattern("\\sstyle=")
                    .doesNotContainPattern("\\son[a-z]+=").doesNotContain("javascript:")
                    .contains("<script src=\"/static/js/common.js\"></script>", "<script src=\"/static/js/" + page + ".js\"></script>",
                            "href=\"/static/css/sitrep.css\"");
        }
    }

    @Test
    void everything_a_page_loads_is_the_desks_own_or_a_webjar_on_the_class_path() throws IOException {
        for (String page : PAGES) {
            Matcher m = SRC.matcher(resource("/web/pages/" + page + ".html"));
            List<String> refs = new ArrayList<>();
            while (m.find()) {
                refs.add(m.group(1));
            }
            assertThat(refs).as(page).isNotEmpty();
            for (String ref : refs) {
                if (ref.startsWith("data:")) {
                    continue; // the empty favicon
                }
                assertThat(ref).as(page).matches("/(static|webjars)/[A-Za-z0-9._/-]+");
                String path = ref.startsWith("/static/") ? "/web" + ref : "/META-INF/resources" + ref;
                assertNotNull(WebAssetsTest.class.getResource(path), page + " loads " + ref + ", which is not on the class path");
            }
        }
    }

    @Test
    void scripts_never_write_markup() throws IOException {
        for (String script : SCRIPTS) {
            String js = resource("/web/static/js/" + script + ".js").replaceAll("(?s)/\\*.*?\\*/", "");
            assertThat(js).as(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                    "setAttribute('on", "setAttribute(\"on");
        }
    }
}
