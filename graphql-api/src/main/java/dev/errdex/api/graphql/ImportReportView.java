package dev.errdex.api.graphql;

import dev.errdex.catalog.service.ImportReport;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** GraphQL view of an import report. */
@Name("ImportReport")
@Description("What an import did or, for a dry run, would do.")
public record ImportReportView(
        @Description("True when nothing was written.") boolean dryRun,
        @NonNull @Description("Codes that were new.") List<@NonNull String> added,
        @NonNull @Description("Codes whose content changed.") List<@NonNull String> changed,
        @NonNull @Description("Codes whose content was already the same.") List<@NonNull String> unchanged,
        @NonNull @Description("Entries that could not be imported, with line, errdex code and reason.")
        List<@NonNull RejectionView> rejected,
        @NonNull @Description("Curated fields (title, fixGuide, symptoms) the import kept instead of the source's"
                + " values: \"kept (curated)\".")
        List<@NonNull KeptFieldView> kept) {

    static ImportReportView of(ImportReport r) {
        return new ImportReportView(r.dryRun(), r.added(), r.changed(), r.unchanged(), r.rejected().stream()
                .map(j -> new RejectionView(j.line(), j.code(), j.reason())).toList(),
                r.kept().stream().flatMap(k -> k.fields().stream()
                        .map(f -> new KeptFieldView(k.code(), f.field(), f.kept(), f.incoming()))).toList());
    }

    /** One curated field kept. */
    @Name("KeptField")
    @Description("A curated field an import kept: the stored value stays, the source's was not written.")
    public record KeptFieldView(
            @NonNull @Description("The code.") String code,
            @NonNull @Description("title, fixGuide or symptoms.") String field,
            @NonNull @Description("The stored value, which stays.") String kept,
            @NonNull @Description("The source's value (a fix guide as its summary and counts).") String incoming) {
    }

    /** One rejected entry. */
    @Name("Rejection")
    @Description("An entry of an import that was skipped, and why.")
    public record RejectionView(
            @Description("Line in the content where the entry starts (0 when unknown).") int line,
            @NonNull @Description("errdex code of the reason, e.g. ERR_ERRDEX_1012.") String code,
            @NonNull @Description("What is wrong and what to do.") String reason) {
    }
}
