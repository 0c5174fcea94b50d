package dev.errdex.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The product area an error code belongs to: what a support engineer routes on and a customer browses by.
 *
 * <p>A catalog source may name the category itself; where it does not, {@link #derive(String, int, String)} decides,
 * in this order (documented in {@code docs/catalog.md}):
 * <ol>
 *   <li>a message that names the AI gateway belongs to {@link #AI_GATEWAY}, whatever its number;</li>
 *   <li>for the {@code ERR_NGROK} namespace, the number range (ngrok allocates codes in blocks per product area,
 *       see {@link #RANGES});</li>
 *   <li>otherwise, and for numbers outside every known range, the first keyword rule that matches the message
 *       (see {@link #KEYWORDS});</li>
 *   <li>{@link #OTHER}.</li>
 * </ol>
 */
public enum Category {
    AGENT("agent", "Agent & authentication", "agent"),
    API("api", "ngrok API", "api"),
    ENDPOINTS("endpoints", "Tunnels & endpoints", "cloud-edge"),
    DOMAINS_TLS("domains-tls", "Domains, addresses & TLS", "cloud-edge"),
    ACCESS_CONTROL("access-control", "Credentials & IP restrictions", "api"),
    EDGE_TRAFFIC("edge-traffic", "Edge & HTTP traffic", "cloud-edge"),
    EDGE_AUTH("edge-auth", "Edge authentication (OAuth, OIDC, SAML, JWT)", "cloud-edge"),
    TRAFFIC_POLICY("traffic-policy", "Traffic policy", "traffic-policy"),
    AI_GATEWAY("ai-gateway", "AI gateway", "ai-gateway"),
    ACCOUNT_BILLING("account-billing", "Account, team & billing", "account"),
    DASHBOARD("dashboard", "Dashboard & sign-up", "dashboard"),
    EDGES_LEGACY("edges-legacy", "Edges, backends & endpoint configurations (legacy)", "cloud-edge"),
    EVENTS("events", "Events & log export", "api"),
    KUBERNETES("kubernetes", "Kubernetes operator", "kubernetes-operator"),
    SECRETS("secrets", "Vaults & secrets", "api"),
    PLATFORM("platform", "Platform limits & maintenance", "cloud-edge"),
    /** errdex's own errors (namespace {@code ERR_ERRDEX}). */
    ERRDEX("errdex", "errdex itself", "errdex"),
    OTHER("other", "Other", null);

    /** The namespace whose number ranges {@link #RANGES} describes. */
    public static final String NGROK_NAMESPACE = "ERR_NGROK";

    /** ngrok's number blocks, inclusive, in ascending order, without overlaps. */
    public static final List<Range> RANGES = List.of(
            new Range(100, 199, AGENT),            // authtokens, agent sessions, agent versions
            new Range(200, 299, API),              // API keys, request format, pagination
            new Range(300, 399, ENDPOINTS),        // binding endpoints, hostnames, endpoint limits
            new Range(400, 599, DOMAINS_TLS),      // reserved domains, reserved TCP addresses, DNS records
            new Range(600, 699, ACCESS_CONTROL),   // authtokens, API keys and SSH keys as credentials
            new Range(700, 799, EDGE_TRAFFIC),     // connection and usage limits met by traffic
            new Range(800, 899, AGENT),            // remote agent operations, agent protocol
            new Range(1000, 1099, ACCOUNT_BILLING), // billing details, payment, subscriptions
            new Range(1100, 1199, ENDPOINTS),      // SSH reverse tunnels
            new Range(1200, 1299, DASHBOARD),      // dashboard sessions, sign-up, captcha, roles
            new Range(1400, 1499, ACCESS_CONTROL), // IP policies
            new Range(1500, 1599, PLATFORM),       // maintenance windows
            new Range(1600, 1699, EDGES_LEGACY),   // endpoint configurations
            new Range(1700, 1799, AGENT),          // legacy accounts and agent session operations
            new Range(1800, 1899, ACCESS_CONTROL), // IP restrictions
            new Range(1900, 1999, DOMAINS_TLS),    // TLS certificates, certificate authorities, SSH certificates
            new Range(2000, 2399, TRAFFIC_POLICY), // HTTP routing rules, policy actions, CEL expressions
            new Range(3000, 3099, EDGE_TRAFFIC),   // upstream HTTP and TLS failures
            new Range(3100, 3199, EDGE_AUTH),      // OAuth at the edge
            new Range(3200, 3299, EDGE_TRAFFIC),   // offline endpoints, blocked requests
            new Range(3300, 3499, EDGE_AUTH),      // auth state parameters, JWT validation
            new Range(3500, 3799, TRAFFIC_POLICY), // forward-internal, http-request, WAF actions
            new Range(3800, 3899, AI_GATEWAY),     // AI gateway requests
            new Range(3900, 3999, TRAFFIC_POLICY), // CEL interpolation and body actions
            new Range(4000, 4499, ACCOUNT_BILLING), // accounts, users, logins, passwords, invitations
            new Range(4500, 4599, ENDPOINTS),      // TCP addresses
            new Range(4700, 4799, ACCOUNT_BILLING), // single sign-on
            new Range(5000, 5099, PLATFORM),       // generic resource limits
            new Range(5100, 5199, EVENTS),         // event destinations and subscriptions
            new Range(5200, 5399, EDGE_AUTH),      // OIDC and SAML at the edge
            new Range(5400, 5499, EVENTS),         // event sources and filters
            new Range(5500, 5599, EDGE_AUTH),      // OAuth at the edge
            new Range(6000, 6099, EDGE_TRAFFIC),   // endpoint state met by traffic, interstitial pages
            new Range(6500, 6599, EDGES_LEGACY),   // backends
            new Range(6600, 6699, ACCOUNT_BILLING), // team members and administrators
            new Range(6700, 6799, DOMAINS_TLS),    // agent ingress domains, dedicated IPs
            new Range(7000, 7199, EDGES_LEGACY),   // edges, edge modules and routes
            new Range(8000, 8099, AGENT),          // agent connectivity and upstream connections
            new Range(9000, 9099, AGENT),          // agent features by plan, endpoint URLs given to the agent
            new Range(10000, 13999, DASHBOARD),    // dashboard front-end errors
            new Range(14000, 15099, ENDPOINTS),    // endpoint options set by the agent, bindings
            new Range(16000, 17099, ACCOUNT_BILLING), // team e-mail domains, multi-factor authentication
            new Range(18000, 18099, ENDPOINTS),    // cloud endpoints and pooling
            new Range(19000, 20099, KUBERNETES),   // operator, bound endpoints
            new Range(21000, 21099, PLATFORM),     // IP look-ups
            new Range(22000, 22099, DASHBOARD),    // access to the website
            new Range(23000, 24099, SECRETS),      // vaults and secrets
            new Range(25000, 25099, ACCOUNT_BILLING), // domain controls for sign-ups
            new Range(26000, 26099, DOMAINS_TLS),  // certificate provisioning, CAA and DCV checks
            new Range(27000, 27999, AI_GATEWAY),   // AI gateway keys, providers, models, routers
            new Range(28000, 28099, KUBERNETES),   // pod identity
            new Range(29000, 29099, ACCESS_CONTROL), // personal access tokens
            new Range(30000, 30099, PLATFORM));    // applications

    /** Keyword rules for codes no range covers, tried in this order. */
    public static final List<KeywordRule> KEYWORDS = List.of(
            new KeywordRule("ai gateway|ai provider|\\bllm\\b|\\bmodels?\\b.*\\bprovider", AI_GATEWAY),
            new KeywordRule("traffic policy|policy action|\\bcel\\b|\\bwaf\\b", TRAFFIC_POLICY),
            new KeywordRule("\\boauth\\b|\\boidc\\b|\\bsaml\\b|\\bjwt\\b|\\bsso\\b", EDGE_AUTH),
            new KeywordRule("certificate|\\btls\\b|\\bdns\\b|\\bcname\\b|\\bdomain", DOMAINS_TLS),
            new KeywordRule("billing|payment|invoice|subscription|credit card|\\bplan\\b|team member", ACCOUNT_BILLING),
            new KeywordRule("authtoken|\\bagent\\b|heartbeat", AGENT),
            new KeywordRule("api key|\\bapi\\b", API),
            new KeywordRule("ip polic|ip restriction|credential", ACCESS_CONTROL),
            new KeywordRule("endpoint|tunnel|\\bbind", ENDPOINTS),
            new KeywordRule("dashboard|refresh the page|sign ?up|captcha", DASHBOARD),
            new KeywordRule("upstream|gateway|connection refused|timed out", EDGE_TRAFFIC));

    private static final Pattern AI_GATEWAY_NAME = Pattern.compile("\\bai gateway\\b", Pattern.CASE_INSENSITIVE);

    private final String id;
    private final String label;
    private final String ownerComponent;

    Category(String id, String label, String ownerComponent) {
        this.id = id;
        this.label = label;
        this.ownerComponent = ownerComponent;
    }

    /** Stable identifier stored in the catalog and used in filters, e.g. {@code traffic-policy}. */
    public String id() {
        return id;
    }

    /** Human label, e.g. {@code Traffic policy}. */
    public String label() {
        return label;
    }

    /** The component that usually owns codes of this area (agent, cloud-edge, api...); null for {@link #OTHER}. */
    public String ownerComponent() {
        return ownerComponent;
    }

    /** The category with this {@link #id()} (case-insensitive), or empty. */
    public static Optional<Category> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (Category c : values()) {
            if (c.id.equals(wanted)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Derives the category of a code whose source names none.
     *
     * @param namespace e.g. {@code ERR_NGROK}; number ranges apply to that namespace only
     * @param number    the number part of the code
     * @param message   the message template (may be null)
     */
    public static Category derive(String namespace, int number, String message) {
        String text = message == null ? "" : message;
        if (AI_GATEWAY_NAME.matcher(text).find()) {
            return AI_GATEWAY;
        }
        if (NGROK_NAMESPACE.equals(namespace)) {
            for (Range r : RANGES) {
                if (r.contains(number)) {
                    return r.category();
                }
            }
        }
        for (KeywordRule rule : KEYWORDS) {
            if (rule.matches(text)) {
                return rule.category();
            }
        }
        return OTHER;
    }

    /** An inclusive block of code numbers that belongs to one category. */
    public record Range(int from, int to, Category category) {
        public boolean contains(int number) {
            return number >= from && number <= to;
        }
    }

    /** A case-insensitive regular expression over the message that points to a category. */
    public record KeywordRule(Pattern pattern, Category category) {
        KeywordRule(String regex, Category category) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), category);
        }

        public boolean matches(String message) {
            return pattern.matcher(message).find();
        }
    }
}
