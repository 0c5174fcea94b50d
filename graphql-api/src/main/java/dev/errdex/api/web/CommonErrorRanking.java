package dev.errdex.api.web;

import java.util.List;

/**
 * Which codes {@code /errors} lists first, most common first.
 *
 * <p>The seam for ranking by tickets: the default ({@link SeedCommonErrors}) is the seed's Common Errors table; a bean
 * of this type that counts tickets per code replaces it without further changes (the default is a
 * {@code @DefaultBean}).
 */
public interface CommonErrorRanking {

    /**
     * The most common codes, most common first.
     *
     * @param limit how many at most
     * @return canonical codes (a code no longer in the catalog is left out by the page)
     */
    List<String> mostCommon(int limit);
}
