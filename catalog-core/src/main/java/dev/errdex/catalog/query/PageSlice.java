package dev.errdex.catalog.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The rows of one page in listing order and whether rows lie before and after it. Services read up to one row more
 * than the page size, walking away from the cursor the request counts from (forwards for {@code first}, backwards
 * for {@code last}); the extra row tells that the page does not reach the end it walks to. Whether rows lie on the
 * other side is asked only when the request names a cursor on that side.
 *
 * @param rows         the page, in listing order
 * @param hasPrevious  rows precede the page
 * @param hasNext      rows follow the page
 * @param <R>          the row type
 */
public record PageSlice<R>(List<R> rows, boolean hasPrevious, boolean hasNext) {

    /**
     * Cuts a page out of the rows read.
     *
     * @param read          up to {@code size + 1} rows, in listing order for a forward request and in reverse
     *                      order for a backward one
     * @param size          the page size
     * @param request       the request
     * @param rowsBeforeAfter whether any row lies at or before the request's {@code after} cursor (asked only when
     *                      paging forwards from one)
     * @param rowsAfterBefore whether any row lies at or after the request's {@code before} cursor (asked only when
     *                      paging backwards to one)
     */
    public static <R> PageSlice<R> of(List<R> read, int size, PageRequest request, BooleanSupplier rowsBeforeAfter,
                                      BooleanSupplier rowsAfterBefore) {
        boolean more = read.size() > size;
        List<R> page = new ArrayList<>(read.subList(0, Math.min(size, read.size())));
        if (request.backward()) {
            Collections.reverse(page);
            return new PageSlice<>(page, more, request.before() != null && rowsAfterBefore.getAsBoolean());
        }
        return new PageSlice<>(page, request.after() != null && rowsBeforeAfter.getAsBoolean(), more);
    }
}
