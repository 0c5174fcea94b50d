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
            throw new CatalogException(CatalogError.SCAN_OPTION, "a repository link needs both a URL and a ref");
        }
        url = url.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (url.endsWith(".git")) {
            url = url.substring(0, url.length() - 4);
        }
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new CatalogException(CatalogError.SCAN_OPTION, "the repository URL '" + url
                    + "' is not an http(s) address");
        }
        ref = ref.strip();
    }

    /** The link to {@code line} of {@code path} (slash-separated, relative to the repository root). */
    public String link(String path, int line) {
        return url + "/blob/" + encode(ref) + "/" + encode(path) + "#L" + line;
    }

    /** Percent-encodes what a URL path cannot hold (spaces, non-ASCII), keeping the slashes. */
    static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new CatalogException(CatalogError.SCAN_OPTION, "cannot make a link of '" + path + "'", e);
        }
    }
}
