package dev.errdex.api.web;

import dev.errdex.api.web.CodeDirectory.Brief;
import dev.errdex.api.web.CodeDirectory.CategoryCount;
import dev.errdex.catalog.text.HtmlText;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sitemaps: {@code /sitemap.xml} is an index of one sitemap per namespace ({@code /sitemaps/ERR_NGROK-1.xml},
 * split every {@value #MAX_URLS} codes, the protocol's limit) and one of the listings ({@code /sitemaps/pages.xml});
 * each code's {@code lastmod} is its update time. Every code in the catalog has its page in them.
 */
@ApplicationScoped
public class Sitemaps {

    /** Most URLs in one sitemap (the sitemap protocol's limit). */
    static final int MAX_URLS = 50_000;
    /** The name of the sitemap of the listings. */
    static final String LISTINGS = "pages";
    private static final Pattern PART = Pattern.compile("([A-Z][A-Z0-9_]*)-([1-9][0-9]{0,5})");

    /** One sitemap: its name (the path after {@code /sitemaps/}, without {@code .xml}) and its URLs' codes. */
    record Part(String name, List<Brief> codes) {
        Instant lastModified() {
            return codes.stream().map(Brief::updatedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        }
    }

    private final CodeDirectory directory;
    private final PagesConfig config;

    Sitemaps(CodeDirectory directory, PagesConfig config) {
        this.directory = directory;
        this.config = config;
    }

    /** The sitemap index, with absolute URLs under {@code origin}. */
    public String index(String origin) {
        StringBuilder xml = new StringBuilder(4096).append(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex"
                        + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        sitemap(xml, origin + "/sitemaps/" + LISTINGS + ".xml", directory.version().lastModified());
        for (Part part : parts(directory.all(), MAX_URLS)) {
            sitemap(xml, origin + "/sitemaps/" + part.name() + ".xml", part.lastModified());
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /** The sitemap called {@code name}, or empty when there is none of that name. */
    public Optional<String> sitemap(String name, String origin) {
        if (name.equals(LISTINGS)) {
            return Optional.of(listings(origin));
        }
        Matcher m = PART.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return parts(directory.all(), MAX_URLS).stream().filter(p -> p.name().equals(name)).findFirst()
                .map(part -> {
                    StringBuilder xml = urlset();
                    for (Brief b : part.codes()) {
                        url(xml, origin + ErrorPages.pathOf(b.code()), b.updatedAt());
                    }
                    return xml.append("</urlset>\n").toString();
                });
    }

    /** The codes in sitemaps of at most {@code limit} URLs: per namespace, in code order, numbered from 1. */
    static List<Part> parts(List<Brief> codes, int limit) {
        Map<String, List<Brief>> byNamespace = new LinkedHashMap<>();
        for (Brief b : codes) {
            byNamespace.computeIfAbsent(b.namespace(), k -> new ArrayList<>()).add(b);
        }
        List<Part> parts = new ArrayList<>();
        byNamespace.forEach((namespace, list) -> {
            for (int from = 0, n = 1; from < list.size(); from += limit, n++) {
                parts.add(new Part(namespace + "-" + n, list.subList(from, Math.min(list.size(), from + limit))));
            }
        });
        return parts;
    }

    private String listings(String origin) {
        StringBuilder xml = urlset();
        Instant latest = directory.version().lastModified();
        int size = config.pageSize();
        listing(xml, origin, null, directory.list(null, 1, size).pages(), latest);
        for (CategoryCount c : directory.categories()) {
            listing(xml, origin, c.id(), (c.count() + size - 1) / size, latest);
        }
        return xml.append("</urlset>\n").toString();
    }

    private static void listing(StringBuilder xml, String origin, String category, int pages, Instant latest) {
        for (int page = 1; page <= pages; page++) {
            url(xml, origin + "/errors" + PageModels.query(category, page), latest);
        }
    }

    private static StringBuilder urlset() {
        return new StringBuilder(256 * 1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    }

    private static void url(StringBuilder xml, String loc, Instant lastModified) {
        xml.append("<url><loc>").append(HtmlText.escape(loc)).append("</loc><lastmod>").append(lastModified)
                .append("</lastmod></url>\n");
    }

    private static void sitemap(StringBuilder xml, String loc, Instant lastModified) {
        xml.append("<sitemap><loc>").append(HtmlText.escape(loc)).append("</loc><lastmod>").append(lastModified)
                .append("</lastmod></sitemap>\n");
    }
}
