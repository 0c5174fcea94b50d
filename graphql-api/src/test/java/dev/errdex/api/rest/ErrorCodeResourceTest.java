package dev.errdex.api.rest;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class ErrorCodeResourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"ERR_NGROK_8012", "err-ngrok-8012", "08012", "8012"})
    void answersAnySpellingWithTheCanonicalCode(String spelling) {
        given().when().get("/api/errors/" + spelling)
                .then().statusCode(200)
                .contentType("application/json")
                .body("code", is("ERR_NGROK_8012"))
                .body("placeholders", hasItem("ADDR"))
                .body("fixGuide.steps", not(hasSize(0)))
                .body("updatedAt", startsWith("20"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ERR_NGROK_99999", "hello"})
    void unknownCodesAreProblemJson404(String code) {
        given().when().get("/api/errors/" + code)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("code", is("ERR_ERRDEX_1040"))
                .body("type", is("/errors/ERR_ERRDEX_1040"))
                .body("detail", containsString(code));
    }

    @Test
    void listsPagesWithCursors() {
        String cursor = given().queryParam("first", 3).queryParam("category", "agent").when().get("/api/errors")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.category", org.hamcrest.Matchers.everyItem(is("agent")))
                .body("hasNextPage", is(true))
                .extract().path("endCursor");

        given().queryParam("first", 3).queryParam("after", cursor).when().get("/api/errors")
                .then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void badCursorAndPageSizeAreProblemJson400() {
        given().queryParam("after", "nonsense").when().get("/api/errors")
                .then().statusCode(400).contentType("application/problem+json").body("code", is("ERR_ERRDEX_1041"));
        given().queryParam("first", 100000).when().get("/api/errors")
                .then().statusCode(400).body("code", is("ERR_ERRDEX_1042"));
    }

    @Test
    void openApiDocumentDescribesTheRestApiButNotThePages() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/errors/{code}'.get.summary", notNullValue())
                .body("paths.'/api/errors'", notNullValue())
                .body("paths.'/errors'", org.hamcrest.Matchers.nullValue());
    }
}
