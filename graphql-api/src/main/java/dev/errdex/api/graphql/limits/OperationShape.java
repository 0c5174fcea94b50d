package dev.errdex.api.graphql.limits;

import dev.errdex.api.error.ApiError;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import java.util.Map;

/**
 * The depth and the number of fields of one GraphQL operation, read from its document alone (no schema): a root
 * field is level 1, each nested selection one level more, fragments add no level and count their fields wherever they
 * are spread; introspection fields count like any other. Over {@code errdex.api.max-depth} or
 * {@code errdex.api.max-fields} the operation is refused with {@code ERR_ERRDEX_1314}. The walk stops at the first
 * limit it passes, so a document built to expand costs it no more than the limits.
 *
 * <p>Takes the place of graphql-java's depth and complexity instrumentations, which build a normalized operation of
 * every request to count the same two things.
 */
final class OperationShape {

    private final Map<String, FragmentDefinition> fragments;
    private final int maxDepth;
    private final int maxFields;
    private int fields;

    private OperationShape(Map<String, FragmentDefinition> fragments, int maxDepth, int maxFields) {
        this.fragments = fragments;
        this.maxDepth = maxDepth;
        this.maxFields = maxFields;
    }

    /** @throws LimitExceeded ({@code ERR_ERRDEX_1314}) when the operation is too deep or has too many fields */
    static void check(OperationDefinition operation, Map<String, FragmentDefinition> fragments, int maxDepth,
            int maxFields) {
        new OperationShape(fragments, maxDepth, maxFields).walk(operation.getSelectionSet(), 1);
    }

    private void walk(SelectionSet set, int level) {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (level > maxDepth) {
                    throw LimitExceeded.detailed(ApiError.QUERY_TOO_LARGE,
                            "depth " + level + " > " + maxDepth + ", errdex.api.max-depth");
                }
                if (++fields > maxFields) {
                    throw LimitExceeded.detailed(ApiError.QUERY_TOO_LARGE,
                            "more than " + maxFields + " fields, errdex.api.max-fields");
                }
                walk(field.getSelectionSet(), level + 1);
            } else if (selection instanceof InlineFragment inline) {
                walk(inline.getSelectionSet(), level);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    walk(fragment.getSelectionSet(), level);
                }
            }
        }
    }
}
