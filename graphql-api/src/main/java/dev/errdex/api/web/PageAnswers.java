package dev.errdex.api.web;

import dev.errdex.api.ops.RateLimitFilter;
import dev.errdex.api.ops.RateLimiter;
import dev.errdex.triage.feedback.FeedbackConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The budget of "Did this solve it?" answers per client address ({@code errdex.feedback.answers-per-minute},
 * {@code .answers-burst}), taken from the API's {@link RateLimiter} with the client address the API's rate limit uses
 * ({@link RateLimitFilter#clientAddress}: forwarded addresses only from trusted proxies). Named {@code pageAnswers} so
 * that the form's template reads the comment limit.
 */
@ApplicationScoped
@Named("pageAnswers")
public class PageAnswers {

    private final FeedbackConfig config;
    private final RateLimiter limiter = new RateLimiter();

    PageAnswers(FeedbackConfig config) {
        this.config = config;
    }

    /** Takes a token for the request's address: 0 when the answer may be stored, else the seconds to wait. */
    public long take(HttpServerRequest request) {
        return limiter.take("answers:" + RateLimitFilter.clientAddress(request), config.answersPerMinute(),
                config.answersBurst(), System.nanoTime());
    }

    /** The longest comment kept, in characters. */
    public int maxCommentLength() {
        return config.maxCommentLength();
    }
}
