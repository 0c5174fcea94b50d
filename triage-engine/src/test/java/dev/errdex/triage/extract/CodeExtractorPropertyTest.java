package dev.errdex.triage.extract;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Property-based tests of the extractor: any code in any spelling is found; number look-alikes never are. */
class CodeExtractorPropertyTest {

    private static final List<String> CODES = DefaultCatalog.load().stream().map(CatalogEntry::code).toList();
    private static final CodeExtractor EXTRACTOR = new CodeExtractor(CODES);

    @Property(tries = 300)
    void findsAnyCatalogCodeInAnySpellingInsideProse(@ForAll("codes") String code, @ForAll("spellings") int spelling,
                                                      @ForAll("prose") String before, @ForAll("prose") String after) {
        String written = spell(code, spelling);
        // a bare number followed by a unit or an HTTP reason phrase ("ngrok error 100 gb") is deliberately no code
        int number = Integer.parseInt(code.substring(code.lastIndexOf('_') + 1));
        Assume.that(!(numberForm(spelling) && CodeExtractor.isHttpOrCount(number, words(after))));
        Extraction found = EXTRACTOR.extract("body", before + " " + written + " " + after);
        assertThat(found.explicit()).containsExactly(code);
        assertThat(found.unknown()).isEmpty();
        int start = before.length() + 1;
        assertThat(found.hits()).singleElement().satisfies(h -> {
            assertThat(h.offset()).isBetween(start, start + written.length() - h.matched().length());
            assertThat(written).contains(h.matched());
        });
    }

    @Property(tries = 300)
    void neverFindsCodesInNumberLookAlikes(@ForAll("lookAlikes") String lookAlike, @ForAll("prose") String before,
                                           @ForAll("prose") String after) {
        Extraction found = EXTRACTOR.extract("body", "ngrok " + before + " " + lookAlike + " " + after);
        assertThat(found.hits()).isEmpty();
    }

    @Property(tries = 300)
    void reportsOnlyCanonicalCodesAtTheirPlaceForArbitraryText(@ForAll String text) {
        Extraction found = EXTRACTOR.extract("body", text);
        assertThat(found.hits()).allSatisfy(h -> {
            assertThat(h.code()).matches("ERR_[A-Z][A-Z0-9]*_[1-9]\\d*|ERR_[A-Z][A-Z0-9]*_0");
            assertThat(text.substring(h.offset())).startsWith(h.matched());
        });
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of(CODES);
    }

    @Provide
    Arbitrary<Integer> spellings() {
        return Arbitraries.integers().between(0, 6);
    }

    /** Words without digits or code-shaped pieces: letters, spaces and punctuation. */
    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz ,.;!?()\n").ofMaxLength(80)
                .map(s -> s.replaceAll("(?i)err", "e r r"));
    }

    /** Ports, IPs, versions, times, dates, invoices, HTTP statuses: numbers that must never become codes. */
    @Provide
    Arbitrary<String> lookAlikes() {
        Arbitrary<Integer> n = Arbitraries.integers().between(100, 65535);
        Arbitrary<Integer> b = Arbitraries.integers().between(0, 255);
        Arbitrary<Integer> status = Arbitraries.of(400, 401, 403, 404, 429, 500, 502, 503, 504);
        return Arbitraries.oneOf(
                n.map(p -> "localhost:" + p),
                n.map(p -> "port " + p),
                n.map(p -> "invoice #" + p),
                n.map(p -> "order number " + p),
                Combinators.combine(b, b, b, b).as((w, x, y, z) -> w + "." + x + "." + y + "." + z),
                Combinators.combine(b, b, b).as((x, y, z) -> "version " + x + "." + y + "." + z),
                Combinators.combine(b, b, b).as((x, y, z) -> "error " + x + "." + y + "." + z),
                Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
                        .as((h, m) -> String.format(Locale.ROOT, "error at %02d:%02d", h, m)),
                Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
                        .as((h, m) -> String.format(Locale.ROOT, "error %02d:%02d", h, m)),
                Arbitraries.integers().between(2000, 2099).map(y -> "error " + y + "-01-31"),
                status.map(s -> s + " Bad Gateway"),
                status.map(s -> "HTTP error " + s),
                status.map(s -> "status code " + s),
                status.map(s -> "the app returns error " + s));
    }

    private static boolean numberForm(int spelling) {
        return spelling == 4 || spelling == 6;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String spell(String code, int spelling) {
        String number = code.substring(code.lastIndexOf('_') + 1);
        return switch (spelling) {
            case 0 -> code;
            case 1 -> code.toLowerCase(Locale.ROOT);
            case 2 -> code.replace('_', '-');
            case 3 -> code.replace('_', ' ');
            case 4 -> "ngrok error " + number;
            case 5 -> "https://ngrok.com/docs/errors/" + code.toLowerCase(Locale.ROOT) + "/";
            default -> "ngrok error code #" + number;
        };
    }
}
