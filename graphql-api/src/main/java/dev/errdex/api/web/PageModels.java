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

    /** Head of every page: title, description and canonical link. */
    public record Head(String title, String description, String canonical) {
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

        /** The query string of the first page of this listing. */
        public String firstQuery() {
            return pageQuery(1);
        }

        private String pageQuery(int page) {
            return "?" + (category == null ? "" : "category=" + category + "&") + "page=" + page;
        }
    }

    /** {@code /errors/{code}}: the dedicated page of one code. */
    public record Code(Head head, String code, RawString title, RawString message, List<String> placeholders,
                       String category, String categoryLabel, String severity, boolean deprecated,
                       Brief replacement, String replacedBy, Guide guide, List<Brief> related, List<String> symptoms,
                       String docsUrl, String updatedIso, String updatedText, long revision) {
    }

    /** A fix guide as HTML fragments. */
    public record Guide(RawString summary, List<RawString> causes, List<RawString> steps) {
    }

    /** {@code /errors/search}: results grouped by category. */
    public record Search(Head head, String query, boolean cut, List<HitGroup> groups, int total) {
    }

    /** Search results of one category. */
    public record HitGroup(String label, List<Hit> hits) {
    }

    /** One search result with its highlighted snippet. */
    public record Hit(String code, String title, RawString snippet) {
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
