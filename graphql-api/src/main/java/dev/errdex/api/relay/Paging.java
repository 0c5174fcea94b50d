package dev.errdex.api.relay;

import dev.errdex.api.error.ApiError;
import dev.errdex.api.error.ErrdexException;
import dev.errdex.catalog.query.PageRequest;

/** The paging arguments of a connection field, checked the same way for every connection. */
public final class Paging {

    private Paging() {
    }

    /**
     * The request for these arguments.
     *
     * @throws ErrdexException {@link ApiError#PAGE_ARGUMENTS} when both first and last are given; sizes out of range
     *                         and bad cursors are refused by the service with its own code
     */
    public static PageRequest request(Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw new ErrdexException(ApiError.PAGE_ARGUMENTS, first, last);
        }
        return new PageRequest(first, after, last, before);
    }
}
