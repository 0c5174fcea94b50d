package dev.errdex.catalog.testing;

import dev.errdex.catalog.service.CatalogChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the {@link CatalogChanged} events of committed transactions. */
@ApplicationScoped
public class ChangeRecorder {

    private final List<CatalogChanged> events = new CopyOnWriteArrayList<>();

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged event) {
        events.add(event);
    }

    public List<CatalogChanged> events() {
        return List.copyOf(events);
    }

    public void clear() {
        events.clear();
    }
}
