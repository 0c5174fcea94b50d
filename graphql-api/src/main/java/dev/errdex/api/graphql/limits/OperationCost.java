package dev.errdex.api.graphql.limits;

import dev.errdex.api.error.ApiError;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import java.math.BigInteger;
import java.util.Map;

/**
 * The cost of one GraphQL operation, counted from its document before anything runs: every object the answer may hold
 * counts 1. A list field counts as many objects as its page size ({@code first} or {@code last}, else the default
 * page size of a paged field), the {@code edges}/{@code nodes} of a connection as many as the connection's page, any
 * other list of objects ({@code related}, {@code history}, ...) as {@code listSize}; objects nested in a list are
 * multiplied by it. Scalars are free. The walk stops as soon as the cost passes the limit, so that a document built to
 * expand (aliases, fragments) costs its walk no more than the limit.
 *
 * <p>Int arguments are checked on the way: a literal or variable outside the 32-bit range is refused
 * ({@code ERR_ERRDEX_1363}) rather than wrapped around.
 */
public final class OperationCost {

    /** Page size of a paged field ({@code first} or {@code last} accepted) called without one. */
    public static final int DEFAULT_PAGE = 20;

    /**
     * The largest page a paged field serves (the catalog's default {@code max-page-size}; tickets serve 200): a larger
     * {@code first}/{@code last} is refused by the field itself with its own code (ERR_ERRDEX_1042), so it counts as
     * this many, and the caller learns what is wrong with the argument rather than the cost.
     */
    static final int LARGEST_PAGE = 500;

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final long limit;
    private final int listSize;
    private long cost;

    private OperationCost(GraphQLSchema schema, Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables, long limit, int listSize) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
        this.limit = limit;
        this.listSize = listSize;
    }

    /**
     * The cost of {@code operation}; once it passes {@code limit}, a value over the limit (not the whole cost).
     *
     * @throws LimitExceeded for an Int out of range
     */
    public static long of(GraphQLSchema schema, OperationDefinition operation,
            Map<String, FragmentDefinition> fragments, Map<String, Object> rawVariables, long limit, int listSize) {
        OperationCost counter = new OperationCost(schema, fragments, rawVariables, limit, listSize);
        counter.checkVariables(operation);
        GraphQLFieldsContainer root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        counter.walk(operation.getSelectionSet(), root, 1, 0);
        return counter.cost;
    }

    private void walk(SelectionSet set, GraphQLFieldsContainer parent, long multiplier, long page) {
        if (set == null || parent == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (cost > limit) {
                return;
            }
            if (selection instanceof Field field) {
                field(field, parent, multiplier, page);
            } else if (selection instanceof InlineFragment inline) {
                walk(inline.getSelectionSet(), container(inline.getTypeCondition(), parent), multiplier, page);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    walk(fragment.getSelectionSet(), container(fragment.getTypeCondition(), parent), multiplier,
                            page);
                }
            }
        }
    }

    private void field(Field field, GraphQLFieldsContainer parent, long multiplier, long page) {
        field.getArguments().forEach(a -> checkInts(a.getValue(), field.getName() + "." + a.getName()));
        if (field.getName().startsWith("__")) {
            return; // introspection and __typename: bounded by the schema, not by the data
        }
        GraphQLFieldDefinition definition = parent.getFieldDefinition(field.getName());
        if (definition == null) {
            return;
        }
        GraphQLType type = definition.getType();
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        if (!(named instanceof GraphQLFieldsContainer container)) {
            return; // scalars and enums are free
        }
        boolean paged = definition.getArgument("first") != null || definition.getArgument("last") != null;
        long size = paged ? pageSize(field) : 0;
        boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
        long n = multiplier;
        if (list) {
            n = times(multiplier, paged ? size : page > 0 ? page : listSize);
        }
        cost = Math.addExact(Math.min(cost, Long.MAX_VALUE / 2), Math.min(n, Long.MAX_VALUE / 4));
        walk(field.getSelectionSet(), container, n, paged && !list ? size : 0);
    }

    private long pageSize(Field field) {
        long size = -1;
        for (Argument a : field.getArguments()) {
            if (a.getName().equals("first") || a.getName().equals("last")) {
                Object v = value(a.getValue());
                if (v instanceof Number number) {
                    size = Math.max(size, number.longValue());
                }
            }
        }
        return size < 0 ? DEFAULT_PAGE : Math.min(LARGEST_PAGE, Math.max(1, size));
    }

    private Object value(Value<?> value) {
        if (value instanceof IntValue i) {
            return i.getValue();
        }
        if (value instanceof VariableReference ref) {
            return variables.get(ref.getName());
        }
        return null;
    }

    private GraphQLFieldsContainer container(TypeName condition, GraphQLFieldsContainer parent) {
        if (condition == null) {
            return parent;
        }
        return schema.getType(condition.getName()) instanceof GraphQLFieldsContainer c ? c : null;
    }

    private void checkInts(Value<?> value, String where) {
        if (value instanceof IntValue i) {
            BigInteger v = i.getValue();
            if (v.compareTo(INT_MIN) < 0 || v.compareTo(INT_MAX) > 0) {
                throw new LimitExceeded(ApiError.INT_OUT_OF_RANGE, v, where);
            }
        } else if (value instanceof ObjectValue o) {
            for (ObjectField f : o.getObjectFields()) {
                checkInts(f.getValue(), where + "." + f.getName());
            }
        } else if (value instanceof ArrayValue a) {
            a.getValues().forEach(v -> checkInts(v, where));
        }
    }

    /** Variables declared Int (or lists of Int) must hold 32-bit values. */
    private void checkVariables(OperationDefinition operation) {
        for (VariableDefinition d : operation.getVariableDefinitions()) {
            if (isInt(d.getType())) {
                checkIntVariable(variables.get(d.getName()), "$" + d.getName());
            }
        }
    }

    private static void checkIntVariable(Object value, String where) {
        if (value instanceof Iterable<?> values) {
            values.forEach(v -> checkIntVariable(v, where));
        } else if (value instanceof Number n) {
            BigInteger v = n instanceof BigInteger b ? b : new java.math.BigDecimal(n.toString()).toBigInteger();
            if (v.compareTo(INT_MIN) < 0 || v.compareTo(INT_MAX) > 0) {
                throw new LimitExceeded(ApiError.INT_OUT_OF_RANGE, n, where);
            }
        }
    }

    private static boolean isInt(Type<?> type) {
        if (type instanceof NonNullType n) {
            return isInt(n.getType());
        }
        if (type instanceof ListType l) {
            return isInt(l.getType());
        }
        return type instanceof TypeName t && t.getName().equals("Int");
    }

    private static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 4;
        }
    }
}
