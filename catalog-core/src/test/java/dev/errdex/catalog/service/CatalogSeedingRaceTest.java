package dev.errdex.catalog.service;

import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.testing.EmptyCatalogTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes starting together on an empty database, played by two threads (two transactions, two database
 * sessions): the seeding lock lets one seed and the other find the work done.
 */
@QuarkusTest
class CatalogSeedingRaceTest extends EmptyCatalogTest {

    @Inject
    CatalogSeeder seeder;

    @Test
    void twoSeedersStartingTogetherLoadTheBundleOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Callable<SeedReport> seed = () -> {
            go.await();
            return seeder.seed("race-v1", () -> {
                // widen the window between the check and the load, where an unguarded second seeder would slip in
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return DefaultCatalog.bundle("/seeding/bundle-v1.json", "/overlays/no-index/");
            });
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SeedReport>> both = List.of(pool.submit(seed), pool.submit(seed));
            go.countDown();
            SeedReport a = both.get(0).get();
            SeedReport b = both.get(1).get();

            assertThat(List.of(a.skipped(), b.skipped())).containsExactlyInAnyOrder(true, false);
            assertThat(a.added() + b.added()).isEqualTo(3);
            assertThat(catalog.count()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }
}
