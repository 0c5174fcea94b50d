package dev.errdex.api.graphql;

import dev.errdex.api.catalog.ErrorCode;
import dev.errdex.api.error.ApiError;
import dev.errdex.api.security.ReadAccess;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.ReadResult;
import dev.errdex.catalog.service.CatalogService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Catalog edits in the payload style (role {@code editor}): one input object each; the changed code and userErrors
 * in the payload. They replace upsertErrorCode, updateFixGuide, deprecateErrorCode and importCatalog (kept,
 * deprecated). Access failures stay GraphQL errors.
 */
@GraphQLApi
public class CatalogMutationsApi {

    private static final String EDITOR = "editor";

    /** Rejections that stand for the whole file: it was not read as a catalog at all. */
    private static final Set<CatalogError> WHOLE_FILE = EnumSet.of(CatalogError.UNREADABLE_FILE,
            CatalogError.FILE_TOO_LARGE, CatalogError.YAML_ANCHOR, CatalogError.CATALOG_FORMAT,
            CatalogError.CATALOG_SYNTAX);

    private final CatalogService catalog;
    private final ReadAccess access;

    CatalogMutationsApi(CatalogService catalog, ReadAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @Mutation("errorCodeUpsert")
    @Description("Adds an error code or replaces its content (role editor). userErrors: ERR_ERRDEX_1378 for a code"
            + " that is not a code, ERR_ERRDEX_1379 for an empty message, ERR_ERRDEX_1042 for an invalid field.")
    public @NonNull ErrorCodePayload errorCodeUpsert(@NonNull @Name("input") ErrorCodeInput input) {
        access.requireRole(EDITOR);
        List<UserError> errors = new ArrayList<>();
        requireCode(input.code, "code", errors);
        requireText(input.message, "message", errors);
        if (!errors.isEmpty()) {
            return ErrorCodePayload.of(MutationOutcome.refused(errors));
        }
        return ErrorCodePayload.of(MutationOutcome.of(
                () -> ErrorCode.of(catalog.upsert(input.toEntry(), access.principal())), code -> null));
    }

    @Mutation("fixGuideUpdate")
    @Description("Replaces the fix guide of a code, or removes it when guide is left out (role editor). userErrors:"
            + " ERR_ERRDEX_1378 for a code that is not a code, ERR_ERRDEX_1040 for a code not in the catalog,"
            + " ERR_ERRDEX_1379 for an empty summary.")
    public @NonNull ErrorCodePayload fixGuideUpdate(@NonNull @Name("input") FixGuideUpdateInput input) {
        access.requireRole(EDITOR);
        List<UserError> errors = new ArrayList<>();
        requireCode(input.code, "code", errors);
        if (input.guide != null) {
            requireText(input.guide.summary, "guide.summary", errors);
        }
        if (!errors.isEmpty()) {
            return ErrorCodePayload.of(MutationOutcome.refused(errors));
        }
        return ErrorCodePayload.of(MutationOutcome.of(() -> ErrorCode.of(catalog.updateFixGuide(input.code,
                input.guide == null ? null : input.guide.toGuide(), access.principal())), code -> "code"));
    }

    @Mutation("errorCodeDeprecate")
    @Description("Marks a code deprecated, optionally naming its replacement (role editor). userErrors:"
            + " ERR_ERRDEX_1378 for a code that is not a code, ERR_ERRDEX_1040 for a code or replacement not in the"
            + " catalog, ERR_ERRDEX_1042 for a code that would replace itself.")
    public @NonNull ErrorCodePayload errorCodeDeprecate(@NonNull @Name("input") ErrorCodeDeprecateInput input) {
        access.requireRole(EDITOR);
        List<UserError> errors = new ArrayList<>();
        requireCode(input.code, "code", errors);
        if (input.replacedBy != null && requireCode(input.replacedBy, "replacedBy", errors)
                && catalog.find(input.replacedBy).isEmpty()) {
            errors.add(new UserError(UserError.path("replacedBy"), new CatalogException(CatalogError.UNKNOWN_CODE,
                    "'" + input.replacedBy + "' is not in the catalog").getMessage(),
                    CatalogError.UNKNOWN_CODE.code()));
        }
        if (!errors.isEmpty()) {
            return ErrorCodePayload.of(MutationOutcome.refused(errors));
        }
        return ErrorCodePayload.of(MutationOutcome.of(() -> ErrorCode.of(catalog.deprecate(input.code,
                input.replacedBy, access.principal())), code -> "code"));
    }

    @Mutation("catalogImport")
    @Description("Imports an errdex catalog file given as text (role editor): new codes are added, changed ones"
            + " updated, malformed entries reported in the report and skipped. userErrors: a file that cannot be read"
            + " as a catalog at all (ERR_ERRDEX_1010, 1011, 1013, 1014).")
    public @NonNull CatalogImportPayload catalogImport(@NonNull @Name("input") CatalogImportInput input) {
        access.requireRole(EDITOR);
        MutationOutcome<ImportReportView> outcome = MutationOutcome.of(() -> {
            ReadResult read = CatalogFile.read(new ByteArrayInputStream(input.content.getBytes(StandardCharsets.UTF_8)),
                    input.format.toFormat(), "content", catalog.importMaxBytes());
            List<UserError> whole = read.rejected().stream().filter(r -> WHOLE_FILE.contains(r.error()))
                    .map(r -> new UserError(UserError.path("content"), r.error().code() + ": line " + r.line() + ": "
                            + r.reason() + ". " + r.error().advice(), r.error().code())).toList();
            if (read.entries().isEmpty() && !whole.isEmpty()) {
                throw new MutationOutcome.Refused(whole);
            }
            return ImportReportView.of(catalog.importEntries(read, input.dryRun, access.principal()));
        }, code -> "content");
        return new CatalogImportPayload(outcome.result(), outcome.userErrors());
    }

    /** Adds an error unless {@code code} is a spelling of a code; true when it is. */
    private static boolean requireCode(String code, String field, List<UserError> errors) {
        if (CodeSpelling.canonical(code).isPresent()) {
            return true;
        }
        errors.add(UserError.at(field, ApiError.NOT_A_CODE, code));
        return false;
    }

    private static void requireText(String text, String field, List<UserError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(UserError.at(field, ApiError.FIELD_BLANK, field));
        }
    }
}
