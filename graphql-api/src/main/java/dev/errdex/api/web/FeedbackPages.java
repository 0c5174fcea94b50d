package dev.errdex.api.web;

import dev.errdex.api.error.ErrdexErrors;
import dev.errdex.api.error.ProblemMapper;
import dev.errdex.api.web.PageModels.Head;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.triage.feedback.FeedbackErrorCode;
import dev.errdex.triage.feedback.FeedbackException;
import dev.errdex.triage.feedback.PageFeedbackService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Optional;

/**
 * The "Did this solve it?" form of a code's page: {@code POST /errors/{code}/feedback} stores the answer (no account)
 * and redirects (303) to {@code GET /errors/{code}/feedback?answer=yes}, a thank-you page. Refused answers get the
 * error as an HTML page (browsers) or problem+json (other clients), with an {@code ERR_ERRDEX_135x} code.
 */
@Path("/errors/{code}/feedback")
public class FeedbackPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thanks(PageModels.Thanks page);

        static native TemplateInstance refused(PageModels.Refused page);
    }

    @Inject
    PageFeedbackService feedback;

    @Inject
    PageAnswers answers;

    @Inject
    CodeDirectory directory;

    @Inject
    HttpServerRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("code") String asked, @FormParam("answer") String answer,
                           @FormParam("comment") String comment, @Context HttpHeaders headers) {
        try {
            String code = pageCode(asked);
            boolean helpful = helpful(answer);
            long wait = answers.take(request);
            if (wait > 0) {
                return refuse(new FeedbackException(FeedbackErrorCode.TOO_MANY_ANSWERS, wait), code, headers)
                        .header("Retry-After", Long.toString(wait)).build();
            }
            feedback.record(code, helpful, comment);
            return Response.seeOther(URI.create(ErrorPages.pathOf(code) + "/feedback?answer="
                    + (helpful ? "yes" : "no"))).build();
        } catch (FeedbackException e) {
            return refuse(e, CodeSpelling.canonical(asked).orElse(null), headers).build();
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response thanks(@PathParam("code") String asked, @QueryParam("answer") String answer,
                           @Context HttpHeaders headers) {
        try {
            String code = pageCode(asked);
            Head head = Head.noindex("Thank you for your answer · errdex",
                    "Your answer about " + code + " was stored.");
            return Response.ok(Templates.thanks(new PageModels.Thanks(head, code, "no".equals(answer)))).build();
        } catch (FeedbackException e) {
            return refuse(e, null, headers).build();
        }
    }

    private String pageCode(String asked) {
        Optional<String> code = CodeSpelling.canonical(asked).filter(c -> directory.brief(c).isPresent());
        return code.orElseThrow(() -> new FeedbackException(FeedbackErrorCode.CODE_UNKNOWN,
                asked.length() > 64 ? asked.substring(0, 64) : asked));
    }

    private static boolean helpful(String answer) {
        if ("yes".equals(answer) || "no".equals(answer)) {
            return "yes".equals(answer);
        }
        String shown = answer == null ? "" : answer.length() > 20 ? answer.substring(0, 20) : answer;
        throw new FeedbackException(FeedbackErrorCode.ANSWER_INVALID, shown);
    }

    private static Response.ResponseBuilder refuse(FeedbackException e, String code, HttpHeaders headers) {
        ErrdexErrors.Described d = new ErrdexErrors.Described(e.error().code(), e.error().status(), e.getMessage());
        boolean html = headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("html"));
        if (!html) {
            return Response.fromResponse(ProblemMapper.problem(d));
        }
        Head head = Head.noindex("Your answer was not stored · errdex", d.detail());
        return Response.status(d.status()).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(Templates.refused(new PageModels.Refused(head, code, d.code(), d.detail())));
    }
}
