package dev.errdex.api;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class Ping {
    @Query
    public String ping() { return "pong"; }
}
