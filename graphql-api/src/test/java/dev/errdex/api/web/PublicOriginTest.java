package dev.errdex.api.web;

import dev.errdex.api.error.ErrdexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicOriginTest {

    @Test
    void baseUrlIsTheSchemeAndHostInLowerCaseWithoutTrailingSlash() {
        assertThat(PublicOrigin.origin("HTTPS://Errors.Example.com/")).isEqualTo("https://errors.example.com");
        assertThat(PublicOrigin.origin("http://10.0.0.5:8080")).isEqualTo("http://10.0.0.5:8080");
    }

    @ParameterizedTest
    @ValueSource(strings = {"errors.example.com", "ftp://errors.example.com", "https://errors.example.com/help",
            "https://errors.example.com/?a=1", "https://user@errors.example.com", "https:///errors"})
    void baseUrlThatIsNoOriginIsRefusedWithItsCode(String baseUrl) {
        assertThatThrownBy(() -> PublicOrigin.origin(baseUrl)).isInstanceOf(ErrdexException.class)
                .hasMessageStartingWith("ERR_ERRDEX_1340: ");
    }
}
