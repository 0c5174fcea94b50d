package dev.errdex.api.web;

import dev.errdex.api.config.ErrdexConfig;
import dev.errdex.api.security.ReadAccess;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Optional;

/**
 * What guides crawlers to the pages: {@code /robots.txt}, the sitemaps ({@link Sitemaps}), and {@code /}, which
 * redirects to {@code /errors}.
 */
@Path("/")
public class SiteResource {

    private static final String XML = MediaType.APPLICATION_XML + ";charset=UTF-8";

    @Inject
    Sitemaps sitemaps;

    @Inject
    PublicOrigin origins;

    @Inject
    ConditionalAnswers answers;

    @Inject
    CodeDirectory directory;

    @Inject
    ReadAccess access;

    @Inject
    ErrdexConfig config;

    @GET
    public Response root(@Context HttpServerRequest request) {
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(URI.create(origins.of(request) + "/errors")).build();
    }

    @GET
    @Path("robots.txt")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public Response robots(@Context HttpServerRequest request) {
        String text = config.publicReads()
                ? "User-agent: *\nAllow: /\nDisallow: /graphql\nDisallow: /api\nDisallow: /q\n"
                + "Disallow: /errors/search?\n\nSitemap: " + origins.of(request) + "/sitemap.xml\n"
                // closed reads: nothing is public, so nothing is to be crawled
                : "User-agent: *\nDisallow: /\n";
        return Response.ok(text).header(HttpHeaders.CACHE_CONTROL, answers.cacheControl()).build();
    }

    @GET
    @Path("sitemap.xml")
    @Produces(XML)
    public Response sitemapIndex(@Context HttpServerRequest request, @Context HttpHeaders headers) {
        access.require();
        return answers.answer(validators(), headers, () -> sitemaps.index(origins.of(request)));
    }

    @GET
    @Path("sitemaps/{name}.xml")
    @Produces(XML)
    public Response sitemap(@PathParam("name") String name, @Context HttpServerRequest request,
                            @Context HttpHeaders headers) {
        access.require();
        Optional<String> xml = sitemaps.sitemap(name, origins.of(request));
        if (xml.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("No such sitemap: /sitemap.xml lists the sitemaps there are.\n").build();
        }
        return answers.answer(validators(), headers, xml::get);
    }

    private RenderedPages.Validators validators() {
        CodeDirectory.Version version = directory.version();
        return new RenderedPages.Validators("W/\"s" + version.revision() + "\"", version.lastModified());
    }
}
