package dev.errdex.api.web;

import dev.errdex.api.security.ReadAccess;
import dev.errdex.api.web.CodeDirectory.Brief;
import dev.errdex.api.web.PageModels.Code;
import dev.errdex.api.web.PageModels.Guide;
import dev.errdex.api.web.PageModels.Head;
import dev.errdex.api.web.PageModels.Hit;
import dev.errdex.api.web.StructuredData.Crumb;
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
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public pages: {@code /errors} (common errors, then all codes), {@code /errors/{code}} (one page per code, at the
 * canonical URL {@code /errors/ERR_NGROK_8012}; any other spelling redirects there with 301) and
 * {@code /errors/search?q=} (pasted messages). Server-rendered, no JavaScript. Absolute URLs come from
 * {@link PublicOrigin}; code pages and listings answer conditional requests ({@link ConditionalAnswers}).
 */
@Path("/errors")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ErrorPages {

    /** Path prefix of the page of a code; the code follows in its canonical spelling. */
    public static final String PATH = "/errors/";

    private static final String SITE = "errdex";
    private static final int DESCRIPTION_LENGTH = 155;
    private static final int HEADLINE_LENGTH = 110;
    /** How many ranked hits a search filtered by category picks from (GraphQL {@code search}'s most). */
    private static final int FILTERED_FROM = 100;
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

    @Inject
    PublicOrigin origins;

    @Inject
    ConditionalAnswers answers;

    @Inject
    PageFormat format;

    @Inject
    ReadAccess access;

    /** The canonical URL path of a canonical code. */
    public static String pathOf(String canonicalCode) {
        return PATH + canonicalCode;
    }

    @GET
    public Response index(@QueryParam("category") String category, @QueryParam("page") String page,
                          @Context HttpServerRequest request, @Context HttpHeaders headers) {
        access.require();
        Optional<Category> selected = Category.fromId(category);
        String id = selected.map(Category::id).orElse(null);
        CodeDirectory.Listing listing = directory.list(id, pageNumber(page), config.pageSize());
        boolean withCommon = id == null && listing.page() == 1;
        List<String> commonCodes = withCommon ? ranking.mostCommon(config.commonErrors()) : List.of();
        CodeDirectory.Version version = directory.version();
        // the common errors change with tickets, not with the catalog: they are in the tag, and no date is given
        RenderedPages.Validators validators = new RenderedPages.Validators("W/\"c" + version.revision() + "-"
                + format.tag() + (withCommon ? "-" + Integer.toHexString(commonCodes.hashCode()) : "") + "\"",
                withCommon ? null : version.lastModified());
        return answers.answer(validators, headers, () -> {
            String origin = origins.of(request);
            List<Brief> common = commonCodes.stream().map(directory::brief).flatMap(Optional::stream).toList();
            String label = selected.map(Category::label).orElse(null);
            String name = (label == null ? "Error codes" : label + " error codes")
                    + (listing.page() > 1 ? " (page " + listing.page() + ")" : "");
            String description = withCommon
                    ? "Every error code with its meaning and how to fix it: search a pasted message or browse the"
                    + " most common errors and all " + listing.total() + " codes."
                    : (label == null ? "All" : label) + " error codes, page " + listing.page() + " of "
                    + listing.pages() + " (" + listing.total() + " codes): what each means and how to fix it.";
            String canonical = origin + "/errors" + PageModels.query(id, listing.page());
            List<Crumb> crumbs = new ArrayList<>(List.of(new Crumb("Errors", origin + "/errors")));
            if (label != null) {
                crumbs.add(new Crumb(label, origin + "/errors" + PageModels.query(id, 1)));
            }
            Head head = new Head(name + " · " + SITE, description, canonical, "website",
                    StructuredData.collection(canonical, name, description, crumbs));
            return Templates.index(new PageModels.Index(head, common, listing, directory.categories(), id, label));
        });
    }

    @GET
    @Path("{code}")
    public Response code(@PathParam("code") String asked, @Context HttpServerRequest request,
                         @Context HttpHeaders headers) {
        access.require();
        Optional<CodeSpelling.CanonicalCode> code = CodeSpelling.parse(asked);
        String origin = origins.of(request);
        if (code.isPresent() && directory.brief(code.get().value()).isPresent()
                && !code.get().value().equals(asked)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(origin + pathOf(code.get().value()))).build();
        }
        Optional<RenderedPages.Page> page = code.isEmpty() ? Optional.empty()
                : rendered.page(origin, code.get().value(), () -> catalog.find(code.get().value())
                .map(stored -> codePage(stored, origin)));
        if (page.isPresent()) {
            // the kept compressed body where the client takes one (CodePageRoute answers the same way, before this)
            PageCoding coding = PageCoding.of(request);
            PageCoding kept = coding == null ? PageCoding.IDENTITY : coding;
            Response answer = answers.answer(page.get().validators(), headers,
                    () -> page.get().body(kept).getBytes());
            return kept.token == null || answer.getStatus() != 200 ? answer
                    : Response.fromResponse(answer).header(HttpHeaders.CONTENT_ENCODING, kept.token).build();
        }
        return unknown(asked, code.orElse(null));
    }

    @GET
    @Path("search")
    public Response search(@QueryParam("q") String q, @QueryParam("category") String category,
                           @Context HttpServerRequest request) {
        access.require();
        String query = q == null ? "" : q.strip();
        boolean cut = query.length() > config.maxQueryLength();
        if (cut) {
            query = query.substring(0, config.maxQueryLength());
        }
        Optional<String> named = CodeSpelling.canonical(query).filter(c -> directory.brief(c).isPresent());
        if (named.isPresent()) {
            return Response.seeOther(URI.create(origins.of(request) + pathOf(named.get()))).build();
        }
        Optional<Category> selected = Category.fromId(category);
        List<SearchHit> found = query.isEmpty() ? List.of()
                : index.search(query, selected.isEmpty() ? config.searchResults() : FILTERED_FROM);
        if (!query.isEmpty()) {
            gaps.searched(query, found);
        }
        // the index's order, kept: a category only leaves out the hits of other categories
        List<Hit> hits = found.stream()
                .filter(h -> selected.isEmpty() || categoryOf(h.category()) == selected.get())
                .limit(config.searchResults()).map(this::hit).toList();
        String shown = query.length() > 60 ? query.substring(0, 57) + "..." : query;
        String description = "Paste an error message or describe the problem to find the matching error code and"
                + " its fix.";
        // the search form itself is a page to find; its results (any query string) are not indexed
        Head head = query.isEmpty() && selected.isEmpty()
                ? new Head("Search error codes · " + SITE, description, origins.of(request) + "/errors/search",
                "website", StructuredData.search(origins.of(request), origins.of(request) + "/errors/search",
                "Search error codes", description))
                : Head.noindex("Search: " + shown + " · " + SITE, description);
        return Response.ok(Templates.search(new PageModels.Search(head, query, cut, hits,
                selected.map(Category::id).orElse(null), selected.map(Category::label).orElse(null),
                directory.categories()))).build();
    }

    private Response unknown(String asked, CodeSpelling.CanonicalCode code) {
        List<Brief> neighbours = code == null ? List.of() : directory.neighbours(code, config.suggestions());
        List<Hit> matches = code != null ? List.of()
                : index.search(asked.length() > config.maxQueryLength()
                ? asked.substring(0, config.maxQueryLength()) : asked, config.suggestions())
                .stream().map(this::hit).toList();
        String name = code == null ? asked : code.value();
        String shown = name.length() > 60 ? name.substring(0, 57) + "..." : name;
        Head head = Head.noindex(shown + " is not in the catalog · " + SITE,
                "This error code is not in the catalog; see the nearest codes or search by message.");
        return Response.status(Response.Status.NOT_FOUND)
                .entity(Templates.unknown(new PageModels.Unknown(head, shown, code == null ? null : code.value(),
                        neighbours, matches)))
                .type(MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }

    private RenderedPages.Page codePage(StoredEntry stored, String origin) {
        CatalogEntry e = stored.entry();
        Category category = categoryOf(e.category());
        FixGuide guide = e.fixGuide();
        Guide guideHtml = guide == null ? null : new Guide(new RawString(MarkdownHtml.block(guide.summary())),
                guide.causes().stream().map(c -> new RawString(MarkdownHtml.inline(c))).toList(),
                guide.steps().stream().map(s -> new RawString(MarkdownHtml.inline(s))).toList());
        List<Brief> related = e.related().stream().map(directory::brief).flatMap(Optional::stream).toList();
        boolean deprecated = e.status() == CatalogEntry.Status.DEPRECATED;
        Brief replacement = e.replacedBy() == null ? null : directory.brief(e.replacedBy()).orElse(null);
        String plainTitle = plain(e.title());
        String about = guide != null && !guide.summary().isBlank() ? plain(guide.summary()) : plain(e.message());
        String canonical = origin + pathOf(e.code());
        String description = abbreviate(e.code() + ": " + about, DESCRIPTION_LENGTH);
        List<String> steps = guide == null ? List.of() : guide.steps().stream().map(ErrorPages::plain).toList();
        RawString jsonLd = StructuredData.article(new StructuredData.Article(canonical, e.code(),
                        abbreviate(e.code() + ": " + plainTitle, HEADLINE_LENGTH), description,
                        stored.updatedAt().toString(), steps),
                List.of(new Crumb("Errors", origin + "/errors"),
                        new Crumb(category.label(), origin + "/errors" + PageModels.query(category.id(), 1)),
                        new Crumb(e.code(), canonical)));
        Head head = new Head(e.code() + ": " + plainTitle + " · " + SITE, description, canonical, "article", jsonLd);
        String html = Templates.code(new Code(head, e.code(), new RawString(MarkdownHtml.message(e.title())),
                new RawString(MarkdownHtml.message(e.message())),
                e.placeholders(), category.id(), category.label(),
                e.severity() == null ? null : e.severity().name().toLowerCase(Locale.ROOT), deprecated, replacement,
                e.replacedBy(), guideHtml, related, e.symptoms().stream().limit(5).toList(), webLink(e.docsUrl()),
                e.sources().stream().map(r -> new PageModels.Raised(r.location(), r.symbol(), webLink(r.url())))
                        .toList(), e.owner(),
                stored.updatedAt().toString(), DAY.format(stored.updatedAt()), stored.revision())).render();
        return new RenderedPages.Page(html, validators(stored, related, replacement));
    }

    /**
     * The validators of a code's page: its revision and update time, and those of the codes whose titles it shows
     * (related codes, the replacement), so that renaming one of those changes the tag too.
     */
    private RenderedPages.Validators validators(StoredEntry stored, List<Brief> related, Brief replacement) {
        long shown = 17;
        Instant latest = stored.updatedAt();
        List<Brief> others = new ArrayList<>(related);
        if (replacement != null) {
            others.add(replacement);
        }
        for (Brief b : others) {
            shown = 31 * shown + b.code().hashCode() * 1_000_003L + b.revision();
            latest = b.updatedAt().isAfter(latest) ? b.updatedAt() : latest;
        }
        return new RenderedPages.Validators("W/\"r" + stored.revision() + "-" + Long.toHexString(shown) + "-"
                + format.tag() + "\"", latest);
    }

    private Hit hit(SearchHit h) {
        RawString title = directory.brief(h.code()).map(Brief::titleHtml)
                .orElseGet(() -> new RawString(MarkdownHtml.message(h.title())));
        return new Hit(h.code(), title, categoryOf(h.category()).label(), new RawString(HtmlText.marked(h.snippet())));
    }

    private static Category categoryOf(String id) {
        return Category.fromId(id).orElse(Category.OTHER);
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

    /** Markdown as one line of plain text (for titles, meta descriptions and structured data). */
    static String plain(String markdown) {
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
