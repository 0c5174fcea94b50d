package dev.errdex.catalog.service.internal;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.SourceSite;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One error code as stored: the catalog entry's fields plus revision, timestamps and edit marker. */
@Entity
@Table(name = "error_code")
public class ErrorCodeEntity extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String code;

    @Column(nullable = false, length = 48)
    public String namespace;

    @Column(name = "code_number", nullable = false)
    public int number;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(nullable = false, length = 8000)
    public String message;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 4000)
    public List<String> placeholders;

    @Column(name = "guide_summary", length = 100000)
    public String guideSummary;

    @Convert(converter = StringListConverter.class)
    @Column(name = "guide_causes", length = 100000)
    public List<String> guideCauses;

    @Convert(converter = StringListConverter.class)
    @Column(name = "guide_steps", length = 100000)
    public List<String> guideSteps;

    @Column(length = 64)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CatalogEntry.Severity severity;

    @Column(name = "docs_url", length = 2000)
    public String docsUrl;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 100000)
    public List<String> symptoms;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 4000)
    public List<String> related;

    @Column(name = "owner_component", length = 100)
    public String ownerComponent;

    @Column(name = "source_location", length = 1000)
    public String sourceLocation;

    @Convert(converter = SourceSitesConverter.class)
    @Column(nullable = false, length = 100000)
    public List<SourceSite> sources;

    @Column(name = "code_owner", length = 200)
    public String owner;

    @Column(name = "sources_pinned", nullable = false)
    public boolean sourcesPinned;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CatalogEntry.Status status;

    @Column(name = "replaced_by", length = 64)
    public String replacedBy;

    /** 1 when created, +1 with every change. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;

    /** True once anything but the bundled catalog changed the entry; seeding then leaves it alone. */
    @Column(nullable = false)
    public boolean edited;
}
