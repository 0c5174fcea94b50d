package dev.errdex.api.web;

import dev.errdex.api.error.ErrdexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicOriginTest {

    @Test
    void baseUrlIsTheSchemeAndHostInLowerCaseWithoutTrailingSlash() {
        assertThat(PublicOrigin.origin("HTTPS://Errors.Example.com/")).isEqualTo("https://errors.example.com");
        assertThat(PublicOrigin.origin("http://10.0.0.5:8080")).isEqualTo("http://10.0.0.5:8080");
    }

    @Test
    void aConfiguredBaseUrlIsTheOriginOfEveryRequestWhateverItsHeaders() {
        PublicOrigin origin = new PublicOrigin(pagesWithBaseUrl("https://Errors.Example.com/"), true,
                Optional.of(List.of("127.0.0.1")));

        assertThat(origin.fixed()).isTrue();
        assertThat(origin.of(null)).isEqualTo("https://errors.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"errors.example.com", "ftp://errors.example.com", "https://errors.example.com/help",
            "https://errors.example.com/?a=1", "https://user@errors.example.com", "https:///errors"})
    void baseUrlThatIsNoOriginIsRefusedWithItsCode(String baseUrl) {
        assertThatThrownBy(() -> PublicOrigin.origin(baseUrl)).isInstanceOf(ErrdexException.class)
                .hasMessageStartingWith("ERR_ERRDEX_1340: ");
    }

    /** {@code errdex.pages.*} with a base URL (the other settings are not read by {@link PublicOrigin}). */
    private static PagesConfig pagesWithBaseUrl(String baseUrl) {
        return (PagesConfig) Proxy.newProxyInstance(PagesConfig.class.getClassLoader(),
                new Class<?>[]{PagesConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("baseUrl")) {
                        return Optional.of(baseUrl);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
