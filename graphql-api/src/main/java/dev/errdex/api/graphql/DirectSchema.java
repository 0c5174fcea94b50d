package dev.errdex.api.graphql;

import dev.errdex.api.catalog.ErrorCode;
import dev.errdex.api.catalog.FixGuideView;
import dev.errdex.api.catalog.SourceSiteView;
import dev.errdex.catalog.service.CatalogService;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The schema {@link DirectReads} executes: SmallRye's own schema (same types, scalars, enums, validation), whose data
 * fetchers are replaced by plain ones over the same services for the plain reads: {@code errorCode(code)}, the
 * stored fields of {@code ErrorCode}, {@code FixGuide} and {@code SourceSite}, and {@code ErrorCode.related} (batched
 * per level with a DataLoader, as SmallRye batches it). Every other field fetches nothing and fails the operation
 * ({@link Unsupported}), which {@link DirectReads} then hands to SmallRye unchanged.
 */
final class DirectSchema {

    /** The DataLoader of {@code ErrorCode.related}. */
    static final String RELATED = "errdex.direct.related";

    private static final Map<String, Function<ErrorCode, Object>> ERROR_CODE = new LinkedHashMap<>();
    private static final Map<String, Function<FixGuideView, Object>> FIX_GUIDE = new LinkedHashMap<>();
    private static final Map<String, Function<SourceSiteView, Object>> SOURCE_SITE = new LinkedHashMap<>();

    static {
        ERROR_CODE.put("id", ErrorCode::getId);
        ERROR_CODE.put("code", ErrorCode::code);
        ERROR_CODE.put("namespace", ErrorCode::namespace);
        ERROR_CODE.put("number", ErrorCode::number);
        ERROR_CODE.put("title", ErrorCode::title);
        ERROR_CODE.put("message", ErrorCode::message);
        ERROR_CODE.put("placeholders", ErrorCode::placeholders);
        ERROR_CODE.put("fixGuide", ErrorCode::fixGuide);
        ERROR_CODE.put("category", ErrorCode::category);
        ERROR_CODE.put("categoryLabel", ErrorCode::categoryLabel);
        ERROR_CODE.put("severity", ErrorCode::severity);
        ERROR_CODE.put("status", ErrorCode::status);
        ERROR_CODE.put("replacedBy", ErrorCode::replacedBy);
        ERROR_CODE.put("docsUrl", ErrorCode::docsUrl);
        ERROR_CODE.put("symptoms", ErrorCode::symptoms);
        ERROR_CODE.put("relatedCodes", ErrorCode::related);
        ERROR_CODE.put("ownerComponent", ErrorCode::ownerComponent);
        ERROR_CODE.put("sourceLocation", ErrorCode::sourceLocation);
        ERROR_CODE.put("sources", ErrorCode::sources);
        ERROR_CODE.put("owner", ErrorCode::owner);
        ERROR_CODE.put("sourcesPinned", ErrorCode::sourcesPinned);
        ERROR_CODE.put("revision", ErrorCode::revision);
        ERROR_CODE.put("createdAt", c -> dateTime(c.createdAt()));
        ERROR_CODE.put("updatedAt", c -> dateTime(c.updatedAt()));
        ERROR_CODE.put("updatedBy", ErrorCode::updatedBy);
        ERROR_CODE.put("edited", ErrorCode::edited);
        FIX_GUIDE.put("summary", FixGuideView::getSummary);
        FIX_GUIDE.put("causes", FixGuideView::getCauses);
        FIX_GUIDE.put("steps", FixGuideView::getSteps);
        FIX_GUIDE.put("markdown", FixGuideView::getMarkdown);
        SOURCE_SITE.put("path", SourceSiteView::path);
        SOURCE_SITE.put("line", SourceSiteView::line);
        SOURCE_SITE.put("symbol", SourceSiteView::symbol);
        SOURCE_SITE.put("url", SourceSiteView::url);
    }

