package dev.errdex.api.web;

import dev.errdex.api.error.ErrdexException;
import dev.errdex.api.security.ReadAccess;
import dev.errdex.api.web.PageModels.Head;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.triage.feedback.FeedbackException;
import dev.errdex.triage.feedback.PageFeedback;
import dev.errdex.triage.feedback.PageFeedbackService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code GET /api/editor/feedback}: the pages' answers as an HTML table for editors, behind the API's key
 * authentication ({@code Authorization: Bearer <key>} with role editor, as {@code /api/session} reads it) and its rate
 * limit. Comments are readers' text: the template escapes them like every value.
 */
@Path("/api/editor/feedback")
public class EditorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feedback(PageModels.Answers page);
    }

    @Inject
    PageFeedbackService feedback;

    @Inject
    ReadAccess access;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public TemplateInstance feedback(@QueryParam("code") String code, @QueryParam("first") Integer first) {
        access.requireRole("editor");
        String canonical = code == null || code.isBlank() ? null : CodeSpelling.canonical(code).orElse(code);
        List<PageFeedback> answers;
        try {
            answers = feedback.list(canonical, null, first == null ? 100 : first);
        } catch (FeedbackException e) {
            throw new ErrdexException(e.error().code(), e.error().status(), e.getMessage());
        }
        Head head = Head.noindex("Page feedback · errdex", "Answers of the pages' \"Did this solve it?\" form.");
        return Templates.feedback(new PageModels.Answers(head, canonical, answers));
    }
}
