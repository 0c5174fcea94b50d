package dev.errdex.api.search;

import dev.errdex.catalog.CodeSpelling;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.search.Suggestion;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a pasted text (a message, a log, an email body) against the catalog: the codes it names, those of them
 * the catalog does not know, and ranked suggestions from the search index.
 *
 * <p>Interim: the codes are found by a simple scan for {@code ERR_X_n} spellings; the triage engine's extractor
 * replaces the scan once it is part of the build.
 */
@ApplicationScoped
public class PastedTextMatcher {

    /** Most suggestions returned. */
    public static final int SUGGESTIONS = 5;

    private static final Pattern CODE = Pattern.compile("(?i)\\berr[_\\- ]?[a-z]{2,20}[_\\- ]?\\d{1,7}\\b");

    private final CatalogService catalog;
    private final CatalogSearch search;

    PastedTextMatcher(CatalogService catalog, CatalogSearch search) {
        this.catalog = catalog;
        this.search = search;
    }

    /**
     * What a pasted text names and suggests.
     *
     * @param explicit    canonical codes named in the text and known to the catalog, in order of appearance
     * @param unknown     canonical codes named in the text that the catalog does not hold
     * @param suggestions codes the text's words point to, best first
     */
    public record Result(List<String> explicit, List<String> unknown, List<Suggestion> suggestions) {
    }

    public Result match(String text) {
        List<Suggestion> suggestions = search.match(text, SUGGESTIONS);
        Set<String> named = new LinkedHashSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            CodeSpelling.canonical(m.group()).ifPresent(named::add);
        }
        Set<String> known = catalog.findAll(named).keySet();
        List<String> explicit = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : named) {
            (known.contains(code) ? explicit : unknown).add(code);
        }
        return new Result(explicit, unknown, suggestions);
    }
}
