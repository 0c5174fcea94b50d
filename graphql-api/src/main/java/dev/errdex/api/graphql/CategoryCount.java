package dev.errdex.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A category and how many codes it holds. */
@Name("CategoryCount")
@Description("A product area and how many error codes it holds.")
public record CategoryCount(
        @NonNull @Description("Category id, e.g. traffic-policy; use it in ErrorCodeFilter.category.") String id,
        @NonNull @Description("Human label, e.g. Traffic policy.") String label,
        @Description("Number of error codes in the category.") long count) {
}
