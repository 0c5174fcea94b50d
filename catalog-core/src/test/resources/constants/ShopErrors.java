package com.example.shop;

/**
 * The shop's error codes.
 */
public final class ShopErrors {

    /**
     * Thrown when the basket holds more than {@code MAX_ITEMS} items.
     * <p>
     * Example:
     * <pre>
     * basket.add(item); // the 101st item
     * </pre>
     */
    public static final int BASKET_FULL = 1001;

    /**
     * Thrown when a coupon has expired &amp; cannot be used. See {@link #BASKET_FULL}.
     */
    public static final String COUPON_EXPIRED = "1002";

    /**
     * Deprecated: use {@link #COUPON_EXPIRED}.
     */
    @Deprecated
    public static final int OLD_COUPON = 1003;

    /** An alias is not an entry of its own. */
    public static final int COUPON_GONE = COUPON_EXPIRED_NUMBER;

    /** Same number as BASKET_FULL: rejected. */
    public static final int BASKET_TOO_BIG = 1001;

    public static final int UNDOCUMENTED = 1004;

    private int notAConstant = 5;
}