    /** Every field name the direct fetchers answer, of any type, for {@link #plan}. */
    private static final Set<String> FIELDS = new HashSet<>();

    static {
        FIELDS.addAll(List.of("errorCode", "related", "__typename"));
        FIELDS.addAll(ERROR_CODE.keySet());
        FIELDS.addAll(FIX_GUIDE.keySet());
        FIELDS.addAll(SOURCE_SITE.keySet());
    }

    /** What a document needs: nothing direct (SmallRye runs it), the direct path, or the direct path with related. */
    enum Plan { SMALLRYE, DIRECT, DIRECT_WITH_RELATED }

    /** Thrown by every field without a direct fetcher: the operation goes to SmallRye. */
    static final class Unsupported extends RuntimeException {
        Unsupported() {
            super("not a plain read", null, false, false);
        }
    }

    private DirectSchema() {
    }

    /** A DateTime as SmallRye renders an {@link Instant} without a format of its own: ISO-8601 in UTC. */
    private static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /**
     * SmallRye's schema with the direct fetchers. Field fetchers give the same scalars and enums the values SmallRye's
     * would give them (Java enums, DateTime already formatted as SmallRye formats it), so the same coercion renders
     * them.
     */
    static GraphQLSchema of(GraphQLSchema smallRye, CatalogService catalog) {
        GraphQLCodeRegistry registry = smallRye.getCodeRegistry().transform(b -> {
            b.clearDataFetchers();
            b.defaultDataFetcher(env -> e -> {
                throw new Unsupported();
            });
            b.dataFetcher(FieldCoordinates.coordinates("Query", "errorCode"),
                    (DataFetcher<ErrorCode>) e -> catalog.find(e.<String>getArgument("code")).map(ErrorCode::of)
                            .orElse(null));
            b.dataFetcher(FieldCoordinates.coordinates("ErrorCode", "related"),
                    (DataFetcher<Object>) e -> e.getDataLoader(RELATED).load(e.getSource()));
            register(b, "ErrorCode", ERROR_CODE);
            register(b, "FixGuide", FIX_GUIDE);
            register(b, "SourceSite", SOURCE_SITE);
        });
        return smallRye.transform(b -> b.codeRegistry(registry));
    }

    private static <T> void register(GraphQLCodeRegistry.Builder b, String type, Map<String, Function<T, Object>> fields) {
        fields.forEach((name, read) -> b.dataFetcher(FieldCoordinates.coordinates(type, name),
                (DataFetcher<Object>) e -> read.apply(e.getSource())));
    }

    /** A request's DataLoaders: {@code related}, batched over every code of a level as SmallRye's {@code @Source List}. */
    static DataLoaderRegistry loaders(CatalogQueriesApi queries) {
        BatchLoader<ErrorCode, List<ErrorCode>> related = codes -> CompletableFuture.completedFuture(
                queries.related(codes));
        DataLoaderRegistry registry = new DataLoaderRegistry();
        registry.register(RELATED, DataLoaderFactory.newDataLoader(related));
        return registry;
    }

    /**
     * Whether every operation of the document is a query and every field it names, in operations and fragments, has
     * a direct fetcher (by name: a name of another type's field still fails at {@link Unsupported}).
     */
    static Plan plan(Document document) {
        for (OperationDefinition o : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (o.getOperation() != OperationDefinition.Operation.QUERY) {
                return Plan.SMALLRYE;
            }
        }
        boolean[] related = new boolean[1];
        return fieldsKnown(document, related) ? related[0] ? Plan.DIRECT_WITH_RELATED : Plan.DIRECT : Plan.SMALLRYE;
    }

    private static boolean fieldsKnown(Node<?> node, boolean[] related) {
        if (node instanceof Field f) {
            if (!FIELDS.contains(f.getName())) {
                return false;
            }
            related[0] |= f.getName().equals("related");
        }
        for (Node<?> child : node.getChildren()) {
            if (!fieldsKnown(child, related)) {
                return false;
            }
        }
        return true;
    }
}
