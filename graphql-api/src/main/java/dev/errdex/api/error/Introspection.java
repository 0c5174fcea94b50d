package dev.errdex.api.error;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/** Whether a GraphQL document asks for the schema ({@code __schema} or {@code __type}; {@code __typename} does not). */
final class Introspection {

    private Introspection() {
    }

    static boolean requested(Document document) {
        for (var definition : document.getDefinitions()) {
            SelectionSet set = definition instanceof OperationDefinition o ? o.getSelectionSet()
                    : definition instanceof FragmentDefinition f ? f.getSelectionSet() : null;
            if (requested(set)) {
                return true;
            }
        }
        return false;
    }

    private static boolean requested(SelectionSet set) {
        if (set == null) {
            return false;
        }
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field f && (f.getName().equals("__schema") || f.getName().equals("__type")
                    || requested(f.getSelectionSet()))) {
                return true;
            }
            if (s instanceof InlineFragment i && requested(i.getSelectionSet())) {
                return true;
            }
        }
        return false;
    }
}
