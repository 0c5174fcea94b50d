package dev.errdex.api.search;

import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.search.Suggestion;
import dev.errdex.triage.TriageEngine;
import dev.errdex.triage.TriageResult;
import dev.errdex.triage.mail.ReadableEmail;
import dev.errdex.triage.mail.TextPart;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;

/**
 * Matches a pasted text (a message, a log, an email body) the way triage does, through the {@link TriageEngine}:
 * the codes it names, those the catalog does not know, and ranked suggestions. Timed as {@code errdex.match}
 * (created at start-up, so that the metric is listed before the first match).
 */
@ApplicationScoped
@io.quarkus.runtime.Startup
public class PastedTextMatcher {

    private final CatalogService catalog;
    private final CatalogSearch search;
    private final Timer timer;
    private volatile TriageEngine engine;

    PastedTextMatcher(CatalogService catalog, CatalogSearch search, MeterRegistry meters) {
        this.catalog = catalog;
        this.search = search;
        this.timer = Timer.builder("errdex.match").description("Triage of pasted texts (GraphQL match)")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    /**
     * What a pasted text names and suggests.
     *
     * @param explicit    catalog codes named in the text, in order of appearance
     * @param unknown     codes named in the text that the catalog does not hold
     * @param suggestions codes for the text, best first (named codes first, with confidence 1)
     */
    public record Result(List<String> explicit, List<String> unknown, List<Suggestion> suggestions) {
    }

    public Result match(String text) {
        String checked = CatalogSearch.checked(text);
        ReadableEmail pasted = new ReadableEmail(null, null, List.of(), List.of(), "", null, null, List.of(),
                List.of(TextPart.plain("body", checked)), List.of(), List.of());
        TriageResult r = timer.record(() -> engine().triage(pasted));
        return new Result(r.explicit(), r.unknown(), r.suggestions());
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        TriageEngine e = engine;
        if (e != null) {
            e.catalogChanged(catalog.entries());
        }
    }

    private TriageEngine engine() {
        TriageEngine e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = new TriageEngine(catalog.entries(), search.current());
                }
                e = engine;
            }
        }
        return e;
    }
}
