package dev.errdex.api.web;

import dev.errdex.api.web.CodeDirectory.Brief;
import dev.errdex.api.web.CodeDirectory.CategoryCount;
import dev.errdex.api.web.CodeDirectory.Listing;
import io.quarkus.qute.RawString;

import java.util.List;

/** What the templates of {@link ErrorPages} show; HTML fragments are {@link RawString}s made safe by the pages. */
public final class PageModels {

    private PageModels() {
    }

    /**
     * Head of every page.
     *
     * @param title       the {@code <title>}, unique per page
     * @param description the meta description, unique per page
     * @param canonical   the absolute canonical URL; null on pages that are not content (search results, 404)
     * @param type        the OpenGraph type: {@code article} for codes, {@code website} otherwise
     * @param jsonLd      the JSON-LD of the page (see {@link StructuredData}); null for none
     */
    public record Head(String title, String description, String canonical, String type, RawString jsonLd) {

        /** A page that search engines should not index: no canonical link, no structured data. */
        public static Head noindex(String title, String description) {
            return new Head(title, description, null, "website", null);
        }

        /** Whether search engines should leave the page out of their index. */
        public boolean noindex() {
            return canonical == null;
        }
    }

    /** {@code /errors}: common errors, then a page of all codes. */
    public record Index(Head head, List<Brief> common, Listing listing, List<CategoryCount> categories,
                        String category, String categoryLabel) {

        /** The query string of the previous page of this listing. */
        public String previousQuery() {
            return pageQuery(listing.page() - 1);
        }

        /** The query string of the next page of this listing. */
        public String nextQuery() {
            return pageQuery(listing.page() + 1);
        }

        /** The query string of the last page of this listing. */
        public String lastQuery() {
            return pageQuery(listing.pages());
        }

        /** The query string of the first page of this listing (its canonical form: no page number). */
        public String firstQuery() {
            return pageQuery(1);
        }

        private String pageQuery(int page) {
            return query(category, page);
        }
    }

    /** The query string of a page of a listing in its canonical form: {@code ""} for the first of all codes. */
    public static String query(String category, int page) {
        if (page <= 1) {
            return category == null ? "" : "?category=" + category;
        }
        return "?" + (category == null ? "" : "category=" + category + "&") + "page=" + page;
    }

    /** {@code /errors/{code}}: the dedicated page of one code. */
    public record Code(Head head, String code, RawString title, RawString message, List<String> placeholders,
                       String category, String categoryLabel, String severity, boolean deprecated,
                       Brief replacement, String replacedBy, Guide guide, List<Brief> related, List<String> symptoms,
                       String docsUrl, List<Raised> raisedAt, String owner, String updatedIso, String updatedText,
                       long revision) {
    }

    /** One place that raises the code: {@code path:line}, the enclosing symbol, an http(s) link or null. */
    public record Raised(String location, String symbol, String url) {
    }

    /** A fix guide as HTML fragments. */
    public record Guide(RawString summary, List<RawString> causes, List<RawString> steps) {
    }

    /**
     * {@code /errors/search}: results in the order the index ranks them, optionally only those of one category.
     *
     * @param category   the category filter's id, or null for all
     * @param categories the categories to choose from
     */
    public record Search(Head head, String query, boolean cut, List<Hit> hits, String category,
                         String categoryLabel, List<CategoryCount> categories) {

        /** How many results are shown. */
        public int total() {
            return hits.size();
        }
    }

    /**
     * One search result with its highlighted snippet.
     *
     * @param titleHtml the title as inline HTML (see {@link CodeDirectory.Brief#titleHtml})
     */
    public record Hit(String code, RawString titleHtml, String categoryLabel, RawString snippet) {

        /** Search results are not marked as retired. */
        public boolean deprecated() {
            return false;
        }
    }

    /** The 404 page for a code that is not in the catalog. */
    public record Unknown(Head head, String asked, String canonical, List<Brief> neighbours, List<Hit> matches) {
    }

    /** The page after a "Did this solve it?" answer. */
    public record Thanks(Head head, String code, boolean notHelpful) {
    }

    /** An answer that was not stored: errdex's code and what to do. */
    public record Refused(Head head, String code, String errorCode, String message) {
    }

    /** The editors' list of page answers. */
    public record Answers(Head head, String code, List<dev.errdex.triage.feedback.PageFeedback> answers) {
    }
}
