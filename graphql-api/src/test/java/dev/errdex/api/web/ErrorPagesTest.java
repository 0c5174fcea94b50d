package dev.errdex.api.web;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class ErrorPagesTest {

    static final List<String> SEED_COMMON = List.of("ERR_NGROK_100", "ERR_NGROK_108", "ERR_NGROK_120",
            "ERR_NGROK_1205", "ERR_NGROK_1226", "ERR_NGROK_3004", "ERR_NGROK_3200", "ERR_NGROK_3208",
            "ERR_NGROK_4011", "ERR_NGROK_4013", "ERR_NGROK_4100", "ERR_NGROK_4101", "ERR_NGROK_4108",
            "ERR_NGROK_6022", "ERR_NGROK_6024", "ERR_NGROK_8012");

    @Inject
    CatalogService catalog;

    static Document page(String path, int status) {
        Response response = given().redirects().follow(false).when().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        return Jsoup.parse(response.asString());
    }

    @Test
    void errorsListsTheCommonErrorsFirst() {
        Document doc = page("/errors", 200);

        // which ones and in what order depends on the tickets other tests stored: CommonErrorsRankingTest
        Element common = doc.getElementById("common").parent();
        assertThat(common.select("li > a > code").eachText()).hasSize(SEED_COMMON.size()).doesNotHaveDuplicates();
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("main").size()).isEqualTo(1);
    }

    @Test
    void errorsPagesThroughAllCodesByCategory() {
        Document first = page("/errors?category=traffic-policy", 200);
        Document second = page("/errors?category=traffic-policy&page=2", 200);

        assertThat(first.getElementById("common")).isNull();
        assertThat(first.select("#category option[selected]").attr("value")).isEqualTo("traffic-policy");
        List<String> onFirst = first.getElementById("all").parent().select("ul.codes li > a > code").eachText();
        List<String> onSecond = second.getElementById("all").parent().select("ul.codes li > a > code").eachText();
        assertThat(onFirst).hasSize(50).doesNotContainAnyElementsOf(onSecond);
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/errors?category=traffic-policy&page=2");
        assertThat(second.select("link[rel=canonical]").attr("href"))
                .matches("http://[^/]+/errors\\?category=traffic-policy&page=2");
        assertThat(first.select("label[for=category]").text()).isEqualTo("Category");
        assertThat(first.select("label[for=q]")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ERR-NGROK-8012", "err_ngrok_08012", "8012", "Err%20Ngrok%208012", "err.ngrok.8012"})
    void anySpellingRedirectsPermanentlyToTheCanonicalUrl(String spelling) {
        given().urlEncodingEnabled(false).redirects().follow(false).when().get("/errors/" + spelling)
                .then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/errors/ERR_NGROK_8012"));
    }

    @Test
    void codePageShowsCodeMessageGuideAndRelatedCodes() {
        Document doc = page("/errors/ERR_NGROK_8012", 200);

        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("h1 .code").text()).isEqualTo("ERR_NGROK_8012");
        assertThat(doc.title()).startsWith("ERR_NGROK_8012: ").endsWith(" · errdex");
        assertThat(doc.select("link[rel=canonical]").attr("href")).matches("http://[^/]+/errors/ERR_NGROK_8012");
        assertThat(doc.select("meta[name=description]").attr("content")).startsWith("ERR_NGROK_8012: ")
                .hasSizeLessThanOrEqualTo(156);
        assertThat(doc.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(doc.select(".message code.ph").eachText()).containsExactly("ADDR");
        assertThat(doc.select("#fix ol.steps li")).isNotEmpty();
        assertThat(doc.select("#fix ol.steps code")).isNotEmpty();
        assertThat(doc.select("#related").parents().first().select("li a").eachAttr("href"))
                .isNotEmpty().allMatch(href -> href.matches("/errors/ERR_[A-Z]+_\\d+"));
        assertThat(doc.select("time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*");
        assertThat(doc.select("nav[aria-label=Breadcrumb] a").eachText()).contains("Agent & authentication");
    }

    @Test
    void anErrdexErrorPageShowsWhereInErrdexsOwnSourceThatErrorIsRaised() {
        Document doc = page("/errors/ERR_ERRDEX_1060", 200);

        assertThat(doc.select("#raised").text()).isEqualTo("Raised at");
        assertThat(doc.select("ul.raised li").eachText()).singleElement().asString()
                .matches("catalog-core/src/main/java/dev/errdex/catalog/scan/SourceScan\\.java:\\d+ in SourceScan\\.of");
        assertThat(doc.select("ul.raised a")).as("no link without a configured repository URL").isEmpty();
    }

    @Test
    void deprecatedCodePointsToItsReplacementAndEditsShowAtOnce() {
        catalog.upsert(CatalogEntry.builder("ERR_PAGETEST_1").message("The old way failed at `HOST`.")
                .fixGuide(new FixGuide("Old **summary**.", List.of(), List.of("Do `this`."))).build(), "test");
        catalog.upsert(CatalogEntry.builder("ERR_PAGETEST_2").message("The new way failed.").build(), "test");
        page("/errors/ERR_PAGETEST_1", 200); // cached now

        catalog.deprecate("ERR_PAGETEST_1", "ERR_PAGETEST_2", "test");
        catalog.updateFixGuide("ERR_PAGETEST_1", new FixGuide("New <b>summary</b>.", List.of(), List.of()), "test");
        Document doc = page("/errors/ERR_PAGETEST_1", 200);

        assertThat(doc.select(".notice").text()).contains("Deprecated");
        assertThat(doc.select(".notice a").attr("href")).isEqualTo("/errors/ERR_PAGETEST_2");
        assertThat(doc.select("#fix .summary").text()).isEqualTo("New <b>summary</b>.");
        assertThat(doc.select("#fix .summary b")).isEmpty();
    }

    @Test
    void unknownCodeIsA404SuggestingTheNearestCodes() {
        Document doc = page("/errors/ERR_NGROK_8015", 404);

        assertThat(doc.select("h1").text()).contains("ERR_NGROK_8015");
        assertThat(doc.select("#near").parents().first().select("li > a > code").eachText())
                .contains("ERR_NGROK_8014", "ERR_NGROK_8012");
        assertThat(doc.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void notACodeIsA404ThatSearchesItsWords() {
        Response response = given().urlEncodingEnabled(false).when()
                .get("/errors/agent%20failed%20to%20establish%20a%20connection%20to%20the%20upstream%20web%20service");
        assertThat(response.statusCode()).isEqualTo(404);
        Document doc = Jsoup.parse(response.asString());

        assertThat(doc.select("#matches").parents().first().select("li > a > code").eachText())
                .contains("ERR_NGROK_8012");
    }

    @Test
    void searchFindsAPastedMessageWithHighlightedSnippets() {
        Document doc = page("/errors/search?q=" + "Traffic successfully made it to the ngrok agent, but the agent"
                + " failed to establish a connection to the upstream web service at localhost:3000", 200);

        assertThat(doc.select("ol.hits li a code").eachText()).contains("ERR_NGROK_8012");
        assertThat(doc.select("ol.hits li .cat")).isNotEmpty();
        assertThat(doc.select(".snippet mark")).isNotEmpty();
        assertThat(doc.select("[role=status]").text()).contains("matching codes");
    }

    @Test
    void searchIsSafeWithHostileInput() {
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> upstream ' OR 1=1 --";
        Response response = given().queryParam("q", hostile).when().get("/errors/search");

        assertThat(response.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(response.asString());
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("#q").attr("value")).isEqualTo(hostile);
    }

    @Test
    void searchForAWholeCodeGoesToItsPage() {
        given().redirects().follow(false).queryParam("q", "err-ngrok-3200").when().get("/errors/search")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/errors/ERR_NGROK_3200"));
    }

    @Test
    void searchCutsVeryLongTexts() {
        Document doc = Jsoup.parse(given().queryParam("q", "agent ".repeat(200)).when().get("/errors/search")
                .then().statusCode(200).extract().asString());

        assertThat(doc.select("[role=status]").text()).contains("only the beginning");
    }
}
