package dev.errdex.api.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/**
 * errdex's GraphQL API as a tool written in Java sees it: the SmallRye typesafe client builds each request from these
 * signatures and the types of {@link ClientTypes}, so a schema change that breaks Java callers breaks this client.
 */
@GraphQLClientApi
public interface ErrdexClient {

    @Query("errorCode")
    ClientTypes.Code errorCode(@NonNull @Name("code") String code);

    @Query("errorCodes")
    ClientTypes.CodePage errorCodes(@Name("first") Integer first, @Name("after") String after,
                                    @Name("last") Integer last, @Name("before") String before);

    @Query("search")
    List<ClientTypes.Hit> search(@NonNull @Name("query") String query, @Name("first") Integer first);

    @Query("match")
    ClientTypes.Match match(@NonNull @Name("text") String text);

    @Query("node")
    ClientTypes.NodeRef node(@NonNull @Id @Name("id") String id);

    @Mutation("errorCodeUpsert")
    ClientTypes.CodePayload errorCodeUpsert(@NonNull @Name("input") ClientTypes.NewCode input);

    @Mutation("fixGuideUpdate")
    ClientTypes.CodePayload fixGuideUpdate(@NonNull @Name("input") ClientTypes.GuideChange input);

    @Mutation("emailTriage")
    ClientTypes.TriagePayload emailTriage(@NonNull @Name("input") ClientTypes.Email input);

    @Mutation("ticketCodeCorrect")
    ClientTypes.TicketPayload ticketCodeCorrect(@NonNull @Name("input") ClientTypes.Correction input);
}
