package dev.errdex.catalog.service;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringCacheTest {

    private final List<List<String>> loads = new ArrayList<>();

    private Map<String, String> load(Collection<String> keys) {
        loads.add(List.copyOf(keys));
        Map<String, String> found = new HashMap<>();
        keys.stream().filter(k -> !k.startsWith("missing")).forEach(k -> found.put(k, "value of " + k));
        return found;
    }

    @Test
    void getAllLoadsOnlyTheKeysNotCachedInOneCall() {
        ExpiringCache<String> cache = new ExpiringCache<>(() -> 60);

        Map<String, String> first = cache.getAll(List.of("a", "b"), this::load);
        Map<String, String> second = cache.getAll(List.of("a", "b", "c"), this::load);
        Map<String, String> third = cache.getAll(List.of("c", "a"), this::load);

        assertThat(first).containsOnlyKeys("a", "b");
        assertThat(second).containsEntry("c", "value of c").containsOnlyKeys("a", "b", "c");
        assertThat(third).containsOnlyKeys("a", "c");
        assertThat(loads).containsExactly(List.of("a", "b"), List.of("c"));
    }

    @Test
    void keysTheLoadDoesNotAnswerAreAbsentAndAskedAgain() {
        ExpiringCache<String> cache = new ExpiringCache<>(() -> 60);

        assertThat(cache.getAll(List.of("a", "missing-1"), this::load)).containsOnlyKeys("a");
        assertThat(cache.getAll(List.of("a", "missing-1"), this::load)).containsOnlyKeys("a");

        assertThat(loads).containsExactly(List.of("a", "missing-1"), List.of("missing-1"));
    }

    @Test
    void valuesLoadedWhileAnEvictionHappensAreNotKept() {
        ExpiringCache<String> cache = new ExpiringCache<>(() -> 60);

        Map<String, String> during = cache.getAll(List.of("a"), keys -> {
            cache.evict(List.of("a")); // a change committed while the old value was being read
            return load(keys);
        });
        cache.getAll(List.of("a"), this::load);

        assertThat(during).containsOnlyKeys("a");
        assertThat(loads).hasSize(2);
    }

    @Test
    void nothingIsKeptWithATimeToLiveOfZero() {
        ExpiringCache<String> cache = new ExpiringCache<>(() -> 0);

        cache.getAll(List.of("a"), this::load);
        cache.getAll(List.of("a"), this::load);

        assertThat(loads).hasSize(2);
    }

    @Test
    void cachedAnswersOnlyWhatIsKeptAndNeverLoads() {
        ExpiringCache<String> cache = new ExpiringCache<>(() -> 60);

        assertThat(cache.cached("a")).isEmpty();
        cache.getAll(List.of("a"), this::load);
        assertThat(cache.cached("a")).hasValue("value of a");
        cache.clear();

        assertThat(cache.cached("a")).isEmpty();
        assertThat(loads).hasSize(1);
    }
}
