package dev.errdex.catalog.scan;

import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Web links to lines of a repository, GitHub style: {@code URL/blob/REF/path#Lline} (GitLab and Gitea read the same
 * form).
 *
 * @param url the repository's web address, e.g. {@code https://github.com/acme/widgets} (a trailing slash or
 *            {@code .git} is dropped)
 * @param ref a branch, tag or commit
 */
public record RepoLinks(String url, String ref) {

    public RepoLinks {
        if (url == null || url.isBlank() || ref == null || ref.isBlank()) {
            throw invalid("a repository link needs both a URL and a ref", null);
        }
        url = url.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (url.endsWith(".git")) {
            url = url.substring(0, url.length() - 4);
        }
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw invalid("the repository URL '" + url + "' is not an http(s) address", null);
        }
        ref = ref.strip();
    }

    /** The link to {@code line} of {@code path} (slash-separated, relative to the repository root). */
    public String link(String path, int line) {
        return url + "/blob/" + encode(ref) + "/" + encode(path) + "#L" + line;
    }

    private static CatalogException invalid(String detail, Throwable cause) {
        return new CatalogException(CatalogError.REPO_LINK, detail, cause);
    }

    /** Percent-encodes what a URL path cannot hold (spaces, non-ASCII), keeping the slashes. */
    static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw invalid("cannot make a link of '" + path + "'", e);
        }
    }
}
