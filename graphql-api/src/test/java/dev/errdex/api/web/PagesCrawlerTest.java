package dev.errdex.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crawler over real HTTP: starts from {@code /robots.txt} and the sitemaps, visits every URL they list and every
 * internal link it meets (each once, leaving out what robots.txt disallows), and checks each page as a search engine
 * would read it.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class PagesCrawlerTest {

    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");
    /** Requests the crawler has open at once (it checks the answers in order). */
    private static final int IN_FLIGHT = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI root;

    @Inject
    CatalogService catalog;

    @Test
    void everyPageFromRobotsAndSitemapsIsReachableCanonicalUniqueAndDescribed() throws Exception {
        String origin = root.toString().replaceAll("/$", "");
        HttpResponse<String> robots = get(origin + "/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        List<String> disallowed = robots.body().lines().filter(l -> l.startsWith("Disallow:"))
                .map(l -> l.substring("Disallow:".length()).strip()).toList();
        List<String> sitemaps = robots.body().lines().filter(l -> l.startsWith("Sitemap:"))
                .map(l -> l.substring("Sitemap:".length()).strip()).toList();
        assertThat(sitemaps).containsExactly(origin + "/sitemap.xml");

        Set<String> listed = new LinkedHashSet<>();
        for (String sitemap : locations(get(sitemaps.get(0)))) {
            listed.addAll(locations(get(sitemap)));
        }
        Set<String> everyCode = catalog.entries().stream().map(CatalogEntry::code)
                .map(code -> origin + "/errors/" + code).collect(Collectors.toSet());
        assertThat(listed).containsAll(everyCode).contains(origin + "/errors");

        List<String> queue = new ArrayList<>(listed); // in the order of visits; links found are added at the end
        Set<String> seen = new HashSet<>(listed);
        Map<Integer, CompletableFuture<HttpResponse<String>>> asked = new HashMap<>();
        int sent = 0;
        long started = System.nanoTime();
        Map<String, String> titles = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (int visit = 0; visit < queue.size(); visit++) {
            for (; sent < queue.size() && sent < visit + IN_FLIGHT; sent++) {
                asked.put(sent, PlainHttp.textAsync(URI.create(queue.get(sent))));
            }
            String url = queue.get(visit);
            URI uri = URI.create(url);
            // robots.txt rules match the path with its query string
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            HttpResponse<String> response = asked.remove(visit).join();
            if (response.statusCode() != 200) {
                problems.add(url + " answered " + response.statusCode());
                continue;
            }
            if (disallowed.stream().anyMatch(path::startsWith)
                    || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue; // reachable is all that is asked of a style sheet or a page crawlers are kept out of
            }
            pages++;
            Document doc = Jsoup.parse(response.body(), url);
            String canonical = doc.select("link[rel=canonical]").attr("href");
            if (!canonical.equals(url)) {
                problems.add(url + " has the canonical link " + canonical);
            }
            String title = doc.title();
            String description = doc.select("meta[name=description]").attr("content");
            if (title.isBlank() || description.isBlank()) {
                problems.add(url + " lacks a title or a description");
            }
            String sameTitle = titles.put(title, url);
            String sameDescription = descriptions.put(description, url);
            if (sameTitle != null || sameDescription != null) {
                problems.add(url + " shares its title or description with " + (sameTitle != null ? sameTitle
                        : sameDescription));
            }
            Element jsonLd = doc.selectFirst("script[type=application/ld+json]");
            if (jsonLd == null) {
                problems.add(url + " has no JSON-LD");
            } else {
                JsonNode ld = JSON.readTree(jsonLd.data());
                if (!ld.path("@context").asText().equals("https://schema.org") || !ld.path("@graph").isArray()) {
                    problems.add(url + " has JSON-LD without a schema.org graph");
                }
            }
            for (Element link : doc.select("a[href], link[href]")) {
                String target = link.attr("abs:href").replaceAll("#.*$", "");
                if (target.startsWith(origin + "/") && seen.add(target)) {
                    queue.add(target);
                }
            }
        }

        System.out.printf("crawled %d URLs (%d pages checked) in %d ms%n", queue.size(), pages,
                (System.nanoTime() - started) / 1_000_000);
        assertThat(problems).isEmpty();
        assertThat(pages).isGreaterThan(everyCode.size());
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return PlainHttp.text(URI.create(url));
    }

    private static List<String> locations(HttpResponse<String> sitemap) {
        assertThat(sitemap.statusCode()).as(sitemap.uri().toString()).isEqualTo(200);
        List<String> urls = new ArrayList<>();
        Matcher m = LOC.matcher(sitemap.body());
        while (m.find()) {
            urls.add(org.jsoup.parser.Parser.unescapeEntities(m.group(1), false));
        }
        return urls;
    }
}
