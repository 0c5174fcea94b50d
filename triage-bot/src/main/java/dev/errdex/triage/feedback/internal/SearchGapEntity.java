package dev.errdex.triage.feedback.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** How often one normalised query text found nothing sure on one day (table {@code search_gap}). */
@Entity
@Table(name = "search_gap")
public class SearchGapEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_gap_seq")
    @SequenceGenerator(name = "search_gap_seq", sequenceName = "search_gap_seq", allocationSize = 50)
    public Long id;

    @Column(name = "seen_on", nullable = false)
    public LocalDate seenOn;

    @Column(name = "query_text", nullable = false, length = 200)
    public String query;

    @Column(nullable = false)
    public int searches;

    /** The best guesses of the last such search, canonical codes separated by spaces. */
    @Column(name = "best_codes", length = 300)
    public String bestCodes;
}
