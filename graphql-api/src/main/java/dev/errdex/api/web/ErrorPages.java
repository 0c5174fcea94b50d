package dev.errdex.api.web;

import dev.errdex.api.web.CodeDirectory.Brief;
import dev.errdex.api.web.PageModels.Code;
import dev.errdex.api.web.PageModels.Guide;
import dev.errdex.api.web.PageModels.Head;
import dev.errdex.api.web.PageModels.Hit;
import dev.errdex.api.web.PageModels.HitGroup;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.Category;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.StoredEntry;
import dev.errdex.catalog.text.HtmlText;
import dev.errdex.catalog.text.MarkdownHtml;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.SearchHit;
import dev.errdex.triage.feedback.SearchGaps;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public pages: {@code /errors} (common errors, then all codes), {@code /errors/{code}} (one page per code, at the
 * canonical URL {@code /errors/ERR_NGROK_8012}; any other spelling redirects there with 301) and
 * {@code /errors/search?q=} (pasted messages). Server-rendered, no JavaScript.
 */
@Path("/errors")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ErrorPages {

    /** Path prefix of the page of a code; the code follows in its canonical spelling. */
    public static final String PATH = "/errors/";

    private static final String SITE = "errdex";
    private static final int DESCRIPTION_LENGTH = 155;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageModels.Index page);

        static native TemplateInstance code(Code page);

        static native TemplateInstance search(PageModels.Search page);

        static native TemplateInstance unknown(PageModels.Unknown page);
    }

    @Inject
    CatalogService catalog;

    @Inject
    CodeDirectory directory;

    @Inject
    CatalogIndex index;

    @Inject
    CommonErrorRanking ranking;

    @Inject
    RenderedPages rendered;

    @Inject
    PagesConfig config;

    @Inject
    SearchGaps gaps;

    /** The canonical URL path of a canonical code. */
    public static String pathOf(String canonicalCode) {
        return PATH + canonicalCode;
    }

    @GET
    public TemplateInstance index(@QueryParam("category") String category, @QueryParam("page") String page) {
        Optional<Category> selected = Category.fromId(category);
        String id = selected.map(Category::id).orElse(null);
        List<Brief> common = ranking.mostCommon(config.commonErrors()).stream()
                .map(directory::brief).flatMap(Optional::stream).toList();
        CodeDirectory.Listing listing = directory.list(id, pageNumber(page), config.pageSize());
        String label = selected.map(Category::label).orElse(null);
        String title = (label == null ? "Error codes" : label + " error codes")
                + (listing.page() > 1 ? " (page " + listing.page() + ")" : "") + " · " + SITE;
        Head head = new Head(title, "Every error code with its meaning and how to fix it: search a pasted message"
                + " or browse the most common errors and all " + listing.total() + " codes.",
                "/errors" + (id == null ? "" : "?category=" + id) + (listing.page() > 1
                ? (id == null ? "?" : "&") + "page=" + listing.page() : ""));
        return Templates.index(new PageModels.Index(head, common, listing, directory.categories(), id, label));
    }

    @GET
    @Path("{code}")
    public Response code(@PathParam("code") String asked) {
        Optional<CodeSpelling.CanonicalCode> code = CodeSpelling.parse(asked);
        if (code.isPresent() && directory.brief(code.get().value()).isPresent()
                && !code.get().value().equals(asked)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(pathOf(code.get().value()))).build();
        }
        Optional<String> html = code.isEmpty() ? Optional.empty()
                : rendered.page(code.get().value(), () -> catalog.find(code.get().value())
                .map(stored -> Templates.code(codePage(stored)).render()));
        if (html.isPresent()) {
            CacheControl cache = new CacheControl();
            cache.setMaxAge(config.maxAgeSeconds());
            cache.setNoCache(config.maxAgeSeconds() == 0);
            return Response.ok(html.get()).cacheControl(cache).build();
        }
        return unknown(asked, code.orElse(null));
    }

    @GET
    @Path("search")
    public Response search(@QueryParam("q") String q) {
        String query = q == null ? "" : q.strip();
        boolean cut = query.length() > config.maxQueryLength();
        if (cut) {
            query = query.substring(0, config.maxQueryLength());
        }
        Optional<String> named = CodeSpelling.canonical(query).filter(c -> directory.brief(c).isPresent());
        if (named.isPresent()) {
            return Response.seeOther(URI.create(pathOf(named.get()))).build();
        }
        List<SearchHit> hits = query.isEmpty() ? List.of() : index.search(query, config.searchResults());
        if (!query.isEmpty()) {
            gaps.searched(query, hits);
        }
        Map<String, List<Hit>> byCategory = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            byCategory.computeIfAbsent(Category.fromId(h.category()).orElse(Category.OTHER).label(),
                    k -> new ArrayList<>()).add(hit(h));
        }
        List<HitGroup> groups = byCategory.entrySet().stream().map(e -> new HitGroup(e.getKey(), e.getValue()))
                .toList();
        String shown = query.length() > 60 ? query.substring(0, 57) + "..." : query;
        Head head = new Head((query.isEmpty() ? "Search error codes" : "Search: " + shown) + " · " + SITE,
                "Paste an error message or describe the problem to find the matching error code and its fix.",
                "/errors/search");
        return Response.ok(Templates.search(new PageModels.Search(head, query, cut, groups, hits.size()))).build();
    }

    private Response unknown(String asked, CodeSpelling.CanonicalCode code) {
        List<Brief> neighbours = code == null ? List.of() : directory.neighbours(code, config.suggestions());
        List<Hit> matches = code != null ? List.of()
                : index.search(asked.length() > config.maxQueryLength()
                ? asked.substring(0, config.maxQueryLength()) : asked, config.suggestions())
                .stream().map(ErrorPages::hit).toList();
        String name = code == null ? asked : code.value();
        String shown = name.length() > 60 ? name.substring(0, 57) + "..." : name;
        Head head = new Head(shown + " is not in the catalog · " + SITE,
                "This error code is not in the catalog; see the nearest codes or search by message.", null);
        return Response.status(Response.Status.NOT_FOUND)
                .entity(Templates.unknown(new PageModels.Unknown(head, shown, code == null ? null : code.value(),
                        neighbours, matches)))
                .type(MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }

    private Code codePage(StoredEntry stored) {
        CatalogEntry e = stored.entry();
        Category category = Category.fromId(e.category()).orElse(Category.OTHER);
        FixGuide guide = e.fixGuide();
        Guide guideHtml = guide == null ? null : new Guide(new RawString(MarkdownHtml.block(guide.summary())),
                guide.causes().stream().map(c -> new RawString(MarkdownHtml.inline(c))).toList(),
                guide.steps().stream().map(s -> new RawString(MarkdownHtml.inline(s))).toList());
        List<Brief> related = e.related().stream().map(directory::brief).flatMap(Optional::stream).toList();
        boolean deprecated = e.status() == CatalogEntry.Status.DEPRECATED;
        Brief replacement = e.replacedBy() == null ? null : directory.brief(e.replacedBy()).orElse(null);
        String plainTitle = plain(e.title());
        String about = guide != null && !guide.summary().isBlank() ? plain(guide.summary()) : plain(e.message());
        Head head = new Head(e.code() + ": " + plainTitle + " · " + SITE,
                abbreviate(e.code() + ": " + about, DESCRIPTION_LENGTH), pathOf(e.code()));
        return new Code(head, e.code(), new RawString(MarkdownHtml.message(e.title())),
                new RawString(MarkdownHtml.message(e.message())),
                e.placeholders(), category.id(), category.label(),
                e.severity() == null ? null : e.severity().name().toLowerCase(Locale.ROOT), deprecated, replacement,
                e.replacedBy(), guideHtml, related, e.symptoms().stream().limit(5).toList(), webLink(e.docsUrl()),
                stored.updatedAt().toString(), DAY.format(stored.updatedAt()), stored.revision());
    }

    private static Hit hit(SearchHit h) {
        return new Hit(h.code(), h.title(), new RawString(HtmlText.marked(h.snippet())));
    }

    /** An http(s) link, or null: anything else is not shown as a link. */
    private static String webLink(String url) {
        return url != null && url.matches("(?i)https?://[^\\s\"<>]+") ? url : null;
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Markdown as one line of plain text (for titles and meta descriptions). */
    private static String plain(String markdown) {
        return markdown == null ? "" : markdown.replaceAll("[`*]", "").replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
