package dev.errdex.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.api.GraphQLClient;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.StoredEntry;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What crawlers and browsers read besides the page text: robots, sitemaps, head metadata, headers, ranking. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class PagesForCrawlersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CatalogService catalog;

    private static Response get(String path) {
        return given().redirects().follow(false).when().get(path);
    }

    @Test
    void robotsAllowsThePagesAndKeepsCrawlersOutOfApiAndSearch() {
        Response robots = get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.contentType()).startsWith("text/plain");
        assertThat(robots.asString().lines()).contains("User-agent: *", "Allow: /", "Disallow: /graphql",
                "Disallow: /api", "Disallow: /q", "Disallow: /errors/search?");
        assertThat(robots.asString()).containsPattern("Sitemap: http://[^/]+/sitemap.xml");
    }

    @Test
    void sitemapIndexHasOneSitemapPerNamespaceWithEachCodesUpdateTime() {
        String index = get("/sitemap.xml").then().statusCode(200).contentType("application/xml")
                .extract().asString();

        assertThat(index).contains("<sitemapindex", "/sitemaps/pages.xml</loc>", "/sitemaps/ERR_NGROK-1.xml</loc>")
                .doesNotContain("/sitemaps/ERR_NGROK-2.xml");
        String ngrok = get("/sitemaps/ERR_NGROK-1.xml").then().statusCode(200).extract().asString();
        StoredEntry stored = catalog.find("ERR_NGROK_8012").orElseThrow();
        assertThat(ngrok).containsPattern("<url><loc>http://[^<]+/errors/ERR_NGROK_8012</loc><lastmod>"
                + java.util.regex.Pattern.quote(stored.updatedAt().toString()) + "</lastmod></url>");
        assertThat(ngrok.split("<url>")).hasSize((int) catalog.entries().stream()
                .filter(e -> e.namespace().equals("ERR_NGROK")).count() + 1);
        assertThat(get("/sitemaps/pages.xml").asString()).containsPattern("<loc>http://[^<]+/errors</loc>")
                .contains("/errors?page=2</loc>", "/errors?category=agent</loc>");
        assertThat(get("/sitemaps/ERR_NGROK-9.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void sitemapsSplitANamespaceAtTheLimit() {
        List<CodeDirectory.Brief> codes = List.of(brief("ERR_A_1"), brief("ERR_A_2"), brief("ERR_A_3"),
                brief("ERR_B_1"));

        assertThat(Sitemaps.parts(codes, 2)).extracting(Sitemaps.Part::name)
                .containsExactly("ERR_A-1", "ERR_A-2", "ERR_B-1");
        assertThat(Sitemaps.MAX_URLS).isEqualTo(50_000);
    }

    @Test
    void openApiDescribesTheRestApiOnlyNotWhatIsForCrawlers() {
        String openApi = get("/q/openapi?format=json").then().statusCode(200).extract().asString();

        assertThat(openApi).contains("/api/errors").doesNotContain("/robots.txt", "/sitemap", "\"/errors\"");
    }

    @Test
    void rootRedirectsToTheErrors() {
        get("/").then().statusCode(301).header("Location", org.hamcrest.Matchers.matchesPattern(
                "http://[^/]+/errors"));
    }

    @Test
    void codePageCarriesOpenGraphTwitterAndJsonLdArticleWithHowToAndBreadcrumbs() throws Exception {
        Document doc = Jsoup.parse(get("/errors/ERR_NGROK_8012").asString());
        String canonical = doc.select("link[rel=canonical]").attr("href");

        assertThat(canonical).matches("http://[^/]+/errors/ERR_NGROK_8012");
        assertThat(doc.select("meta[property=og:url]").attr("content")).isEqualTo(canonical);
        assertThat(doc.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo(doc.title());
        assertThat(doc.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(doc.select("meta[name=robots]")).isEmpty();
        JsonNode graph = JSON.readTree(doc.select("script[type=application/ld+json]").first().data()).path("@graph");
        JsonNode article = node(graph, "TechArticle");
        assertThat(article.path("identifier").asText()).isEqualTo("ERR_NGROK_8012");
        assertThat(article.path("headline").asText()).startsWith("ERR_NGROK_8012: ");
        assertThat(article.path("dateModified").asText())
                .isEqualTo(catalog.find("ERR_NGROK_8012").orElseThrow().updatedAt().toString());
        assertThat(node(graph, "HowTo").path("step")).hasSizeGreaterThan(0);
        assertThat(node(graph, "HowTo").path("step").path(0).path("text").asText()).doesNotContain("`");
        assertThat(node(graph, "BreadcrumbList").path("itemListElement").path(2).path("item").asText())
                .isEqualTo(canonical);
    }

    @Test
    void jsonLdStaysOneScriptWhateverTheCatalogSays() throws Exception {
        String hostile = "Broke </script><script>alert(1)</script> & <!-- here";
        catalog.upsert(CatalogEntry.builder("ERR_PAGETEST_14").title(hostile).message("It broke.")
                .fixGuide(new FixGuide("Summary.", List.of(), List.of("Step </script> one"))).build(), "test");

        Document doc = Jsoup.parse(get("/errors/ERR_PAGETEST_14").then().statusCode(200).extract().asString());

        assertThat(doc.select("script:not([src])")).hasSize(1);
        String data = doc.select("script[type=application/ld+json]").first().data();
        assertThat(data).doesNotContain("<", ">");
        JsonNode graph = JSON.readTree(data).path("@graph");
        assertThat(node(graph, "TechArticle").path("headline").asText()).isEqualTo("ERR_PAGETEST_14: " + hostile);
        assertThat(node(graph, "HowTo").path("step").path(0).path("text").asText()).isEqualTo("Step </script> one");
    }

    @Test
    void searchResultsAndMissingPagesAreNotIndexed() {
        Document search = Jsoup.parse(get("/errors/search?q=tunnel").asString());
        Document missing = Jsoup.parse(get("/errors/ERR_NGROK_8015").asString());

        assertThat(search.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(search.select("link[rel=canonical]")).isEmpty();
        assertThat(missing.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void theSearchFormWithoutAQueryIsAPageToIndex() {
        Document form = Jsoup.parse(get("/errors/search").asString());

        assertThat(form.select("meta[name=robots]")).isEmpty();
        assertThat(form.select("link[rel=canonical]").attr("href")).matches("http://[^/]+/errors/search");
    }

    @Test
    void pagesAndStyleSheetCarrySecurityHeaders() {
        for (String path : List.of("/errors", "/errors/ERR_NGROK_8012", "/errors/search?q=agent",
                "/css/errdex.css", "/robots.txt")) {
            Response r = get(path);
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("Content-Security-Policy")).as(path).contains("default-src 'none'",
                    "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        }
        Document page = Jsoup.parse(get("/errors/ERR_NGROK_8012").asString());
        // no inline script or style: scripts are files of the site itself (the copy button's /js/copy.js)
        assertThat(page.select("script:not([type=application/ld+json]):not([src]), [style], style")).isEmpty();
        assertThat(page.select("script[src]")).allSatisfy(s -> assertThat(s.attr("src")).startsWith("/js/"));
        assertThat(page.select("[onclick], [onload], [onerror]")).isEmpty();
    }

    @Test
    void searchPageShowsHitsInTheOrderGraphQLSearchRanksThem() {
        JsonNode ranked = GraphQLClient.post("search.graphql", Map.of("query", "tunnel session limit", "first", 20));
        List<String> graphql = StreamSupport.stream(ranked.path("data").path("search").spliterator(), false)
                .map(h -> h.path("code").asText()).toList();

        Document doc = Jsoup.parse(given().queryParam("q", "tunnel session limit").get("/errors/search").asString());

        assertThat(graphql).hasSize(20).contains("ERR_NGROK_108");
        assertThat(doc.select("ol.hits > li > a > code").eachText()).isEqualTo(graphql);
    }

    @Test
    void searchCategoryIsAFilterThatKeepsTheRanking() {
        JsonNode ranked = GraphQLClient.post("search.graphql", Map.of("query", "tunnel session limit", "first", 100));
        List<String> agent = StreamSupport.stream(ranked.path("data").path("search").spliterator(), false)
                .filter(h -> h.path("category").asText().equals("agent")).map(h -> h.path("code").asText())
                .limit(20).toList();

        Document doc = Jsoup.parse(given().queryParam("q", "tunnel session limit").queryParam("category", "agent")
                .get("/errors/search").asString());

        assertThat(agent).isNotEmpty();
        assertThat(doc.select("ol.hits > li > a > code").eachText()).isEqualTo(agent);
        assertThat(doc.select("#search-category option[selected]").attr("value")).isEqualTo("agent");
    }

    @Test
    void titlesInListsShowInlineCodeAsCode() {
        List<CatalogEntry> all = catalog.entries();
        int at = 0;
        while (!all.get(at).title().matches(".*`[A-Z_]+`.*")) {
            at++;
        }
        CatalogEntry withCode = all.get(at);
        String inCode = withCode.title().replaceAll("^[^`]*`([A-Z_]+)`.*$", "$1");
        Document listing = Jsoup.parse(get("/errors?page=" + (at / 50 + 1)).asString());
        Document search = Jsoup.parse(given().queryParam("q", withCode.title().replace("`", ""))
                .get("/errors/search").asString());

        for (Document doc : List.of(listing, search)) {
            assertThat(doc.select("main a span").eachText()).noneMatch(t -> t.contains("`"));
            assertThat(doc.select("a[href=\"/errors/" + withCode.code() + "\"] span code").eachText())
                    .contains(inCode);
        }
    }

    private static JsonNode node(JsonNode graph, String type) {
        for (JsonNode n : graph) {
            if (n.path("@type").asText().equals(type)) {
                return n;
            }
        }
        throw new AssertionError("no " + type + " in " + graph);
    }

    private static CodeDirectory.Brief brief(String code) {
        String[] parts = code.split("_");
        return new CodeDirectory.Brief(code, parts[0] + "_" + parts[1], Integer.parseInt(parts[2]), "t",
                new io.quarkus.qute.RawString("t"), "other", CatalogEntry.Status.ACTIVE, 1, java.time.Instant.EPOCH);
    }
}
