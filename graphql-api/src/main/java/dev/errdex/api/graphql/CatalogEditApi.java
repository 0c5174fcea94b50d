package dev.errdex.api.graphql;

import dev.errdex.api.catalog.ErrorCode;
import dev.errdex.api.security.ReadAccess;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.service.CatalogService;
import io.smallrye.graphql.api.Deprecated;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The first catalog edits, deprecated for {@link CatalogMutationsApi} (role {@code editor}, checked first in each mutation so that the error carries errdex's message). Each bumps the revision, writes history under the key's principal and is
 * visible to search when the call returns.
 */
@GraphQLApi
public class CatalogEditApi {

    private static final String EDITOR = "editor";

    private final CatalogService catalog;
    private final ReadAccess access;

    CatalogEditApi(CatalogService catalog, ReadAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @Mutation("upsertErrorCode")
    @Deprecated(reason = "Use errorCodeUpsert(input:), which reports validation failures in userErrors.")
    @Description("Adds an error code or replaces its content (role editor). Errors: ERR_ERRDEX_1042 for an invalid"
            + " code or a missing message.")
    public @NonNull ErrorCode upsertErrorCode(@NonNull @Name("input") @Description("The entry.") ErrorCodeInput input) {
        access.requireRole(EDITOR);
        return ErrorCode.of(catalog.upsert(input.toEntry(), access.principal()));
    }

    @Mutation("updateFixGuide")
    @Deprecated(reason = "Use fixGuideUpdate(input: {code, guide}), which reports validation failures in userErrors.")
    @Description("Replaces the fix guide of a code, or removes it when guide is left out (role editor). Errors:"
            + " ERR_ERRDEX_1040 for an unknown code.")
    public @NonNull ErrorCode updateFixGuide(
            @NonNull @Name("code") @Description("The code, any spelling.") String code,
            @Name("guide") @Description("The new guide; left out to remove the guide.") FixGuideInput guide) {
        access.requireRole(EDITOR);
        return ErrorCode.of(catalog.updateFixGuide(code, guide == null ? null : guide.toGuide(), access.principal()));
    }

    @Mutation("deprecateErrorCode")
    @Deprecated(reason = "Use errorCodeDeprecate(input: {code, replacedBy}), which reports validation failures in userErrors.")
    @Description("Marks a code deprecated, optionally naming its replacement (role editor). Errors: ERR_ERRDEX_1040"
            + " for an unknown code or replacement.")
    public @NonNull ErrorCode deprecateErrorCode(
            @NonNull @Name("code") @Description("The code, any spelling.") String code,
            @Name("replacedBy") @Description("The code that replaces it, any spelling.") String replacedBy) {
        access.requireRole(EDITOR);
        return ErrorCode.of(catalog.deprecate(code, replacedBy, access.principal()));
    }

    @Mutation("importCatalog")
    @Deprecated(reason = "Use catalogImport(input: {format, content, dryRun}), which reports validation failures in userErrors.")
    @Description("Imports an errdex catalog file given as text (role editor): new codes are added, changed ones"
            + " updated, malformed entries reported and skipped. Curated fields (title, fix guide, symptoms) of"
            + " existing codes are kept and reported in kept, unless overwrite is true.")
    public @NonNull ImportReportView importCatalog(
            @NonNull @Name("format") @Description("JSON or YAML.") ImportFormat format,
            @NonNull @Name("content") @Description("The catalog file (format: errdex-catalog/1).") String content,
            @Name("dryRun") @DefaultValue("false") @Description("Report what would change, write nothing.")
            boolean dryRun,
            @Name("overwrite") @DefaultValue("false") @Description("Replace curated fields (title, fix guide,"
                    + " symptoms) of existing codes too.")
            boolean overwrite) {
        access.requireRole(EDITOR);
        var read = CatalogFile.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), format.toFormat(),
                "content", catalog.importMaxBytes());
        return ImportReportView.of(catalog.importEntries(read, dryRun, overwrite, access.principal()));
    }
}
