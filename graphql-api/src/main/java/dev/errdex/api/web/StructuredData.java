package dev.errdex.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.RawString;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON-LD (schema.org) for the head of a page: a {@code TechArticle} per code, with its fix steps as a
 * {@code HowTo}, and a {@code BreadcrumbList}. Written by Jackson, so it is valid JSON; {@code <}, {@code >} and
 * {@code &} are written as Unicode escapes, so no text can close the {@code <script>} element that holds it.
 */
public final class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTEXT = "https://schema.org";

    /** One step of a breadcrumb trail: its name and absolute URL. */
    public record Crumb(String name, String url) {
    }

    /**
     * The article of a code.
     *
     * @param url          the page's absolute canonical URL
     * @param code         the canonical code
     * @param headline     the code and its title, as plain text
     * @param description  the meta description
     * @param dateModified when the code last changed (ISO-8601)
     * @param steps        the fix steps as plain text, in order (no {@code HowTo} when empty)
     */
    public record Article(String url, String code, String headline, String description, String dateModified,
                          List<String> steps) {
    }

    private StructuredData() {
    }

    /** The JSON-LD of a code's page: its article, its fix steps and its breadcrumbs. */
    public static RawString article(Article article, List<Crumb> crumbs) {
        Map<String, Object> tech = node("TechArticle");
        tech.put("@id", article.url() + "#article");
        tech.put("url", article.url());
        tech.put("mainEntityOfPage", article.url());
        tech.put("identifier", article.code());
        tech.put("name", article.code());
        tech.put("headline", article.headline());
        tech.put("description", article.description());
        tech.put("dateModified", article.dateModified());
        tech.put("inLanguage", "en");
        List<Object> graph = new ArrayList<>(List.of(tech));
        if (!article.steps().isEmpty()) {
            Map<String, Object> howTo = node("HowTo");
            howTo.put("@id", article.url() + "#fix");
            howTo.put("name", "How to fix " + article.code());
            List<Object> steps = new ArrayList<>();
            for (int i = 0; i < article.steps().size(); i++) {
                Map<String, Object> step = node("HowToStep");
                step.put("position", i + 1);
                step.put("text", article.steps().get(i));
                steps.add(step);
            }
            howTo.put("step", steps);
            tech.put("hasPart", Map.of("@id", article.url() + "#fix"));
            graph.add(howTo);
        }
        graph.add(breadcrumbList(crumbs));
        return write(graph);
    }

    /** The JSON-LD of a listing: a {@code CollectionPage} and its breadcrumbs. */
    public static RawString collection(String url, String name, String description, List<Crumb> crumbs) {
        Map<String, Object> page = node("CollectionPage");
        page.put("url", url);
        page.put("name", name);
        page.put("description", description);
        return write(List.of(page, breadcrumbList(crumbs)));
    }

    /**
     * The JSON-LD of the search form: a {@code WebPage}, and the site's {@code SearchAction} (how to search it, for
     * search engines that offer a search box for a site).
     */
    public static RawString search(String origin, String url, String name, String description) {
        Map<String, Object> page = node("WebPage");
        page.put("url", url);
        page.put("name", name);
        page.put("description", description);
        Map<String, Object> action = node("SearchAction");
        action.put("target", origin + "/errors/search?q={search_term_string}");
        action.put("query-input", "required name=search_term_string");
        Map<String, Object> site = node("WebSite");
        site.put("url", origin + "/errors");
        site.put("potentialAction", action);
        return write(List.of(page, site));
    }

    private static Map<String, Object> breadcrumbList(List<Crumb> crumbs) {
        Map<String, Object> list = node("BreadcrumbList");
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            Map<String, Object> item = node("ListItem");
            item.put("position", i + 1);
            item.put("name", crumbs.get(i).name());
            item.put("item", crumbs.get(i).url());
            items.add(item);
        }
        list.put("itemListElement", items);
        return list;
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        return node;
    }

    private static RawString write(List<Object> graph) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", CONTEXT);
        document.put("@graph", graph);
        try {
            // outside strings JSON has none of these characters, so escaping them everywhere only touches strings
            return new RawString(JSON.writeValueAsString(document).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD of plain maps cannot fail to serialise", e);
        }
    }
}
