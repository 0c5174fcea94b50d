package dev.errdex.triage.feedback.internal;

import dev.errdex.triage.feedback.PageFeedback;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One answer of a page's "Did this solve it?" form (table {@code page_feedback}). */
@Entity
@Table(name = "page_feedback")
public class PageFeedbackEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "page_feedback_seq")
    @SequenceGenerator(name = "page_feedback_seq", sequenceName = "page_feedback_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 64)
    public String code;

    @Column(nullable = false)
    public boolean helpful;

    @Column(name = "comment_text", length = 2000)
    public String comment;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public PageFeedback toFeedback() {
        return new PageFeedback(id, code, helpful, comment, createdAt);
    }
}
