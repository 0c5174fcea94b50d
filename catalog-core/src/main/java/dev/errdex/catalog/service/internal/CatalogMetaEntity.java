package dev.errdex.catalog.service.internal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A fact about the catalog as a whole (key/value), e.g. the fingerprint of the last seeded bundle. */
@Entity
@Table(name = "catalog_meta")
public class CatalogMetaEntity extends PanacheEntityBase {

    /** Key of the fingerprint of the bundled catalog last seeded. */
    public static final String BUNDLE_SHA256 = "bundle.sha256";

    /**
     * Prefix of the key, per namespace, of the content errdex imported last for a namespace it owns, with the
     * namespace's state at that moment (see {@code CatalogSeeder.seedOwned}).
     */
    public static final String OWNED_PREFIX = "owned.";

    /** Key of the random id of the database (see {@code CatalogRevisions.databaseId}). */
    public static final String DATABASE_ID = "database.id";

    @Id
    @Column(name = "meta_key", length = 100)
    public String key;

    @Column(name = "meta_value", nullable = false, length = 1000)
    public String value;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
