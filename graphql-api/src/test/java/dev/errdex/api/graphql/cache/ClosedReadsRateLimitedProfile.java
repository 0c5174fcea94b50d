package dev.errdex.api.graphql.cache;

import dev.errdex.api.ops.LockedDownProfile;

/**
 * The locked-down posture (reads closed, a small rate limit) with the response cache on (its default), in an
 * application of its own: its own rate-limit buckets, so that these tests and LockedDownTest spend no tokens of each
 * other's keys.
 */
public class ClosedReadsRateLimitedProfile extends LockedDownProfile {
}
