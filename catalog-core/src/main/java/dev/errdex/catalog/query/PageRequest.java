package dev.errdex.catalog.query;

/**
 * Which page of a keyset listing a caller asks for, the Relay way: {@code after}/{@code before} narrow the listing to
 * the rows between two cursors, then {@code first} keeps the first rows of what is left, or {@code last} the last
 * ones. Asking for both {@code first} and {@code last} is refused by the API before a request is built.
 *
 * @param first  page size counted from the start; null when paging backwards or for the default
 * @param after  cursor of the row the page starts after; null for none
 * @param last   page size counted from the end; null when paging forwards
 * @param before cursor of the row the page ends before; null for none
 */
public record PageRequest(Integer first, String after, Integer last, String before) {

    /** The forward request of a listing with only {@code first} and {@code after}. */
    public static PageRequest forward(Integer first, String after) {
        return new PageRequest(first, after, null, null);
    }

    /** True when the page is counted from the end ({@code last} given). */
    public boolean backward() {
        return last != null;
    }

    /** The page size asked for, or {@code defaultSize} when none was given. */
    public int size(int defaultSize) {
        Integer n = backward() ? last : first;
        return n == null ? defaultSize : n;
    }

    /** The name of the size argument, for error messages. */
    public String sizeArgument() {
        return backward() ? "last" : "first";
    }
}
