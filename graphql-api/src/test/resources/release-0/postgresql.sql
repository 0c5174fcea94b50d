--
-- PostgreSQL database dump
--

\restrict 0ZeXiUtqGeniSpe4HVgbJxJIWXHEEWwd6c269D3yHlpDp2atIKs85CldAExG8rv

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: api_key; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_key (
    id character varying(32) NOT NULL,
    name character varying(200) NOT NULL,
    role character varying(16) NOT NULL,
    key_sha256 character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: catalog_change; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.catalog_change (
    revision bigint NOT NULL,
    reason character varying(16) NOT NULL,
    changed_by character varying(200) NOT NULL,
    changed_at timestamp with time zone NOT NULL
);


--
-- Name: catalog_meta; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.catalog_meta (
    meta_key character varying(100) NOT NULL,
    meta_value character varying(1000) NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: catalog_revision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.catalog_revision (
    id integer NOT NULL,
    revision bigint NOT NULL
);


--
-- Name: error_code; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.error_code (
    code character varying(64) NOT NULL,
    namespace character varying(48) NOT NULL,
    code_number integer NOT NULL,
    title character varying(500) NOT NULL,
    message character varying(8000) NOT NULL,
    placeholders character varying(4000) NOT NULL,
    guide_summary character varying(100000),
    guide_causes character varying(100000),
    guide_steps character varying(100000),
    category character varying(64),
    severity character varying(16) NOT NULL,
    docs_url character varying(2000),
    symptoms character varying(100000) NOT NULL,
    related character varying(4000) NOT NULL,
    owner_component character varying(100),
    source_location character varying(1000),
    status character varying(16) NOT NULL,
    replaced_by character varying(64),
    revision bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(200) NOT NULL,
    edited boolean NOT NULL,
    catalog_revision bigint DEFAULT 0 NOT NULL
);


--
-- Name: error_code_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.error_code_history (
    id bigint NOT NULL,
    code character varying(64) NOT NULL,
    revision bigint NOT NULL,
    changed_at timestamp with time zone NOT NULL,
    changed_by character varying(200) NOT NULL,
    change_summary character varying(2000) NOT NULL,
    snapshot character varying(200000) NOT NULL
);


--
-- Name: error_code_history_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.error_code_history_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: learned_evidence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.learned_evidence (
    id bigint NOT NULL,
    code character varying(64) NOT NULL,
    ticket_id bigint NOT NULL,
    evidence_text character varying(40000) NOT NULL,
    learned_at timestamp with time zone NOT NULL,
    learned_by character varying(200) NOT NULL
);


--
-- Name: learned_evidence_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.learned_evidence_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mailbox_checkpoint; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mailbox_checkpoint (
    mailbox character varying(1000) NOT NULL,
    uid_validity bigint NOT NULL,
    last_uid bigint NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: mailbox_quarantine; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mailbox_quarantine (
    reference character varying(1200) NOT NULL,
    mailbox character varying(1000) NOT NULL,
    uid_validity bigint NOT NULL,
    uid bigint NOT NULL,
    size_bytes bigint NOT NULL,
    error_code character varying(32) NOT NULL,
    reason character varying(4000) NOT NULL,
    quarantined_at timestamp with time zone NOT NULL
);


--
-- Name: outbound_dead_letter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbound_dead_letter (
    id bigint NOT NULL,
    delivery_id bigint NOT NULL,
    idempotency_key character varying(100) NOT NULL,
    ticket_id character varying(100) NOT NULL,
    target character varying(20) NOT NULL,
    attempts integer NOT NULL,
    reason character varying(2000) NOT NULL,
    payload character varying(1000000) NOT NULL,
    dead_at timestamp with time zone NOT NULL
);


--
-- Name: outbound_dead_letter_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.outbound_dead_letter_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbound_delivery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbound_delivery (
    id bigint NOT NULL,
    idempotency_key character varying(100) NOT NULL,
    ticket_id character varying(100) NOT NULL,
    target character varying(20) NOT NULL,
    payload character varying(1000000) NOT NULL,
    state character varying(16) NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    lease_until timestamp with time zone,
    last_error character varying(2000),
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    delivered_at timestamp with time zone
);


--
-- Name: outbound_delivery_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.outbound_delivery_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ticket; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket (
    id bigint NOT NULL,
    subject character varying(1000) NOT NULL,
    requester character varying(320),
    state character varying(16) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version bigint NOT NULL
);


--
-- Name: ticket_annotation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_annotation (
    id bigint NOT NULL,
    ticket_id bigint NOT NULL,
    message_id bigint,
    "position" integer NOT NULL,
    code character varying(64) NOT NULL,
    source character varying(16) NOT NULL,
    confidence double precision NOT NULL,
    attach boolean NOT NULL,
    evidence character varying(4000),
    remediation_text character varying(200000),
    remediation_markdown character varying(200000),
    docs_url character varying(2000),
    catalog_revision bigint NOT NULL,
    review character varying(16) NOT NULL,
    reviewed_by character varying(200),
    reviewed_at timestamp with time zone,
    replaced_by character varying(64)
);


--
-- Name: ticket_annotation_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ticket_annotation_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ticket_feedback; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_feedback (
    id bigint NOT NULL,
    ticket_id bigint NOT NULL,
    action character varying(16) NOT NULL,
    code character varying(64),
    new_code character varying(64),
    actor character varying(200) NOT NULL,
    acted_at timestamp with time zone NOT NULL,
    note character varying(4000)
);


--
-- Name: ticket_feedback_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ticket_feedback_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ticket_message; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_message (
    id bigint NOT NULL,
    ticket_id bigint NOT NULL,
    dedup_key character varying(300) NOT NULL,
    message_id character varying(1000),
    in_reply_to character varying(1000),
    thread_refs character varying(100000) NOT NULL,
    sender character varying(1000),
    sender_address character varying(320),
    recipients_to character varying(100000) NOT NULL,
    recipients_cc character varying(100000) NOT NULL,
    subject character varying(1000) NOT NULL,
    sent_at timestamp with time zone,
    received_at timestamp with time zone NOT NULL,
    channel character varying(16) NOT NULL,
    source_ref character varying(1000),
    content_hash character varying(64) NOT NULL,
    body_text character varying(1000000) NOT NULL,
    matcher_text character varying(40000) NOT NULL
);


--
-- Name: ticket_message_raw; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_message_raw (
    message_id bigint NOT NULL,
    size_bytes bigint NOT NULL,
    sha256 character varying(64) NOT NULL,
    gzip_content bytea NOT NULL
);


--
-- Name: ticket_message_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ticket_message_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ticket_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ticket_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ticket_thread; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_thread (
    thread_key character varying(300) NOT NULL,
    ticket_id bigint NOT NULL
);


--
-- Data for Name: api_key; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_key (id, name, role, key_sha256, created_at, revoked_at) FROM stdin;
k97b3150dd33a	release0-agent	agent	b8d89b11398d02fb5b5e9180d27483035b4d9d724ceb8a1de48ec7e4ca465d84	2026-12-07 15:05:55.192144+00	\N
ka62136e9022e	release0-editor	editor	5a1790da6afab67e23c45d3db9109067b0303b6a6a920e1de56fa709cf404f63	2026-12-07 15:06:25.331257+00	\N
\.


--
-- Data for Name: catalog_change; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_change (revision, reason, changed_by, changed_at) FROM stdin;
1	IMPORT	release0	2026-12-07 15:05:24.51028+00
\.


--
-- Data for Name: catalog_meta; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_meta (meta_key, meta_value, updated_at) FROM stdin;
bundle.sha256	35d27fa319db2aad8f4cf64ef094906da99dd22476472f8c848b80cc5618df95	2026-12-07 14:51:04+00
\.


--
-- Data for Name: catalog_revision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.catalog_revision (id, revision) FROM stdin;
1	1
\.


--
-- Data for Name: error_code; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.error_code (code, namespace, code_number, title, message, placeholders, guide_summary, guide_causes, guide_steps, category, severity, docs_url, symptoms, related, owner_component, source_location, status, replaced_by, revision, created_at, updated_at, updated_by, edited, catalog_revision) FROM stdin;
ERR_NGROK_102	ERR_NGROK	102	Agent refused because the account's last payment failed	The last payment for the `ACCOUNT` account failed.\nThe account has been suspended. Update the payment information here:\nhttps://dashboard.ngrok.com/billing	["ACCOUNT"]	The agent could authenticate, but the account behind the authtoken has an unpaid charge, so ngrok will not open new sessions until the billing problem is fixed.	[]	["Open dashboard.ngrok.com › Billing and update the card or payment method on file.","Pay the outstanding invoice from the same page; the account returns to good standing once it clears.","Restart the agent (`ngrok http 8080` or `ngrok start --all`) after the payment succeeds."]	agent	ERROR	https://ngrok.com/docs/errors/err_ngrok_102/	["my card expired and now none of my tunnels will start","ngrok agent refuses to connect and talks about a failed payment","the bank declined the ngrok charge and the agent stopped working right after","we forgot to update the company credit card and ngrok went down","agent login blocked because the subscription renewal did not go through","payment failed email from ngrok and now agent won't start, what to do"]	["ERR_NGROK_337","ERR_NGROK_247","ERR_NGROK_6008"]	billing	\N	ACTIVE	\N	1	2026-12-07 15:05:24.063556+00	2026-12-07 15:05:24.063556+00	release0	t	1
ERR_NGROK_103	ERR_NGROK	103	Agent refused because the account is suspended	The account `ACCOUNT` has been suspended.\nThis is usually the result of violating the ngrok Terms of Service.\nEmail support@ngrok.com if you think your suspension is an error.	["ACCOUNT"]	The account that owns the authtoken has been suspended, so every agent session for it is rejected. Suspensions follow unpaid bills or terms-of-service problems.	[]	["Look for an email from ngrok explaining the suspension and check dashboard.ngrok.com › Billing for unpaid invoices.","If it is billing related, settle the balance; otherwise write to support@ngrok.com with the account email and ask for a review.","Make sure you are not using an authtoken from an old or shared account by running `ngrok config check` and comparing the token with the dashboard."]	agent	CRITICAL	https://ngrok.com/docs/errors/err_ngrok_103/	["ngrok says my whole account is suspended when I start a tunnel","all our agents disconnected at once and now they say the account was suspended","agent will not log in, account got blocked and nobody told us why","how do I get my suspended ngrok account back so tunnels work again","suspended account message in the terminal every time I run ngrok http","my account got suspended without warning, I need tunnels back for work"]	["ERR_NGROK_338","ERR_NGROK_205","ERR_NGROK_102"]	account	\N	ACTIVE	\N	1	2026-12-07 15:05:24.256115+00	2026-12-07 15:05:24.256115+00	release0	t	1
ERR_NGROK_105	ERR_NGROK	105	Authtoken is malformed	The authtoken you specified does not look like a proper ngrok authtoken.\nYour authtoken: `TOKEN`\nInstructions to install your authtoken are on your ngrok dashboard:\nhttps://dashboard.ngrok.com/get-started/your-authtoken	["TOKEN"]	The string configured as the authtoken does not have the shape of an ngrok authtoken. Usually a different value (an API key, a credential ID, a partial copy, or a token wrapped in quotes) was saved.	["Only part of the token was copied, or extra spaces, quotes or line breaks came along.","An API key, SSH key or credential ID (cr_...) was pasted instead of the authtoken."]	["Copy the token again from dashboard.ngrok.com › Your Authtoken using the copy button.","Save it with `ngrok config add-authtoken <TOKEN>` (no quotes, no surrounding spaces).","Run `ngrok config check` and remove any stale `NGROK_AUTHTOKEN` environment variable or `--authtoken` flag that overrides the file."]	agent	ERROR	https://ngrok.com/docs/errors/err_ngrok_105/	["I pasted my token but ngrok says it does not even look like a token","added the authtoken with quotes around it and now it is rejected as garbage","accidentally put my API key where the authtoken goes in ngrok.yml","the token seems cut off after I copied it from the dashboard","NGROK_AUTHTOKEN variable in docker has a typo and the agent says bad format","used the credential ID instead of the real token value","ngrok not accepting the token, I think I copy wrong thing from website"]	["ERR_NGROK_107","ERR_NGROK_106","ERR_NGROK_4018"]	agent	\N	ACTIVE	\N	1	2026-12-07 15:05:24.259713+00	2026-12-07 15:05:24.259713+00	release0	t	1
ERR_NGROK_107	ERR_NGROK	107	Authtoken is well-formed but no longer valid	The authtoken you specified is properly formed, but it is invalid.\nYour authtoken: `TOKEN`\nThis usually happens when:\n    - You reset your authtoken\n    - Your authtoken was for a team account that you were removed from\n    - You are using ngrok link and this credential was explicitly revoked\nGo to your ngrok dashboard and double check that your authtoken is correct:\nhttps://dashboard.ngrok.com/get-started/your-authtoken	["TOKEN"]	The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.	["The authtoken was reset or rotated in the dashboard and the agent still uses the old one from `ngrok.yml`.","You were removed from the team account the token belonged to, which invalidates your token there.","The credential was created through the API (tunnel credentials) and was later deleted or revoked.","An old token is still set somewhere else and wins, for example the `NGROK_AUTHTOKEN` environment variable, a `--authtoken` flag in a script, or a second config file passed with `--config`."]	["Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).","Install it: `ngrok config add-authtoken <TOKEN>`, then run `ngrok config check` to see which config file the agent reads.","Look for an overriding token: `echo $NGROK_AUTHTOKEN` (PowerShell: `$env:NGROK_AUTHTOKEN`), and search your scripts, Dockerfiles and CI secrets for `--authtoken`.","If you use an SDK (ngrok-go, `@ngrok/ngrok`, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.","If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account."]	agent	ERROR	https://ngrok.com/docs/errors/err_ngrok_107/	["ngrok stopped working after I reset my authtoken on the website","I copied the token from the dashboard but the agent still says it is invalid","agent fails to authenticate even though the token format looks right","my coworker removed me from the team and now ngrok won't connect","ngrok worked yesterday, today it says my credentials are not valid","ci pipeline ngrok step fails with authentication failed using the stored token","the docker ngrok container can't log in with NGROK_AUTHTOKEN","deleted a credential in the ngrok api and now my tunnel refuses to start","ngrok keeps using an old token even after I added the new one","pyngrok raises an error saying the auth token is wrong","authtoken rejected when starting ngrok http on a new laptop","ngrok session refused, token seems revoked"]	["ERR_NGROK_105","ERR_NGROK_106","ERR_NGROK_300","ERR_NGROK_108"]	agent	\N	ACTIVE	\N	1	2026-12-07 15:05:24.260572+00	2026-12-07 15:05:24.260572+00	release0	t	1
ERR_NGROK_108	ERR_NGROK	108	Too many agent sessions running for your plan	Your account is limited to `MAX` simultaneous ngrok agent sessions.\nRun multiple endpoints at the same time from a single agent by defining them in your agent configuration file and running `ngrok start --all`.\nRead more about the agent configuration file: https://ngrok.com/docs/agent/config/\nYou can view your current agent sessions in the dashboard: https://dashboard.ngrok.com/agents. Upgrade to a paid plan to remove this limit:\nhttps://dashboard.ngrok.com/billing/choose-a-plan	["MAX"]	Your account already has as many ngrok agents online as its plan allows, so a new agent was turned away. One agent can serve several endpoints at once, so you rarely need more than one agent per machine.	["An earlier ngrok process is still running in another terminal, a background service, a Docker container, a CI job or on a second computer.","You start one agent per service (`ngrok http 3000` and `ngrok http 8080` in two terminals) instead of one agent with several endpoints.","The same authtoken is shared by teammates or servers, and all of their agents count against one account.","A crashed agent's session has not been cleaned up yet, or a wrapper library (pyngrok, the npm package) spawned its own agent."]	["Open dashboard.ngrok.com › Agents (Sessions) to see every online agent, its IP and hostname, and stop the ones you do not need.","On the machine, find leftover processes: `ps aux | grep ngrok` (Windows: `tasklist | findstr ngrok`) and close them.","Run all your endpoints from one agent: define them under `endpoints:` (or `tunnels:` in older configs) in `ngrok.yml` and start them together with `ngrok start --all`.","Give each teammate or server its own authtoken from › Authtokens so usage is visible per person.","If you really need more agents online at once, upgrade under › Billing or add team members to the account."]	agent	ERROR	https://ngrok.com/docs/errors/err_ngrok_108/	["ngrok says I already have too many agents online but I only opened one","can't run two ngrok tunnels in separate terminals at the same time","second ngrok instance gets kicked with a limit error","ngrok free plan won't let me start another session on my other computer","forgot ngrok running on my server and now my laptop can't connect","how do I expose frontend and backend with one ngrok without hitting the limit","error about simultaneous sessions when my teammate and I use the same token","the docker compose ngrok service fails because another agent is already connected","limited number of ngrok processes, how to close old ones","ngrok refuses to start, says my account reached the session limit","after a crash ngrok still counts my old session and blocks the new one"]	["ERR_NGROK_323","ERR_NGROK_334","ERR_NGROK_348","ERR_NGROK_107"]	account	\N	ACTIVE	\N	1	2026-12-07 15:05:24.261395+00	2026-12-07 15:05:24.261395+00	release0	t	1
ERR_NGROK_120	ERR_NGROK	120	Agent version too old to run without an account	Your `PRODUCT` version "`VERSION`" is no longer supported. Only the most recent version of the ngrok agent is supported without an account.\nUpdate to a newer version with `ngrok update`, by downloading from https://ngrok.com/download, or by updating your SDK version.\nSign up for an account to avoid forced version upgrades: https://ngrok.com/signup.	["PRODUCT","VERSION"]	Without an authtoken, ngrok only accepts the newest agent release, and the one you started is older than that. Either update the agent or sign up and install an authtoken, which removes the forced upgrade.	["You are running an agent binary downloaded a long time ago, or an outdated package from apt, Homebrew, Chocolatey or Snap.","A wrapper library (pyngrok, the npm `ngrok` package, an IDE plugin) bundles its own old agent binary.","The agent has no authtoken installed, so the stricter rule for anonymous use applies."]	["Check the version: `ngrok version`.","Update in place with `ngrok update`, or through your package manager (`brew upgrade ngrok`, `choco upgrade ngrok`, `sudo snap refresh ngrok`), or download the latest build from ngrok.com/download.","If the agent comes from a library, upgrade the library (e.g. `pip install -U pyngrok`, `npm install @ngrok/ngrok@latest`) or point it at the updated binary.","Sign up for a free account and run `ngrok config add-authtoken <TOKEN>` so you are no longer forced onto the newest version.","Make sure the shell finds the new binary: `which ngrok` (Windows: `where ngrok`) should point to the updated file."]	agent	ERROR	https://ngrok.com/docs/errors/err_ngrok_120/	["ngrok tells me my version is no longer supported and won't start","old ngrok exe from a tutorial refuses to run now","ngrok forces me to update but I don't have an account","pyngrok fails with a message about an unsupported ngrok version","installed ngrok with apt and it says this version is not supported anymore","ngrok update required error when running without signing up","the ngrok that came with my plugin is too old and exits immediately","ngrok worked last month, now it says I must upgrade the agent","do I have to sign up to keep using an older ngrok version","brew ngrok exits saying only the latest version works without login"]	["ERR_NGROK_121","ERR_NGROK_119","ERR_NGROK_9042","ERR_NGROK_717"]	agent	\N	ACTIVE	\N	1	2026-12-07 15:05:24.262312+00	2026-12-07 15:05:24.262312+00	release0	t	1
ERR_NGROK_3205	ERR_NGROK	3205	Request blocked by account endpoint IP restriction	Request blocked by Endpoints IP Restriction	[]	The account's endpoint-wide IP restriction rejected the visitor's IP. It applies to every endpoint, not just one.	[]	["Add the visitor's IP to the policy attached to the endpoints IP restriction (dashboard.ngrok.com › Security › IP Restrictions).","Check that the restriction was not enabled by mistake on all endpoints."]	edge-traffic	WARNING	https://ngrok.com/docs/errors/err_ngrok_3205/	["all our urls block visitors after we enabled ip restriction","every endpoint rejects requests from outside the office","endpoint ip restriction blocks partners","account wide ip filter denies traffic","whole account denies ips not in policy"]	["ERR_NGROK_3203","ERR_NGROK_1808"]	cloud-edge	\N	ACTIVE	\N	1	2026-12-07 15:05:24.310328+00	2026-12-07 15:05:24.310328+00	release0	t	1
ERR_NGROK_121	ERR_NGROK	121	Agent or SDK older than your account's minimum version	Your `PRODUCT` version "`VERSION`" is too old. The minimum supported agent version for your account is "`MINVERSION`". Update to a newer version with 'ngrok update', by downloading from https://ngrok.com/download, or by updating your SDK version. Paid accounts are currently excluded from minimum agent version requirements. To begin handling traffic immediately without updating your agent, upgrade to a paid plan: https://dashboard.ngrok.com/billing/choose-a-plan.	["PRODUCT","VERSION","MINVERSION"]	Your account requires at least a given agent (or SDK) version, and the one that connected is older, so it is not allowed to handle traffic. Updating fixes it; paid accounts are currently exempt from this minimum.	["The ngrok agent on this machine or server has not been updated for a long time.","An application embeds an old ngrok SDK (ngrok-go, `@ngrok/ngrok`, ngrok-python, ngrok-rust) pinned in its lockfile.","A Docker image tag such as `ngrok/ngrok:3.x` or a base image pins an outdated agent.","The account is on the free plan, where the minimum version applies."]	["Compare versions: run `ngrok version` and check it against the minimum named in the error.","Update the agent: `ngrok update`, your package manager, or a fresh download from ngrok.com/download; for Docker, pull `ngrok/ngrok:latest`.","For SDKs, bump the dependency (`go get -u golang.ngrok.com/ngrok`, `npm install @ngrok/ngrok@latest`, `pip install -U ngrok`) and redeploy.","Restart every agent and check dashboard.ngrok.com › Agents shows the new version for each session.","If you cannot update right now (frozen environment), upgrading the plan under › Billing lifts the minimum version requirement."]	agent	ERROR	https://ngrok.com/docs/errors/err_ngrok_121/	["ngrok says my agent is too old for my account and won't forward traffic","after logging in ngrok demands a newer version than the one installed","our embedded ngrok sdk stopped working and asks for an upgrade","minimum agent version error on the free plan","docker ngrok image from last year now fails to connect","ngrok connects but then says the version is below the minimum","do paid plans avoid the forced ngrok agent update","node app using ngrok package fails, message says version too old","production server ngrok outdated, how to update without downtime","ngrok on raspberry pi refuses, asks to update the agent first"]	["ERR_NGROK_120","ERR_NGROK_119","ERR_NGROK_9042"]	agent	\N	ACTIVE	\N	1	2026-12-07 15:05:24.275664+00	2026-12-07 15:05:24.275664+00	release0	t	1
ERR_NGROK_727	ERR_NGROK	727	Monthly HTTP request allowance used up	This ngrok account has reached its HTTP requests limit for the month. Log into https://dashboard.ngrok.com/billing to view your options.	[]	The account's HTTP endpoints have served all the requests included in the plan for this month.	[]	["Look at request counts per endpoint in dashboard.ngrok.com › Usage; polling clients and bots are common culprits.","Upgrade under Billing, or wait for the monthly reset."]	edge-traffic	ERROR	https://ngrok.com/docs/errors/err_ngrok_727/	["hit the monthly cap on http requests for my account","my api endpoint stopped answering after too many requests this month","frontend polling used up all the free requests","monthly request quota exceeded on the free plan","requests blocked until next billing cycle","our webhook receiver stopped getting calls and usage page shows requests maxed"]	["ERR_NGROK_726","ERR_NGROK_734"]	billing	\N	ACTIVE	\N	1	2026-12-07 15:05:24.27663+00	2026-12-07 15:05:24.27663+00	release0	t	1
ERR_NGROK_3004	ERR_NGROK	3004	Upstream sent an invalid or incomplete HTTP response	ngrok gateway error: The server returned an invalid or incomplete HTTP response.	[]	The agent reached your local service, but what came back was not a well-formed HTTP response, so ngrok showed a gateway error instead. The most common reason is an upstream that speaks HTTPS while ngrok talks plain HTTP to it.	["Your app listens with TLS (`https://localhost:8443`) but ngrok was started as `ngrok http 8443`, so it sends plain HTTP.","The port is not an HTTP server at all (SSH, a database, a gRPC-only or raw TCP service).","The app crashed or closed the connection in the middle of a response, or sent broken headers.","A local proxy or dev server between ngrok and the app returns malformed or truncated output."]	["Check what the port speaks: `curl -v http://localhost:8443` and `curl -vk https://localhost:8443`.","If it is HTTPS, give ngrok the full URL: `ngrok http https://localhost:8443` (config: `upstream: url: https://localhost:8443`).","If it is not HTTP, use a TCP endpoint instead: `ngrok tcp 5432`.","Look at the failing request in the inspector at `http://127.0.0.1:4040` and at your app's logs for crashes or aborted responses.","Update the agent with `ngrok update` and retry."]	edge-traffic	ERROR	https://ngrok.com/docs/errors/err_ngrok_3004/	["ngrok gateway error when my local server uses https","browser shows ngrok error page with invalid response from my app","works with curl -k https://localhost but not through ngrok","ngrok returns 502 for my spring boot app running with ssl","tunnel to my https dev server shows an incomplete response error","ngrok http to a database port gives a strange gateway page","my express server with a self signed cert fails behind ngrok","ngrok can reach the app but says the response is malformed","iis express https port through ngrok gives a gateway error","the response from my local service is cut off when opened via ngrok","ngrok complains about the upstream response when my app only serves https"]	["ERR_NGROK_8012","ERR_NGROK_3007","ERR_NGROK_15003","ERR_NGROK_3200"]	agent	\N	ACTIVE	\N	1	2026-12-07 15:05:24.277225+00	2026-12-07 15:05:24.277225+00	release0	t	1
ERR_NGROK_3100	ERR_NGROK	3100	OAuth session expired	Your session has expired due to age.\n\nRefresh this page or use the link below to log back in with `PROVIDER`.	["PROVIDER"]	The visitor's login session on the OAuth-protected endpoint reached its maximum age; they must sign in again.	[]	["Visitors can refresh the page to sign in again.","Owners can lengthen the session with the `oauth` action's max duration settings."]	edge-auth	INFO	https://ngrok.com/docs/errors/err_ngrok_3100/	["had to log in again to the protected ngrok site","session expired after a day on my oauth endpoint","users complain they're logged out of the tunnel app","google login needed again after some hours","protected page says session expired","employees have to sign in with google again every morning"]	["ERR_NGROK_3119"]	traffic-policy	\N	ACTIVE	\N	1	2026-12-07 15:05:24.277833+00	2026-12-07 15:05:24.277833+00	release0	t	1
ERR_NGROK_3200	ERR_NGROK	3200	Endpoint is offline	The endpoint is offline.	[]	A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.	["The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).","The URL changed after a restart because the agent was not started with a fixed `--url`, and people still use the old one.","The URL in the browser or webhook configuration has a typo or points to another account's domain.","The agent started on a custom domain but without `--url`, so it came up on a different address.","The endpoint was taken offline by ngrok's automated moderation."]	["Make sure the agent is running and connected (`ngrok http 8080`), and that the URL appears under dashboard.ngrok.com › Endpoints.","Start it on a fixed address so the URL survives restarts: `ngrok http 8080 --url https://<your-domain>` (use your free dev domain from › Domains).","Update webhook settings, bookmarks and shared links to the URL the agent prints.","Keep the URL online through restarts by running two agents with `--pooling-enabled`, or run the agent as a service: `ngrok service install --config <path-to-ngrok.yml>` then `ngrok service start`.","Check from outside: `curl -I https://<your-url>` should reach your app once the agent is online."]	edge-traffic	ERROR	https://ngrok.com/docs/errors/err_ngrok_3200/	["ngrok page says endpoint offline when I open my link","the link my friend sent shows an ngrok page that the site is not available","webhook deliveries fail with ngrok tunnel not found","my ngrok url stopped working after I closed the laptop","ngrok url from yesterday now shows an error page","github webhook gets an error from ngrok saying the endpoint is not online","the url changed after restarting ngrok and the old one is dead","client can't open my demo, ngrok says it can't find the tunnel","ngrok agent crashed overnight and site is down","twilio callback to ngrok returns not found","my custom domain on ngrok shows offline though agent is running","opened the ngrok address on my phone and it says offline"]	["ERR_NGROK_3209","ERR_NGROK_334","ERR_NGROK_8012","ERR_NGROK_810"]	cloud-edge	\N	ACTIVE	\N	1	2026-12-07 15:05:24.278358+00	2026-12-07 15:05:24.278358+00	release0	t	1
ERR_NGROK_3208	ERR_NGROK	3208	Site blocked because the owner's ngrok account is banned	The ngrok account that was hosting this webpage has been banned for violation of ngrok's Terms of Service.\n\nIf you're seeing this page instead of the one you were expecting, ngrok has most likely blocked a phishing attack targeting you.\n\nIf you did enter any sensitive information before seeing this notice, please contact the real site by directly entering their URL in your browser.\n\nLearn more about how to protect yourself from phishing scams:\nhttps://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams	[]	The ngrok account that served this address was banned for breaking ngrok's terms of service, most often for phishing or collecting logins, and all of its endpoints are shut down. For visitors, this page usually means a scam was stopped before it reached them.	["The account served phishing or credential-harvesting pages, or pages imitating a bank, shop or login screen.","ngrok's abuse detection or reports from the public flagged the endpoint as malicious.","The account broke other parts of the terms (malware, spam, illegal content)."]	["Visitors: do not type passwords or card numbers on this site; close the tab.","Visitors who already entered data should go to the real service by typing its official address, change the password and contact their bank if card data was involved.","Account owners: review ngrok.com/tos, including for test or training uses such as login-page demos.","If you believe the ban is a mistake, email support@ngrok.com with your account email, what you run on ngrok and details of the project.","Understand that bans may stand even for educational or personal projects."]	edge-traffic	CRITICAL	https://ngrok.com/docs/errors/err_ngrok_3208/	["I clicked a link in an email and got a page saying the site was banned","is this a scam, my bank link opened an ngrok page","ngrok page says the account hosting this website broke the rules","my ngrok account got banned and all my urls are dead","the link in a text message led to a terms of service violation page","website shows ngrok banned message instead of the login page","my security training phishing demo on ngrok got the account banned","customer says our ngrok link shows a warning about phishing","how do I appeal an ngrok ban on my account","I already typed my password on a site that now shows ngrok blocked it","all endpoints of my account show a violation notice"]	["ERR_NGROK_6009","ERR_NGROK_1226","ERR_NGROK_4017","ERR_NGROK_205"]	cloud-edge	\N	ACTIVE	\N	1	2026-12-07 15:05:24.334394+00	2026-12-07 15:05:24.334394+00	release0	t	1
ERR_NGROK_4013	ERR_NGROK	4013	Already a member of a free account	You may not create a new account because you are already a member of the free account "`ACCOUNT_NAME`". Upgrade or delete that account first before creating a new account.	["ACCOUNT_NAME"]	Your user already belongs to a free ngrok account, and a user in a free account cannot create another account on top of it. Upgrade that account or delete it first.	["You accepted an invitation to a friend's or colleague's free account and now try to create your own.","You signed up earlier (maybe with Google or GitHub) and forgot, and are now trying to create a second free account.","You want separate accounts for work and personal projects while signed in as the same user."]	["Log in at dashboard.ngrok.com and check, in the account menu, which account(s) your user belongs to.","If that account is enough, keep using it and create more authtokens under › Authtokens instead of new accounts.","If you administer the free account and no longer need it, delete it from the account settings, then create the new one.","If it belongs to someone else, ask its admin to remove you from the account's users, or ask them to upgrade the account under › Billing.","Alternatively sign up the new account with a different email address that is not a member anywhere."]	account-billing	ERROR	https://ngrok.com/docs/errors/err_ngrok_4013/	["ngrok won't let me create a second account","can't create a new ngrok account because I'm already in a free one","I was invited to my friend's ngrok team and now can't make my own","how do I leave a free ngrok account to start my own","error creating an organization in ngrok, already a member of another account","want separate work and personal ngrok accounts but get blocked","ngrok says upgrade or delete the existing account first","creating a new account from the dashboard menu fails for my user"]	["ERR_NGROK_4101","ERR_NGROK_6600","ERR_NGROK_4016","ERR_NGROK_4402"]	account	\N	ACTIVE	\N	1	2026-12-07 15:05:24.339738+00	2026-12-07 15:05:24.339738+00	release0	t	1
ERR_NGROK_4018	ERR_NGROK	4018	Agent started without an authtoken	This ngrok session is not authenticated. ngrok requires an account and a valid credential to start a session.\n\nSign up for an account: https://dashboard.ngrok.com/signup\nGet your credential: https://dashboard.ngrok.com/get-started/your-authtoken	[]	ngrok no longer allows anonymous sessions. The agent found no authtoken in its config, flags or environment, so it cannot start.	["The authtoken was never installed on this machine or user account.","The agent runs as another user (sudo, a service, a container) that reads a different config file."]	["Sign up or sign in at dashboard.ngrok.com and copy Your Authtoken.","Run `ngrok config add-authtoken <TOKEN>` as the same user that runs ngrok; `ngrok config check` shows which file is used.","In Docker or CI pass it as an environment variable, e.g. `docker run -e NGROK_AUTHTOKEN=<TOKEN> ngrok/ngrok http host.docker.internal:8080`."]	account-billing	ERROR	https://ngrok.com/docs/errors/err_ngrok_4018/	["fresh install of ngrok and it says I need an account before it will run","running ngrok in docker and it complains that no credential was given","ngrok http 3000 fails right away and asks me to sign up","I added the token but when I use sudo ngrok can not find it","works on my laptop but on the CI runner it says not authenticated","installed ngrok as a windows service and it ignores my token","hello, I install ngrok and run it but it say I must have account first"]	["ERR_NGROK_105","ERR_NGROK_6022"]	agent	\N	ACTIVE	\N	1	2026-12-07 15:05:24.340479+00	2026-12-07 15:05:24.340479+00	release0	t	1
ERR_NGROK_6022	ERR_NGROK	6022	Serving HTML requires an account and authtoken	Before you can serve HTML content, you must sign up for an ngrok account and install your authtoken.	[]	The endpoint is served by an agent with no authtoken, and ngrok does not deliver HTML pages from anonymous agents. Visitors see this notice instead of your page until the agent is authenticated.	["The agent was started without ever running `ngrok config add-authtoken`.","The token is installed for another user or config file (for example under `sudo`, a system service or a container).","An SDK or wrapper (pyngrok, the npm package, a framework plugin) starts its own agent without a token."]	["Sign up at dashboard.ngrok.com and copy the token from › Getting Started › Your Authtoken.","Install it: `ngrok config add-authtoken <TOKEN>`, then restart the agent with `ngrok http 8080`.","Make sure the running agent reads that file: `ngrok config check`; in containers or services set `NGROK_AUTHTOKEN`.","For SDKs, pass the token in code or via the `NGROK_AUTHTOKEN` environment variable (pyngrok: `ngrok.set_auth_token(...)`).","Reload the page; the endpoint should now appear under › Endpoints for your account."]	edge-traffic	ERROR	https://ngrok.com/docs/errors/err_ngrok_6022/	["my html page shows an ngrok message to sign up instead of the site","json api works through ngrok but the web page doesn't","ngrok serves my api but the browser gets a notice about html content","fresh ngrok install, visitors see an ngrok page asking to install authtoken","website via ngrok shows an account required page","pyngrok tunnel works for the api but html pages are blocked","frontend won't load through ngrok, backend endpoints do","ngrok link shows instructions to install an authtoken instead of my app","students see an ngrok sign up message when opening my page"]	["ERR_NGROK_6021","ERR_NGROK_6023","ERR_NGROK_717","ERR_NGROK_304"]	cloud-edge	\N	ACTIVE	\N	1	2026-12-07 15:05:24.341009+00	2026-12-07 15:05:24.341009+00	release0	t	1
ERR_NGROK_8012	ERR_NGROK	8012	Agent cannot reach your local service	Traffic successfully made it to the ngrok agent, but the agent failed to establish a connection to the upstream web service at `ADDR`.	["ADDR"]	The request got through ngrok to your agent, but the agent could not open a connection to the local address it forwards to, so visitors see an ngrok error page. The tunnel itself is fine; the problem is between the agent and your app.	["The app is not running, crashed, or is still starting.","The port or host in the ngrok command does not match where the app listens (`ngrok http 3000` while the app is on 5173).","The app listens on only one address family: `localhost` resolves to `::1` (IPv6) but the app is on `127.0.0.1`, or the other way round.","ngrok runs in Docker or a VM, where `localhost` is the container itself, not the host machine.","A local firewall or security tool blocks the agent from connecting to the port."]	["Check the app answers on the same machine as the agent: `curl -v http://localhost:8080` (also try `http://127.0.0.1:8080`).","Start ngrok on the exact address that answered: `ngrok http 3000` or `ngrok http 127.0.0.1:3000`; the `Forwarding` line shows the target.","When ngrok runs in Docker, point it at the host or service: `ngrok http host.docker.internal:8080` or the compose service name (`ngrok http web:8080`).","Make the app listen on the right interface (`0.0.0.0` or `127.0.0.1`) and check that a firewall does not block local connections.","Restart the agent after fixing the app, and keep it current with `ngrok update`.","To show visitors a friendly page instead of the error, put a Cloud Endpoint in front with a traffic policy: `forward-internal` with `on_error: continue`, followed by a `custom-response` action.","For high availability, run more than one agent on the same URL with `--pooling-enabled` so traffic avoids an agent whose app is down."]	agent	ERROR	https://ngrok.com/docs/errors/err_ngrok_8012/	["the ngrok page says it can't connect to my localhost app","bad gateway from ngrok even though tunnel is online","works on localhost:3000 but through ngrok I get an error page","ngrok shows connection refused to my local server","my react dev server on 5173 isn't reachable through the ngrok url","tunnel starts fine but opening the link shows an ngrok error about upstream","ngrok in docker can't reach my app running on the host","the tunnel is up yet every request ends with a failed to connect page","I forgot to start my backend and ngrok showed an error screen","ngrok forwards to port 80 but my app runs on 8080","node 18 app on localhost works locally but ngrok can't connect to it","webhook provider gets 502 from ngrok while my server is stopped","ngrok url loads an error page saying the agent failed to connect"]	["ERR_NGROK_3004","ERR_NGROK_3200","ERR_NGROK_334","ERR_NGROK_3007"]	agent	\N	ACTIVE	\N	1	2026-12-07 15:05:24.341665+00	2026-12-07 15:05:24.341665+00	release0	t	1
ERR_NGROK_8013	ERR_NGROK	8013	TCP endpoints need a card on file for free accounts	You must add a credit or debit card before you can use TCP endpoints on a free account. We require a valid card as a way to combat abuse and keep the internet a safe place. This card will NOT be charged.\nAdd a card to your account here: https://dashboard.ngrok.com/settings#id-verification.	[]	Free accounts must add a credit or debit card as identity verification before they can open TCP endpoints. The card is used to deter abuse and is not charged.	[]	["Add a card under dashboard.ngrok.com › Settings (identity verification).","Start the TCP endpoint again with `ngrok tcp 22`."]	agent	ERROR	https://ngrok.com/docs/errors/err_ngrok_8013/	["ngrok tcp asks me to add a credit card even on the free plan","can't expose ssh without adding a card","minecraft server tunnel wants card verification","tcp tunnel blocked until I verify with a card","why does ngrok need my card for tcp","no credit card so tcp endpoints are refused","ngrok ask for credit card when I try open port for my game server"]	["ERR_NGROK_501","ERR_NGROK_4018"]	account	\N	ACTIVE	\N	1	2026-12-07 15:05:24.342288+00	2026-12-07 15:05:24.342288+00	release0	t	1
\.


--
-- Data for Name: error_code_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.error_code_history (id, code, revision, changed_at, changed_by, change_summary, snapshot) FROM stdin;
1	ERR_NGROK_102	1	2026-12-07 15:05:24.063556+00	release0	created	{"code":"ERR_NGROK_102","namespace":"ERR_NGROK","number":102,"title":"Agent refused because the account's last payment failed","message":"The last payment for the `ACCOUNT` account failed.\\nThe account has been suspended. Update the payment information here:\\nhttps://dashboard.ngrok.com/billing","placeholders":["ACCOUNT"],"fixGuide":{"summary":"The agent could authenticate, but the account behind the authtoken has an unpaid charge, so ngrok will not open new sessions until the billing problem is fixed.","steps":["Open dashboard.ngrok.com › Billing and update the card or payment method on file.","Pay the outstanding invoice from the same page; the account returns to good standing once it clears.","Restart the agent (`ngrok http 8080` or `ngrok start --all`) after the payment succeeds."]},"category":"agent","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_102/","symptoms":["my card expired and now none of my tunnels will start","ngrok agent refuses to connect and talks about a failed payment","the bank declined the ngrok charge and the agent stopped working right after","we forgot to update the company credit card and ngrok went down","agent login blocked because the subscription renewal did not go through","payment failed email from ngrok and now agent won't start, what to do"],"related":["ERR_NGROK_337","ERR_NGROK_247","ERR_NGROK_6008"],"ownerComponent":"billing","status":"ACTIVE"}
2	ERR_NGROK_103	1	2026-12-07 15:05:24.256115+00	release0	created	{"code":"ERR_NGROK_103","namespace":"ERR_NGROK","number":103,"title":"Agent refused because the account is suspended","message":"The account `ACCOUNT` has been suspended.\\nThis is usually the result of violating the ngrok Terms of Service.\\nEmail support@ngrok.com if you think your suspension is an error.","placeholders":["ACCOUNT"],"fixGuide":{"summary":"The account that owns the authtoken has been suspended, so every agent session for it is rejected. Suspensions follow unpaid bills or terms-of-service problems.","steps":["Look for an email from ngrok explaining the suspension and check dashboard.ngrok.com › Billing for unpaid invoices.","If it is billing related, settle the balance; otherwise write to support@ngrok.com with the account email and ask for a review.","Make sure you are not using an authtoken from an old or shared account by running `ngrok config check` and comparing the token with the dashboard."]},"category":"agent","severity":"CRITICAL","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_103/","symptoms":["ngrok says my whole account is suspended when I start a tunnel","all our agents disconnected at once and now they say the account was suspended","agent will not log in, account got blocked and nobody told us why","how do I get my suspended ngrok account back so tunnels work again","suspended account message in the terminal every time I run ngrok http","my account got suspended without warning, I need tunnels back for work"],"related":["ERR_NGROK_338","ERR_NGROK_205","ERR_NGROK_102"],"ownerComponent":"account","status":"ACTIVE"}
3	ERR_NGROK_105	1	2026-12-07 15:05:24.259713+00	release0	created	{"code":"ERR_NGROK_105","namespace":"ERR_NGROK","number":105,"title":"Authtoken is malformed","message":"The authtoken you specified does not look like a proper ngrok authtoken.\\nYour authtoken: `TOKEN`\\nInstructions to install your authtoken are on your ngrok dashboard:\\nhttps://dashboard.ngrok.com/get-started/your-authtoken","placeholders":["TOKEN"],"fixGuide":{"summary":"The string configured as the authtoken does not have the shape of an ngrok authtoken. Usually a different value (an API key, a credential ID, a partial copy, or a token wrapped in quotes) was saved.","causes":["Only part of the token was copied, or extra spaces, quotes or line breaks came along.","An API key, SSH key or credential ID (cr_...) was pasted instead of the authtoken."],"steps":["Copy the token again from dashboard.ngrok.com › Your Authtoken using the copy button.","Save it with `ngrok config add-authtoken <TOKEN>` (no quotes, no surrounding spaces).","Run `ngrok config check` and remove any stale `NGROK_AUTHTOKEN` environment variable or `--authtoken` flag that overrides the file."]},"category":"agent","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_105/","symptoms":["I pasted my token but ngrok says it does not even look like a token","added the authtoken with quotes around it and now it is rejected as garbage","accidentally put my API key where the authtoken goes in ngrok.yml","the token seems cut off after I copied it from the dashboard","NGROK_AUTHTOKEN variable in docker has a typo and the agent says bad format","used the credential ID instead of the real token value","ngrok not accepting the token, I think I copy wrong thing from website"],"related":["ERR_NGROK_107","ERR_NGROK_106","ERR_NGROK_4018"],"ownerComponent":"agent","status":"ACTIVE"}
4	ERR_NGROK_107	1	2026-12-07 15:05:24.260572+00	release0	created	{"code":"ERR_NGROK_107","namespace":"ERR_NGROK","number":107,"title":"Authtoken is well-formed but no longer valid","message":"The authtoken you specified is properly formed, but it is invalid.\\nYour authtoken: `TOKEN`\\nThis usually happens when:\\n    - You reset your authtoken\\n    - Your authtoken was for a team account that you were removed from\\n    - You are using ngrok link and this credential was explicitly revoked\\nGo to your ngrok dashboard and double check that your authtoken is correct:\\nhttps://dashboard.ngrok.com/get-started/your-authtoken","placeholders":["TOKEN"],"fixGuide":{"summary":"The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.","causes":["The authtoken was reset or rotated in the dashboard and the agent still uses the old one from `ngrok.yml`.","You were removed from the team account the token belonged to, which invalidates your token there.","The credential was created through the API (tunnel credentials) and was later deleted or revoked.","An old token is still set somewhere else and wins, for example the `NGROK_AUTHTOKEN` environment variable, a `--authtoken` flag in a script, or a second config file passed with `--config`."],"steps":["Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).","Install it: `ngrok config add-authtoken <TOKEN>`, then run `ngrok config check` to see which config file the agent reads.","Look for an overriding token: `echo $NGROK_AUTHTOKEN` (PowerShell: `$env:NGROK_AUTHTOKEN`), and search your scripts, Dockerfiles and CI secrets for `--authtoken`.","If you use an SDK (ngrok-go, `@ngrok/ngrok`, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.","If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account."]},"category":"agent","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_107/","symptoms":["ngrok stopped working after I reset my authtoken on the website","I copied the token from the dashboard but the agent still says it is invalid","agent fails to authenticate even though the token format looks right","my coworker removed me from the team and now ngrok won't connect","ngrok worked yesterday, today it says my credentials are not valid","ci pipeline ngrok step fails with authentication failed using the stored token","the docker ngrok container can't log in with NGROK_AUTHTOKEN","deleted a credential in the ngrok api and now my tunnel refuses to start","ngrok keeps using an old token even after I added the new one","pyngrok raises an error saying the auth token is wrong","authtoken rejected when starting ngrok http on a new laptop","ngrok session refused, token seems revoked"],"related":["ERR_NGROK_105","ERR_NGROK_106","ERR_NGROK_300","ERR_NGROK_108"],"ownerComponent":"agent","status":"ACTIVE"}
5	ERR_NGROK_108	1	2026-12-07 15:05:24.261395+00	release0	created	{"code":"ERR_NGROK_108","namespace":"ERR_NGROK","number":108,"title":"Too many agent sessions running for your plan","message":"Your account is limited to `MAX` simultaneous ngrok agent sessions.\\nRun multiple endpoints at the same time from a single agent by defining them in your agent configuration file and running `ngrok start --all`.\\nRead more about the agent configuration file: https://ngrok.com/docs/agent/config/\\nYou can view your current agent sessions in the dashboard: https://dashboard.ngrok.com/agents. Upgrade to a paid plan to remove this limit:\\nhttps://dashboard.ngrok.com/billing/choose-a-plan","placeholders":["MAX"],"fixGuide":{"summary":"Your account already has as many ngrok agents online as its plan allows, so a new agent was turned away. One agent can serve several endpoints at once, so you rarely need more than one agent per machine.","causes":["An earlier ngrok process is still running in another terminal, a background service, a Docker container, a CI job or on a second computer.","You start one agent per service (`ngrok http 3000` and `ngrok http 8080` in two terminals) instead of one agent with several endpoints.","The same authtoken is shared by teammates or servers, and all of their agents count against one account.","A crashed agent's session has not been cleaned up yet, or a wrapper library (pyngrok, the npm package) spawned its own agent."],"steps":["Open dashboard.ngrok.com › Agents (Sessions) to see every online agent, its IP and hostname, and stop the ones you do not need.","On the machine, find leftover processes: `ps aux | grep ngrok` (Windows: `tasklist | findstr ngrok`) and close them.","Run all your endpoints from one agent: define them under `endpoints:` (or `tunnels:` in older configs) in `ngrok.yml` and start them together with `ngrok start --all`.","Give each teammate or server its own authtoken from › Authtokens so usage is visible per person.","If you really need more agents online at once, upgrade under › Billing or add team members to the account."]},"category":"agent","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_108/","symptoms":["ngrok says I already have too many agents online but I only opened one","can't run two ngrok tunnels in separate terminals at the same time","second ngrok instance gets kicked with a limit error","ngrok free plan won't let me start another session on my other computer","forgot ngrok running on my server and now my laptop can't connect","how do I expose frontend and backend with one ngrok without hitting the limit","error about simultaneous sessions when my teammate and I use the same token","the docker compose ngrok service fails because another agent is already connected","limited number of ngrok processes, how to close old ones","ngrok refuses to start, says my account reached the session limit","after a crash ngrok still counts my old session and blocks the new one"],"related":["ERR_NGROK_323","ERR_NGROK_334","ERR_NGROK_348","ERR_NGROK_107"],"ownerComponent":"account","status":"ACTIVE"}
6	ERR_NGROK_120	1	2026-12-07 15:05:24.262312+00	release0	created	{"code":"ERR_NGROK_120","namespace":"ERR_NGROK","number":120,"title":"Agent version too old to run without an account","message":"Your `PRODUCT` version \\"`VERSION`\\" is no longer supported. Only the most recent version of the ngrok agent is supported without an account.\\nUpdate to a newer version with `ngrok update`, by downloading from https://ngrok.com/download, or by updating your SDK version.\\nSign up for an account to avoid forced version upgrades: https://ngrok.com/signup.","placeholders":["PRODUCT","VERSION"],"fixGuide":{"summary":"Without an authtoken, ngrok only accepts the newest agent release, and the one you started is older than that. Either update the agent or sign up and install an authtoken, which removes the forced upgrade.","causes":["You are running an agent binary downloaded a long time ago, or an outdated package from apt, Homebrew, Chocolatey or Snap.","A wrapper library (pyngrok, the npm `ngrok` package, an IDE plugin) bundles its own old agent binary.","The agent has no authtoken installed, so the stricter rule for anonymous use applies."],"steps":["Check the version: `ngrok version`.","Update in place with `ngrok update`, or through your package manager (`brew upgrade ngrok`, `choco upgrade ngrok`, `sudo snap refresh ngrok`), or download the latest build from ngrok.com/download.","If the agent comes from a library, upgrade the library (e.g. `pip install -U pyngrok`, `npm install @ngrok/ngrok@latest`) or point it at the updated binary.","Sign up for a free account and run `ngrok config add-authtoken <TOKEN>` so you are no longer forced onto the newest version.","Make sure the shell finds the new binary: `which ngrok` (Windows: `where ngrok`) should point to the updated file."]},"category":"agent","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_120/","symptoms":["ngrok tells me my version is no longer supported and won't start","old ngrok exe from a tutorial refuses to run now","ngrok forces me to update but I don't have an account","pyngrok fails with a message about an unsupported ngrok version","installed ngrok with apt and it says this version is not supported anymore","ngrok update required error when running without signing up","the ngrok that came with my plugin is too old and exits immediately","ngrok worked last month, now it says I must upgrade the agent","do I have to sign up to keep using an older ngrok version","brew ngrok exits saying only the latest version works without login"],"related":["ERR_NGROK_121","ERR_NGROK_119","ERR_NGROK_9042","ERR_NGROK_717"],"ownerComponent":"agent","status":"ACTIVE"}
7	ERR_NGROK_121	1	2026-12-07 15:05:24.275664+00	release0	created	{"code":"ERR_NGROK_121","namespace":"ERR_NGROK","number":121,"title":"Agent or SDK older than your account's minimum version","message":"Your `PRODUCT` version \\"`VERSION`\\" is too old. The minimum supported agent version for your account is \\"`MINVERSION`\\". Update to a newer version with 'ngrok update', by downloading from https://ngrok.com/download, or by updating your SDK version. Paid accounts are currently excluded from minimum agent version requirements. To begin handling traffic immediately without updating your agent, upgrade to a paid plan: https://dashboard.ngrok.com/billing/choose-a-plan.","placeholders":["PRODUCT","VERSION","MINVERSION"],"fixGuide":{"summary":"Your account requires at least a given agent (or SDK) version, and the one that connected is older, so it is not allowed to handle traffic. Updating fixes it; paid accounts are currently exempt from this minimum.","causes":["The ngrok agent on this machine or server has not been updated for a long time.","An application embeds an old ngrok SDK (ngrok-go, `@ngrok/ngrok`, ngrok-python, ngrok-rust) pinned in its lockfile.","A Docker image tag such as `ngrok/ngrok:3.x` or a base image pins an outdated agent.","The account is on the free plan, where the minimum version applies."],"steps":["Compare versions: run `ngrok version` and check it against the minimum named in the error.","Update the agent: `ngrok update`, your package manager, or a fresh download from ngrok.com/download; for Docker, pull `ngrok/ngrok:latest`.","For SDKs, bump the dependency (`go get -u golang.ngrok.com/ngrok`, `npm install @ngrok/ngrok@latest`, `pip install -U ngrok`) and redeploy.","Restart every agent and check dashboard.ngrok.com › Agents shows the new version for each session.","If you cannot update right now (frozen environment), upgrading the plan under › Billing lifts the minimum version requirement."]},"category":"agent","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_121/","symptoms":["ngrok says my agent is too old for my account and won't forward traffic","after logging in ngrok demands a newer version than the one installed","our embedded ngrok sdk stopped working and asks for an upgrade","minimum agent version error on the free plan","docker ngrok image from last year now fails to connect","ngrok connects but then says the version is below the minimum","do paid plans avoid the forced ngrok agent update","node app using ngrok package fails, message says version too old","production server ngrok outdated, how to update without downtime","ngrok on raspberry pi refuses, asks to update the agent first"],"related":["ERR_NGROK_120","ERR_NGROK_119","ERR_NGROK_9042"],"ownerComponent":"agent","status":"ACTIVE"}
8	ERR_NGROK_727	1	2026-12-07 15:05:24.27663+00	release0	created	{"code":"ERR_NGROK_727","namespace":"ERR_NGROK","number":727,"title":"Monthly HTTP request allowance used up","message":"This ngrok account has reached its HTTP requests limit for the month. Log into https://dashboard.ngrok.com/billing to view your options.","fixGuide":{"summary":"The account's HTTP endpoints have served all the requests included in the plan for this month.","steps":["Look at request counts per endpoint in dashboard.ngrok.com › Usage; polling clients and bots are common culprits.","Upgrade under Billing, or wait for the monthly reset."]},"category":"edge-traffic","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_727/","symptoms":["hit the monthly cap on http requests for my account","my api endpoint stopped answering after too many requests this month","frontend polling used up all the free requests","monthly request quota exceeded on the free plan","requests blocked until next billing cycle","our webhook receiver stopped getting calls and usage page shows requests maxed"],"related":["ERR_NGROK_726","ERR_NGROK_734"],"ownerComponent":"billing","status":"ACTIVE"}
9	ERR_NGROK_3004	1	2026-12-07 15:05:24.277225+00	release0	created	{"code":"ERR_NGROK_3004","namespace":"ERR_NGROK","number":3004,"title":"Upstream sent an invalid or incomplete HTTP response","message":"ngrok gateway error: The server returned an invalid or incomplete HTTP response.","fixGuide":{"summary":"The agent reached your local service, but what came back was not a well-formed HTTP response, so ngrok showed a gateway error instead. The most common reason is an upstream that speaks HTTPS while ngrok talks plain HTTP to it.","causes":["Your app listens with TLS (`https://localhost:8443`) but ngrok was started as `ngrok http 8443`, so it sends plain HTTP.","The port is not an HTTP server at all (SSH, a database, a gRPC-only or raw TCP service).","The app crashed or closed the connection in the middle of a response, or sent broken headers.","A local proxy or dev server between ngrok and the app returns malformed or truncated output."],"steps":["Check what the port speaks: `curl -v http://localhost:8443` and `curl -vk https://localhost:8443`.","If it is HTTPS, give ngrok the full URL: `ngrok http https://localhost:8443` (config: `upstream: url: https://localhost:8443`).","If it is not HTTP, use a TCP endpoint instead: `ngrok tcp 5432`.","Look at the failing request in the inspector at `http://127.0.0.1:4040` and at your app's logs for crashes or aborted responses.","Update the agent with `ngrok update` and retry."]},"category":"edge-traffic","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_3004/","symptoms":["ngrok gateway error when my local server uses https","browser shows ngrok error page with invalid response from my app","works with curl -k https://localhost but not through ngrok","ngrok returns 502 for my spring boot app running with ssl","tunnel to my https dev server shows an incomplete response error","ngrok http to a database port gives a strange gateway page","my express server with a self signed cert fails behind ngrok","ngrok can reach the app but says the response is malformed","iis express https port through ngrok gives a gateway error","the response from my local service is cut off when opened via ngrok","ngrok complains about the upstream response when my app only serves https"],"related":["ERR_NGROK_8012","ERR_NGROK_3007","ERR_NGROK_15003","ERR_NGROK_3200"],"ownerComponent":"agent","status":"ACTIVE"}
10	ERR_NGROK_3100	1	2026-12-07 15:05:24.277833+00	release0	created	{"code":"ERR_NGROK_3100","namespace":"ERR_NGROK","number":3100,"title":"OAuth session expired","message":"Your session has expired due to age.\\n\\nRefresh this page or use the link below to log back in with `PROVIDER`.","placeholders":["PROVIDER"],"fixGuide":{"summary":"The visitor's login session on the OAuth-protected endpoint reached its maximum age; they must sign in again.","steps":["Visitors can refresh the page to sign in again.","Owners can lengthen the session with the `oauth` action's max duration settings."]},"category":"edge-auth","severity":"INFO","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_3100/","symptoms":["had to log in again to the protected ngrok site","session expired after a day on my oauth endpoint","users complain they're logged out of the tunnel app","google login needed again after some hours","protected page says session expired","employees have to sign in with google again every morning"],"related":["ERR_NGROK_3119"],"ownerComponent":"traffic-policy","status":"ACTIVE"}
11	ERR_NGROK_3200	1	2026-12-07 15:05:24.278358+00	release0	created	{"code":"ERR_NGROK_3200","namespace":"ERR_NGROK","number":3200,"title":"Endpoint is offline","message":"The endpoint is offline.","fixGuide":{"summary":"A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.","causes":["The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).","The URL changed after a restart because the agent was not started with a fixed `--url`, and people still use the old one.","The URL in the browser or webhook configuration has a typo or points to another account's domain.","The agent started on a custom domain but without `--url`, so it came up on a different address.","The endpoint was taken offline by ngrok's automated moderation."],"steps":["Make sure the agent is running and connected (`ngrok http 8080`), and that the URL appears under dashboard.ngrok.com › Endpoints.","Start it on a fixed address so the URL survives restarts: `ngrok http 8080 --url https://<your-domain>` (use your free dev domain from › Domains).","Update webhook settings, bookmarks and shared links to the URL the agent prints.","Keep the URL online through restarts by running two agents with `--pooling-enabled`, or run the agent as a service: `ngrok service install --config <path-to-ngrok.yml>` then `ngrok service start`.","Check from outside: `curl -I https://<your-url>` should reach your app once the agent is online."]},"category":"edge-traffic","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_3200/","symptoms":["ngrok page says endpoint offline when I open my link","the link my friend sent shows an ngrok page that the site is not available","webhook deliveries fail with ngrok tunnel not found","my ngrok url stopped working after I closed the laptop","ngrok url from yesterday now shows an error page","github webhook gets an error from ngrok saying the endpoint is not online","the url changed after restarting ngrok and the old one is dead","client can't open my demo, ngrok says it can't find the tunnel","ngrok agent crashed overnight and site is down","twilio callback to ngrok returns not found","my custom domain on ngrok shows offline though agent is running","opened the ngrok address on my phone and it says offline"],"related":["ERR_NGROK_3209","ERR_NGROK_334","ERR_NGROK_8012","ERR_NGROK_810"],"ownerComponent":"cloud-edge","status":"ACTIVE"}
12	ERR_NGROK_3205	1	2026-12-07 15:05:24.310328+00	release0	created	{"code":"ERR_NGROK_3205","namespace":"ERR_NGROK","number":3205,"title":"Request blocked by account endpoint IP restriction","message":"Request blocked by Endpoints IP Restriction","fixGuide":{"summary":"The account's endpoint-wide IP restriction rejected the visitor's IP. It applies to every endpoint, not just one.","steps":["Add the visitor's IP to the policy attached to the endpoints IP restriction (dashboard.ngrok.com › Security › IP Restrictions).","Check that the restriction was not enabled by mistake on all endpoints."]},"category":"edge-traffic","severity":"WARNING","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_3205/","symptoms":["all our urls block visitors after we enabled ip restriction","every endpoint rejects requests from outside the office","endpoint ip restriction blocks partners","account wide ip filter denies traffic","whole account denies ips not in policy"],"related":["ERR_NGROK_3203","ERR_NGROK_1808"],"ownerComponent":"cloud-edge","status":"ACTIVE"}
13	ERR_NGROK_3208	1	2026-12-07 15:05:24.334394+00	release0	created	{"code":"ERR_NGROK_3208","namespace":"ERR_NGROK","number":3208,"title":"Site blocked because the owner's ngrok account is banned","message":"The ngrok account that was hosting this webpage has been banned for violation of ngrok's Terms of Service.\\n\\nIf you're seeing this page instead of the one you were expecting, ngrok has most likely blocked a phishing attack targeting you.\\n\\nIf you did enter any sensitive information before seeing this notice, please contact the real site by directly entering their URL in your browser.\\n\\nLearn more about how to protect yourself from phishing scams:\\nhttps://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams","fixGuide":{"summary":"The ngrok account that served this address was banned for breaking ngrok's terms of service, most often for phishing or collecting logins, and all of its endpoints are shut down. For visitors, this page usually means a scam was stopped before it reached them.","causes":["The account served phishing or credential-harvesting pages, or pages imitating a bank, shop or login screen.","ngrok's abuse detection or reports from the public flagged the endpoint as malicious.","The account broke other parts of the terms (malware, spam, illegal content)."],"steps":["Visitors: do not type passwords or card numbers on this site; close the tab.","Visitors who already entered data should go to the real service by typing its official address, change the password and contact their bank if card data was involved.","Account owners: review ngrok.com/tos, including for test or training uses such as login-page demos.","If you believe the ban is a mistake, email support@ngrok.com with your account email, what you run on ngrok and details of the project.","Understand that bans may stand even for educational or personal projects."]},"category":"edge-traffic","severity":"CRITICAL","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_3208/","symptoms":["I clicked a link in an email and got a page saying the site was banned","is this a scam, my bank link opened an ngrok page","ngrok page says the account hosting this website broke the rules","my ngrok account got banned and all my urls are dead","the link in a text message led to a terms of service violation page","website shows ngrok banned message instead of the login page","my security training phishing demo on ngrok got the account banned","customer says our ngrok link shows a warning about phishing","how do I appeal an ngrok ban on my account","I already typed my password on a site that now shows ngrok blocked it","all endpoints of my account show a violation notice"],"related":["ERR_NGROK_6009","ERR_NGROK_1226","ERR_NGROK_4017","ERR_NGROK_205"],"ownerComponent":"cloud-edge","status":"ACTIVE"}
14	ERR_NGROK_4013	1	2026-12-07 15:05:24.339738+00	release0	created	{"code":"ERR_NGROK_4013","namespace":"ERR_NGROK","number":4013,"title":"Already a member of a free account","message":"You may not create a new account because you are already a member of the free account \\"`ACCOUNT_NAME`\\". Upgrade or delete that account first before creating a new account.","placeholders":["ACCOUNT_NAME"],"fixGuide":{"summary":"Your user already belongs to a free ngrok account, and a user in a free account cannot create another account on top of it. Upgrade that account or delete it first.","causes":["You accepted an invitation to a friend's or colleague's free account and now try to create your own.","You signed up earlier (maybe with Google or GitHub) and forgot, and are now trying to create a second free account.","You want separate accounts for work and personal projects while signed in as the same user."],"steps":["Log in at dashboard.ngrok.com and check, in the account menu, which account(s) your user belongs to.","If that account is enough, keep using it and create more authtokens under › Authtokens instead of new accounts.","If you administer the free account and no longer need it, delete it from the account settings, then create the new one.","If it belongs to someone else, ask its admin to remove you from the account's users, or ask them to upgrade the account under › Billing.","Alternatively sign up the new account with a different email address that is not a member anywhere."]},"category":"account-billing","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_4013/","symptoms":["ngrok won't let me create a second account","can't create a new ngrok account because I'm already in a free one","I was invited to my friend's ngrok team and now can't make my own","how do I leave a free ngrok account to start my own","error creating an organization in ngrok, already a member of another account","want separate work and personal ngrok accounts but get blocked","ngrok says upgrade or delete the existing account first","creating a new account from the dashboard menu fails for my user"],"related":["ERR_NGROK_4101","ERR_NGROK_6600","ERR_NGROK_4016","ERR_NGROK_4402"],"ownerComponent":"account","status":"ACTIVE"}
15	ERR_NGROK_4018	1	2026-12-07 15:05:24.340479+00	release0	created	{"code":"ERR_NGROK_4018","namespace":"ERR_NGROK","number":4018,"title":"Agent started without an authtoken","message":"This ngrok session is not authenticated. ngrok requires an account and a valid credential to start a session.\\n\\nSign up for an account: https://dashboard.ngrok.com/signup\\nGet your credential: https://dashboard.ngrok.com/get-started/your-authtoken","fixGuide":{"summary":"ngrok no longer allows anonymous sessions. The agent found no authtoken in its config, flags or environment, so it cannot start.","causes":["The authtoken was never installed on this machine or user account.","The agent runs as another user (sudo, a service, a container) that reads a different config file."],"steps":["Sign up or sign in at dashboard.ngrok.com and copy Your Authtoken.","Run `ngrok config add-authtoken <TOKEN>` as the same user that runs ngrok; `ngrok config check` shows which file is used.","In Docker or CI pass it as an environment variable, e.g. `docker run -e NGROK_AUTHTOKEN=<TOKEN> ngrok/ngrok http host.docker.internal:8080`."]},"category":"account-billing","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_4018/","symptoms":["fresh install of ngrok and it says I need an account before it will run","running ngrok in docker and it complains that no credential was given","ngrok http 3000 fails right away and asks me to sign up","I added the token but when I use sudo ngrok can not find it","works on my laptop but on the CI runner it says not authenticated","installed ngrok as a windows service and it ignores my token","hello, I install ngrok and run it but it say I must have account first"],"related":["ERR_NGROK_105","ERR_NGROK_6022"],"ownerComponent":"agent","status":"ACTIVE"}
16	ERR_NGROK_6022	1	2026-12-07 15:05:24.341009+00	release0	created	{"code":"ERR_NGROK_6022","namespace":"ERR_NGROK","number":6022,"title":"Serving HTML requires an account and authtoken","message":"Before you can serve HTML content, you must sign up for an ngrok account and install your authtoken.","fixGuide":{"summary":"The endpoint is served by an agent with no authtoken, and ngrok does not deliver HTML pages from anonymous agents. Visitors see this notice instead of your page until the agent is authenticated.","causes":["The agent was started without ever running `ngrok config add-authtoken`.","The token is installed for another user or config file (for example under `sudo`, a system service or a container).","An SDK or wrapper (pyngrok, the npm package, a framework plugin) starts its own agent without a token."],"steps":["Sign up at dashboard.ngrok.com and copy the token from › Getting Started › Your Authtoken.","Install it: `ngrok config add-authtoken <TOKEN>`, then restart the agent with `ngrok http 8080`.","Make sure the running agent reads that file: `ngrok config check`; in containers or services set `NGROK_AUTHTOKEN`.","For SDKs, pass the token in code or via the `NGROK_AUTHTOKEN` environment variable (pyngrok: `ngrok.set_auth_token(...)`).","Reload the page; the endpoint should now appear under › Endpoints for your account."]},"category":"edge-traffic","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_6022/","symptoms":["my html page shows an ngrok message to sign up instead of the site","json api works through ngrok but the web page doesn't","ngrok serves my api but the browser gets a notice about html content","fresh ngrok install, visitors see an ngrok page asking to install authtoken","website via ngrok shows an account required page","pyngrok tunnel works for the api but html pages are blocked","frontend won't load through ngrok, backend endpoints do","ngrok link shows instructions to install an authtoken instead of my app","students see an ngrok sign up message when opening my page"],"related":["ERR_NGROK_6021","ERR_NGROK_6023","ERR_NGROK_717","ERR_NGROK_304"],"ownerComponent":"cloud-edge","status":"ACTIVE"}
17	ERR_NGROK_8012	1	2026-12-07 15:05:24.341665+00	release0	created	{"code":"ERR_NGROK_8012","namespace":"ERR_NGROK","number":8012,"title":"Agent cannot reach your local service","message":"Traffic successfully made it to the ngrok agent, but the agent failed to establish a connection to the upstream web service at `ADDR`.","placeholders":["ADDR"],"fixGuide":{"summary":"The request got through ngrok to your agent, but the agent could not open a connection to the local address it forwards to, so visitors see an ngrok error page. The tunnel itself is fine; the problem is between the agent and your app.","causes":["The app is not running, crashed, or is still starting.","The port or host in the ngrok command does not match where the app listens (`ngrok http 3000` while the app is on 5173).","The app listens on only one address family: `localhost` resolves to `::1` (IPv6) but the app is on `127.0.0.1`, or the other way round.","ngrok runs in Docker or a VM, where `localhost` is the container itself, not the host machine.","A local firewall or security tool blocks the agent from connecting to the port."],"steps":["Check the app answers on the same machine as the agent: `curl -v http://localhost:8080` (also try `http://127.0.0.1:8080`).","Start ngrok on the exact address that answered: `ngrok http 3000` or `ngrok http 127.0.0.1:3000`; the `Forwarding` line shows the target.","When ngrok runs in Docker, point it at the host or service: `ngrok http host.docker.internal:8080` or the compose service name (`ngrok http web:8080`).","Make the app listen on the right interface (`0.0.0.0` or `127.0.0.1`) and check that a firewall does not block local connections.","Restart the agent after fixing the app, and keep it current with `ngrok update`.","To show visitors a friendly page instead of the error, put a Cloud Endpoint in front with a traffic policy: `forward-internal` with `on_error: continue`, followed by a `custom-response` action.","For high availability, run more than one agent on the same URL with `--pooling-enabled` so traffic avoids an agent whose app is down."]},"category":"agent","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_8012/","symptoms":["the ngrok page says it can't connect to my localhost app","bad gateway from ngrok even though tunnel is online","works on localhost:3000 but through ngrok I get an error page","ngrok shows connection refused to my local server","my react dev server on 5173 isn't reachable through the ngrok url","tunnel starts fine but opening the link shows an ngrok error about upstream","ngrok in docker can't reach my app running on the host","the tunnel is up yet every request ends with a failed to connect page","I forgot to start my backend and ngrok showed an error screen","ngrok forwards to port 80 but my app runs on 8080","node 18 app on localhost works locally but ngrok can't connect to it","webhook provider gets 502 from ngrok while my server is stopped","ngrok url loads an error page saying the agent failed to connect"],"related":["ERR_NGROK_3004","ERR_NGROK_3200","ERR_NGROK_334","ERR_NGROK_3007"],"ownerComponent":"agent","status":"ACTIVE"}
18	ERR_NGROK_8013	1	2026-12-07 15:05:24.342288+00	release0	created	{"code":"ERR_NGROK_8013","namespace":"ERR_NGROK","number":8013,"title":"TCP endpoints need a card on file for free accounts","message":"You must add a credit or debit card before you can use TCP endpoints on a free account. We require a valid card as a way to combat abuse and keep the internet a safe place. This card will NOT be charged.\\nAdd a card to your account here: https://dashboard.ngrok.com/settings#id-verification.","fixGuide":{"summary":"Free accounts must add a credit or debit card as identity verification before they can open TCP endpoints. The card is used to deter abuse and is not charged.","steps":["Add a card under dashboard.ngrok.com › Settings (identity verification).","Start the TCP endpoint again with `ngrok tcp 22`."]},"category":"agent","severity":"ERROR","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_8013/","symptoms":["ngrok tcp asks me to add a credit card even on the free plan","can't expose ssh without adding a card","minecraft server tunnel wants card verification","tcp tunnel blocked until I verify with a card","why does ngrok need my card for tcp","no credit card so tcp endpoints are refused","ngrok ask for credit card when I try open port for my game server"],"related":["ERR_NGROK_501","ERR_NGROK_4018"],"ownerComponent":"account","status":"ACTIVE"}
\.


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) FROM stdin;
1	1	catalog	SQL	db/migration/V1__catalog.sql	1088317436	postgres	2026-12-07 15:05:09.436912	145	t
2	100	tickets	SQL	db/migration/V100__tickets.sql	1449243363	postgres	2026-12-07 15:05:09.863305	325	t
3	101	ticket threads and raw	SQL	db/migration/V101__ticket_threads_and_raw.sql	-1498572512	postgres	2026-12-07 15:05:10.332913	114	t
4	200	outbound	SQL	db/migration/V200__outbound.sql	1178773896	postgres	2026-12-07 15:05:10.546939	158	t
5	300	api keys	SQL	db/migration/V300__api_keys.sql	-501686815	postgres	2026-12-07 15:05:10.797402	26	t
6	400	catalog revision	SQL	db/migration/V400__catalog_revision.sql	1570803969	postgres	2026-12-07 15:05:10.88544	44	t
7	500	ticket created index	SQL	db/migration/V500__ticket_created_index.sql	-858112300	postgres	2026-12-07 15:05:10.964933	54	t
\.


--
-- Data for Name: learned_evidence; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.learned_evidence (id, code, ticket_id, evidence_text, learned_at, learned_by) FROM stdin;
1	ERR_NGROK_3200	1	Tunnel shows ERR_NGROK_3200\n\nHello, my tunnel page says ERR_NGROK_3200 endpoint is offline even though the agent\nwas running a minute ago. What should I do?	2026-12-07 15:07:19.479675+00	key:release0-agent
2	ERR_NGROK_4018	2	agent will not start\n\nWhen I start the agent on the new laptop it stops right away and complains that there is no\nauthtoken configured. I copied the config file from my old machine. Kind regards, Bob	2026-12-07 15:07:20.921534+00	key:release0-agent
3	ERR_NGROK_3004	3	upstream gives bad gateway through the tunnel\n\nOur service behind the tunnel returns garbage and the browser shows that the upstream sent an\ninvalid or incomplete HTTP response. Happens on every third request.	2026-12-07 15:07:21.569243+00	key:release0-agent
\.


--
-- Data for Name: mailbox_checkpoint; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mailbox_checkpoint (mailbox, uid_validity, last_uid, updated_at) FROM stdin;
support@imap.release0.example/INBOX	1700000000	42	2026-12-07 14:55:00+00
\.


--
-- Data for Name: mailbox_quarantine; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mailbox_quarantine (reference, mailbox, uid_validity, uid, size_bytes, error_code, reason, quarantined_at) FROM stdin;
support@imap.release0.example/INBOX;UIDVALIDITY=1700000000;UID=41	support@imap.release0.example/INBOX	1700000000	41	31457280	ERR_ERRDEX_1284	Message of 31457280 bytes is larger than errdex.imap.max-message-bytes (26214400); it was quarantined and left in the mailbox.	2026-12-07 14:55:00+00
\.


--
-- Data for Name: outbound_dead_letter; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outbound_dead_letter (id, delivery_id, idempotency_key, ticket_id, target, attempts, reason, payload, dead_at) FROM stdin;
1	1	errdex-fa60ce010068cf0c45416a55ea1fcad64ca3ad2c9eeb789d20123969597d4544	1	HELPDESK	1	ERR_ERRDEX_1263: Delivery errdex-fa60ce010068cf0c45416a55ea1fcad64ca3ad2c9eeb789d20123969597d4544 to HELPDESK gave up after 1 attempts; last error: ERR_ERRDEX_1261: The helpdesk did not take the note: ConnectException. It is retried with backoff (errdex.outbound.retry.*); check that the receiver is up and reachable from errdex.. The note is in the dead-letter table (outbound_dead_letter); fix the target and re-queue it.	{"type":"errdex.internal-note","ticketId":"1","messageId":"<release0-1@customer.example>","subject":"Tunnel shows ERR_NGROK_3200","state":"ANNOTATED","idempotencyKey":"errdex-fa60ce010068cf0c45416a55ea1fcad64ca3ad2c9eeb789d20123969597d4544","codes":[{"code":"ERR_NGROK_3200","source":"EXPLICIT","confidence":1.0,"attach":true,"evidence":"Tunnel shows ERR_NGROK_3200","remediationMarkdown":"A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.\\n\\n### Causes\\n\\n- The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).\\n- The URL changed after a restart because the agent was not started with a fixed `--url`, and people still use the old one.\\n- The URL in the browser or webhook configuration has a typo or points to another account's domain.\\n- The agent started on a custom domain but without `--url`, so it came up on a different address.\\n- The endpoint was taken offline by ngrok's automated moderation.\\n\\n### How to fix\\n\\n1. Make sure the agent is running and connected (`ngrok http 8080`), and that the URL appears under dashboard.ngrok.com › Endpoints.\\n2. Start it on a fixed address so the URL survives restarts: `ngrok http 8080 --url https://<your-domain>` (use your free dev domain from › Domains).\\n3. Update webhook settings, bookmarks and shared links to the URL the agent prints.\\n4. Keep the URL online through restarts by running two agents with `--pooling-enabled`, or run the agent as a service: `ngrok service install --config <path-to-ngrok.yml>` then `ngrok service start`.\\n5. Check from outside: `curl -I https://<your-url>` should reach your app once the agent is online.\\n","remediationText":"A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.\\n\\n Causes\\n\\n- The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).\\n- The URL changed after a restart because the agent was not started with a fixed --url, and people still use the old one.\\n- The URL in the browser or webhook configuration has a typo or points to another account's domain.\\n- The agent started on a custom domain but without --url, so it came up on a different address.\\n- The endpoint was taken offline by ngrok's automated moderation.\\n\\n How to fix\\n\\n1. Make sure the agent is running and connected (ngrok http 8080), and that the URL appears under dashboard.ngrok.com › Endpoints.\\n2. Start it on a fixed address so the URL survives restarts: ngrok http 8080 --url https://<your-domain (use your free dev domain from › Domains).\\n3. Update webhook settings, bookmarks and shared links to the URL the agent prints.\\n4. Keep the URL online through restarts by running two agents with --pooling-enabled, or run the agent as a service: ngrok service install --config <path-to-ngrok.yml then ngrok service start.\\n5. Check from outside: curl -I https://<your-url should reach your app once the agent is online.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_3200/","catalogRevision":1}]}	2026-12-07 15:07:16.52527+00
2	2	errdex-48d48ab2ae9eb7d02fdcad3f07e7a8c83da61138534ed6c06cbbebf85251ea0c	2	HELPDESK	1	ERR_ERRDEX_1263: Delivery errdex-48d48ab2ae9eb7d02fdcad3f07e7a8c83da61138534ed6c06cbbebf85251ea0c to HELPDESK gave up after 1 attempts; last error: ERR_ERRDEX_1261: The helpdesk did not take the note: ConnectException. It is retried with backoff (errdex.outbound.retry.*); check that the receiver is up and reachable from errdex.. The note is in the dead-letter table (outbound_dead_letter); fix the target and re-queue it.	{"type":"errdex.internal-note","ticketId":"2","messageId":"<release0-2@builder.example>","subject":"agent will not start","state":"NEEDS_HUMAN","idempotencyKey":"errdex-48d48ab2ae9eb7d02fdcad3f07e7a8c83da61138534ed6c06cbbebf85251ea0c","codes":[{"code":"ERR_NGROK_4018","source":"INFERRED","confidence":0.004,"attach":false,"evidence":"When I start the agent on the new laptop it stops right away and complains that there is no","remediationMarkdown":"ngrok no longer allows anonymous sessions. The agent found no authtoken in its config, flags or environment, so it cannot start.\\n\\n### Causes\\n\\n- The authtoken was never installed on this machine or user account.\\n- The agent runs as another user (sudo, a service, a container) that reads a different config file.\\n\\n### How to fix\\n\\n1. Sign up or sign in at dashboard.ngrok.com and copy Your Authtoken.\\n2. Run `ngrok config add-authtoken <TOKEN>` as the same user that runs ngrok; `ngrok config check` shows which file is used.\\n3. In Docker or CI pass it as an environment variable, e.g. `docker run -e NGROK_AUTHTOKEN=<TOKEN> ngrok/ngrok http host.docker.internal:8080`.\\n","remediationText":"ngrok no longer allows anonymous sessions. The agent found no authtoken in its config, flags or environment, so it cannot start.\\n\\n Causes\\n\\n- The authtoken was never installed on this machine or user account.\\n- The agent runs as another user (sudo, a service, a container) that reads a different config file.\\n\\n How to fix\\n\\n1. Sign up or sign in at dashboard.ngrok.com and copy Your Authtoken.\\n2. Run ngrok config add-authtoken <TOKEN as the same user that runs ngrok; ngrok config check shows which file is used.\\n3. In Docker or CI pass it as an environment variable, e.g. docker run -e NGROKAUTHTOKEN=<TOKEN ngrok/ngrok http host.docker.internal:8080.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_4018/","catalogRevision":1},{"code":"ERR_NGROK_107","source":"INFERRED","confidence":0.004,"attach":false,"evidence":"When I start the agent on the new laptop it stops right away and complains that there is no authtoken configured.","remediationMarkdown":"The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.\\n\\n### Causes\\n\\n- The authtoken was reset or rotated in the dashboard and the agent still uses the old one from `ngrok.yml`.\\n- You were removed from the team account the token belonged to, which invalidates your token there.\\n- The credential was created through the API (tunnel credentials) and was later deleted or revoked.\\n- An old token is still set somewhere else and wins, for example the `NGROK_AUTHTOKEN` environment variable, a `--authtoken` flag in a script, or a second config file passed with `--config`.\\n\\n### How to fix\\n\\n1. Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).\\n2. Install it: `ngrok config add-authtoken <TOKEN>`, then run `ngrok config check` to see which config file the agent reads.\\n3. Look for an overriding token: `echo $NGROK_AUTHTOKEN` (PowerShell: `$env:NGROK_AUTHTOKEN`), and search your scripts, Dockerfiles and CI secrets for `--authtoken`.\\n4. If you use an SDK (ngrok-go, `@ngrok/ngrok`, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.\\n5. If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account.\\n","remediationText":"The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.\\n\\n Causes\\n\\n- The authtoken was reset or rotated in the dashboard and the agent still uses the old one from ngrok.yml.\\n- You were removed from the team account the token belonged to, which invalidates your token there.\\n- The credential was created through the API (tunnel credentials) and was later deleted or revoked.\\n- An old token is still set somewhere else and wins, for example the NGROKAUTHTOKEN environment variable, a --authtoken flag in a script, or a second config file passed with --config.\\n\\n How to fix\\n\\n1. Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).\\n2. Install it: ngrok config add-authtoken <TOKEN, then run ngrok config check to see which config file the agent reads.\\n3. Look for an overriding token: echo $NGROKAUTHTOKEN (PowerShell: $env:NGROKAUTHTOKEN), and search your scripts, Dockerfiles and CI secrets for --authtoken.\\n4. If you use an SDK (ngrok-go, @ngrok/ngrok, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.\\n5. If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_107/","catalogRevision":1},{"code":"ERR_NGROK_108","source":"INFERRED","confidence":0.007,"attach":false,"evidence":"When I start the agent on the new laptop it stops right away and complains that there is no","remediationMarkdown":"Your account already has as many ngrok agents online as its plan allows, so a new agent was turned away. One agent can serve several endpoints at once, so you rarely need more than one agent per machine.\\n\\n### Causes\\n\\n- An earlier ngrok process is still running in another terminal, a background service, a Docker container, a CI job or on a second computer.\\n- You start one agent per service (`ngrok http 3000` and `ngrok http 8080` in two terminals) instead of one agent with several endpoints.\\n- The same authtoken is shared by teammates or servers, and all of their agents count against one account.\\n- A crashed agent's session has not been cleaned up yet, or a wrapper library (pyngrok, the npm package) spawned its own agent.\\n\\n### How to fix\\n\\n1. Open dashboard.ngrok.com › Agents (Sessions) to see every online agent, its IP and hostname, and stop the ones you do not need.\\n2. On the machine, find leftover processes: `ps aux | grep ngrok` (Windows: `tasklist | findstr ngrok`) and close them.\\n3. Run all your endpoints from one agent: define them under `endpoints:` (or `tunnels:` in older configs) in `ngrok.yml` and start them together with `ngrok start --all`.\\n4. Give each teammate or server its own authtoken from › Authtokens so usage is visible per person.\\n5. If you really need more agents online at once, upgrade under › Billing or add team members to the account.\\n","remediationText":"Your account already has as many ngrok agents online as its plan allows, so a new agent was turned away. One agent can serve several endpoints at once, so you rarely need more than one agent per machine.\\n\\n Causes\\n\\n- An earlier ngrok process is still running in another terminal, a background service, a Docker container, a CI job or on a second computer.\\n- You start one agent per service (ngrok http 3000 and ngrok http 8080 in two terminals) instead of one agent with several endpoints.\\n- The same authtoken is shared by teammates or servers, and all of their agents count against one account.\\n- A crashed agent's session has not been cleaned up yet, or a wrapper library (pyngrok, the npm package) spawned its own agent.\\n\\n How to fix\\n\\n1. Open dashboard.ngrok.com › Agents (Sessions) to see every online agent, its IP and hostname, and stop the ones you do not need.\\n2. On the machine, find leftover processes: ps aux | grep ngrok (Windows: tasklist | findstr ngrok) and close them.\\n3. Run all your endpoints from one agent: define them under endpoints: (or tunnels: in older configs) in ngrok.yml and start them together with ngrok start --all.\\n4. Give each teammate or server its own authtoken from › Authtokens so usage is visible per person.\\n5. If you really need more agents online at once, upgrade under › Billing or add team members to the account.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_108/","catalogRevision":1},{"code":"ERR_NGROK_103","source":"INFERRED","confidence":0.004,"attach":false,"evidence":"agent will not start","remediationMarkdown":"The account that owns the authtoken has been suspended, so every agent session for it is rejected. Suspensions follow unpaid bills or terms-of-service problems.\\n\\n### How to fix\\n\\n1. Look for an email from ngrok explaining the suspension and check dashboard.ngrok.com › Billing for unpaid invoices.\\n2. If it is billing related, settle the balance; otherwise write to support@ngrok.com with the account email and ask for a review.\\n3. Make sure you are not using an authtoken from an old or shared account by running `ngrok config check` and comparing the token with the dashboard.\\n","remediationText":"The account that owns the authtoken has been suspended, so every agent session for it is rejected. Suspensions follow unpaid bills or terms-of-service problems.\\n\\n How to fix\\n\\n1. Look for an email from ngrok explaining the suspension and check dashboard.ngrok.com › Billing for unpaid invoices.\\n2. If it is billing related, settle the balance; otherwise write to support@ngrok.com with the account email and ask for a review.\\n3. Make sure you are not using an authtoken from an old or shared account by running ngrok config check and comparing the token with the dashboard.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_103/","catalogRevision":1},{"code":"ERR_NGROK_120","source":"INFERRED","confidence":0.008,"attach":false,"evidence":"When I start the agent on the new laptop it stops right away and complains that there is no","remediationMarkdown":"Without an authtoken, ngrok only accepts the newest agent release, and the one you started is older than that. Either update the agent or sign up and install an authtoken, which removes the forced upgrade.\\n\\n### Causes\\n\\n- You are running an agent binary downloaded a long time ago, or an outdated package from apt, Homebrew, Chocolatey or Snap.\\n- A wrapper library (pyngrok, the npm `ngrok` package, an IDE plugin) bundles its own old agent binary.\\n- The agent has no authtoken installed, so the stricter rule for anonymous use applies.\\n\\n### How to fix\\n\\n1. Check the version: `ngrok version`.\\n2. Update in place with `ngrok update`, or through your package manager (`brew upgrade ngrok`, `choco upgrade ngrok`, `sudo snap refresh ngrok`), or download the latest build from ngrok.com/download.\\n3. If the agent comes from a library, upgrade the library (e.g. `pip install -U pyngrok`, `npm install @ngrok/ngrok@latest`) or point it at the updated binary.\\n4. Sign up for a free account and run `ngrok config add-authtoken <TOKEN>` so you are no longer forced onto the newest version.\\n5. Make sure the shell finds the new binary: `which ngrok` (Windows: `where ngrok`) should point to the updated file.\\n","remediationText":"Without an authtoken, ngrok only accepts the newest agent release, and the one you started is older than that. Either update the agent or sign up and install an authtoken, which removes the forced upgrade.\\n\\n Causes\\n\\n- You are running an agent binary downloaded a long time ago, or an outdated package from apt, Homebrew, Chocolatey or Snap.\\n- A wrapper library (pyngrok, the npm ngrok package, an IDE plugin) bundles its own old agent binary.\\n- The agent has no authtoken installed, so the stricter rule for anonymous use applies.\\n\\n How to fix\\n\\n1. Check the version: ngrok version.\\n2. Update in place with ngrok update, or through your package manager (brew upgrade ngrok, choco upgrade ngrok, sudo snap refresh ngrok), or download the latest build from ngrok.com/download.\\n3. If the agent comes from a library, upgrade the library (e.g. pip install -U pyngrok, npm install @ngrok/ngrok@latest) or point it at the updated binary.\\n4. Sign up for a free account and run ngrok config add-authtoken <TOKEN so you are no longer forced onto the newest version.\\n5. Make sure the shell finds the new binary: which ngrok (Windows: where ngrok) should point to the updated file.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_120/","catalogRevision":1}]}	2026-12-07 15:07:17.340138+00
3	3	errdex-ba65bbf9316edcabfa1b8ecc7ec0daaad260b2482aa0d02fdc35909075adb74a	3	HELPDESK	1	ERR_ERRDEX_1263: Delivery errdex-ba65bbf9316edcabfa1b8ecc7ec0daaad260b2482aa0d02fdc35909075adb74a to HELPDESK gave up after 1 attempts; last error: ERR_ERRDEX_1261: The helpdesk did not take the note: ConnectException. It is retried with backoff (errdex.outbound.retry.*); check that the receiver is up and reachable from errdex.. The note is in the dead-letter table (outbound_dead_letter); fix the target and re-queue it.	{"type":"errdex.internal-note","ticketId":"3","messageId":"<release0-3@ops.example>","subject":"upstream gives bad gateway through the tunnel","state":"ANNOTATED","idempotencyKey":"errdex-ba65bbf9316edcabfa1b8ecc7ec0daaad260b2482aa0d02fdc35909075adb74a","codes":[{"code":"ERR_NGROK_3004","source":"INFERRED","confidence":0.982,"attach":true,"evidence":"Our service behind the tunnel returns garbage and the browser shows that the upstream sent an invalid or incomplete HTTP response.","remediationMarkdown":"The agent reached your local service, but what came back was not a well-formed HTTP response, so ngrok showed a gateway error instead. The most common reason is an upstream that speaks HTTPS while ngrok talks plain HTTP to it.\\n\\n### Causes\\n\\n- Your app listens with TLS (`https://localhost:8443`) but ngrok was started as `ngrok http 8443`, so it sends plain HTTP.\\n- The port is not an HTTP server at all (SSH, a database, a gRPC-only or raw TCP service).\\n- The app crashed or closed the connection in the middle of a response, or sent broken headers.\\n- A local proxy or dev server between ngrok and the app returns malformed or truncated output.\\n\\n### How to fix\\n\\n1. Check what the port speaks: `curl -v http://localhost:8443` and `curl -vk https://localhost:8443`.\\n2. If it is HTTPS, give ngrok the full URL: `ngrok http https://localhost:8443` (config: `upstream: url: https://localhost:8443`).\\n3. If it is not HTTP, use a TCP endpoint instead: `ngrok tcp 5432`.\\n4. Look at the failing request in the inspector at `http://127.0.0.1:4040` and at your app's logs for crashes or aborted responses.\\n5. Update the agent with `ngrok update` and retry.\\n","remediationText":"The agent reached your local service, but what came back was not a well-formed HTTP response, so ngrok showed a gateway error instead. The most common reason is an upstream that speaks HTTPS while ngrok talks plain HTTP to it.\\n\\n Causes\\n\\n- Your app listens with TLS (https://localhost:8443) but ngrok was started as ngrok http 8443, so it sends plain HTTP.\\n- The port is not an HTTP server at all (SSH, a database, a gRPC-only or raw TCP service).\\n- The app crashed or closed the connection in the middle of a response, or sent broken headers.\\n- A local proxy or dev server between ngrok and the app returns malformed or truncated output.\\n\\n How to fix\\n\\n1. Check what the port speaks: curl -v http://localhost:8443 and curl -vk https://localhost:8443.\\n2. If it is HTTPS, give ngrok the full URL: ngrok http https://localhost:8443 (config: upstream: url: https://localhost:8443).\\n3. If it is not HTTP, use a TCP endpoint instead: ngrok tcp 5432.\\n4. Look at the failing request in the inspector at http://127.0.0.1:4040 and at your app's logs for crashes or aborted responses.\\n5. Update the agent with ngrok update and retry.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_3004/","catalogRevision":1},{"code":"ERR_NGROK_8012","source":"INFERRED","confidence":0.009,"attach":false,"evidence":"Our service behind the tunnel returns garbage and the browser shows that the upstream sent an","remediationMarkdown":"The request got through ngrok to your agent, but the agent could not open a connection to the local address it forwards to, so visitors see an ngrok error page. The tunnel itself is fine; the problem is between the agent and your app.\\n\\n### Causes\\n\\n- The app is not running, crashed, or is still starting.\\n- The port or host in the ngrok command does not match where the app listens (`ngrok http 3000` while the app is on 5173).\\n- The app listens on only one address family: `localhost` resolves to `::1` (IPv6) but the app is on `127.0.0.1`, or the other way round.\\n- ngrok runs in Docker or a VM, where `localhost` is the container itself, not the host machine.\\n- A local firewall or security tool blocks the agent from connecting to the port.\\n\\n### How to fix\\n\\n1. Check the app answers on the same machine as the agent: `curl -v http://localhost:8080` (also try `http://127.0.0.1:8080`).\\n2. Start ngrok on the exact address that answered: `ngrok http 3000` or `ngrok http 127.0.0.1:3000`; the `Forwarding` line shows the target.\\n3. When ngrok runs in Docker, point it at the host or service: `ngrok http host.docker.internal:8080` or the compose service name (`ngrok http web:8080`).\\n4. Make the app listen on the right interface (`0.0.0.0` or `127.0.0.1`) and check that a firewall does not block local connections.\\n5. Restart the agent after fixing the app, and keep it current with `ngrok update`.\\n6. To show visitors a friendly page instead of the error, put a Cloud Endpoint in front with a traffic policy: `forward-internal` with `on_error: continue`, followed by a `custom-response` action.\\n7. For high availability, run more than one agent on the same URL with `--pooling-enabled` so traffic avoids an agent whose app is down.\\n","remediationText":"The request got through ngrok to your agent, but the agent could not open a connection to the local address it forwards to, so visitors see an ngrok error page. The tunnel itself is fine; the problem is between the agent and your app.\\n\\n Causes\\n\\n- The app is not running, crashed, or is still starting.\\n- The port or host in the ngrok command does not match where the app listens (ngrok http 3000 while the app is on 5173).\\n- The app listens on only one address family: localhost resolves to ::1 (IPv6) but the app is on 127.0.0.1, or the other way round.\\n- ngrok runs in Docker or a VM, where localhost is the container itself, not the host machine.\\n- A local firewall or security tool blocks the agent from connecting to the port.\\n\\n How to fix\\n\\n1. Check the app answers on the same machine as the agent: curl -v http://localhost:8080 (also try http://127.0.0.1:8080).\\n2. Start ngrok on the exact address that answered: ngrok http 3000 or ngrok http 127.0.0.1:3000; the Forwarding line shows the target.\\n3. When ngrok runs in Docker, point it at the host or service: ngrok http host.docker.internal:8080 or the compose service name (ngrok http web:8080).\\n4. Make the app listen on the right interface (0.0.0.0 or 127.0.0.1) and check that a firewall does not block local connections.\\n5. Restart the agent after fixing the app, and keep it current with ngrok update.\\n6. To show visitors a friendly page instead of the error, put a Cloud Endpoint in front with a traffic policy: forward-internal with onerror: continue, followed by a custom-response action.\\n7. For high availability, run more than one agent on the same URL with --pooling-enabled so traffic avoids an agent whose app is down.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_8012/","catalogRevision":1},{"code":"ERR_NGROK_3200","source":"INFERRED","confidence":0.004,"attach":false,"evidence":"Our service behind the tunnel returns garbage and the browser shows that the upstream sent an","remediationMarkdown":"A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.\\n\\n### Causes\\n\\n- The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).\\n- The URL changed after a restart because the agent was not started with a fixed `--url`, and people still use the old one.\\n- The URL in the browser or webhook configuration has a typo or points to another account's domain.\\n- The agent started on a custom domain but without `--url`, so it came up on a different address.\\n- The endpoint was taken offline by ngrok's automated moderation.\\n\\n### How to fix\\n\\n1. Make sure the agent is running and connected (`ngrok http 8080`), and that the URL appears under dashboard.ngrok.com › Endpoints.\\n2. Start it on a fixed address so the URL survives restarts: `ngrok http 8080 --url https://<your-domain>` (use your free dev domain from › Domains).\\n3. Update webhook settings, bookmarks and shared links to the URL the agent prints.\\n4. Keep the URL online through restarts by running two agents with `--pooling-enabled`, or run the agent as a service: `ngrok service install --config <path-to-ngrok.yml>` then `ngrok service start`.\\n5. Check from outside: `curl -I https://<your-url>` should reach your app once the agent is online.\\n","remediationText":"A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.\\n\\n Causes\\n\\n- The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).\\n- The URL changed after a restart because the agent was not started with a fixed --url, and people still use the old one.\\n- The URL in the browser or webhook configuration has a typo or points to another account's domain.\\n- The agent started on a custom domain but without --url, so it came up on a different address.\\n- The endpoint was taken offline by ngrok's automated moderation.\\n\\n How to fix\\n\\n1. Make sure the agent is running and connected (ngrok http 8080), and that the URL appears under dashboard.ngrok.com › Endpoints.\\n2. Start it on a fixed address so the URL survives restarts: ngrok http 8080 --url https://<your-domain (use your free dev domain from › Domains).\\n3. Update webhook settings, bookmarks and shared links to the URL the agent prints.\\n4. Keep the URL online through restarts by running two agents with --pooling-enabled, or run the agent as a service: ngrok service install --config <path-to-ngrok.yml then ngrok service start.\\n5. Check from outside: curl -I https://<your-url should reach your app once the agent is online.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_3200/","catalogRevision":1},{"code":"ERR_NGROK_107","source":"INFERRED","confidence":0.004,"attach":false,"evidence":"invalid or incomplete HTTP response. Happens on every third request.","remediationMarkdown":"The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.\\n\\n### Causes\\n\\n- The authtoken was reset or rotated in the dashboard and the agent still uses the old one from `ngrok.yml`.\\n- You were removed from the team account the token belonged to, which invalidates your token there.\\n- The credential was created through the API (tunnel credentials) and was later deleted or revoked.\\n- An old token is still set somewhere else and wins, for example the `NGROK_AUTHTOKEN` environment variable, a `--authtoken` flag in a script, or a second config file passed with `--config`.\\n\\n### How to fix\\n\\n1. Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).\\n2. Install it: `ngrok config add-authtoken <TOKEN>`, then run `ngrok config check` to see which config file the agent reads.\\n3. Look for an overriding token: `echo $NGROK_AUTHTOKEN` (PowerShell: `$env:NGROK_AUTHTOKEN`), and search your scripts, Dockerfiles and CI secrets for `--authtoken`.\\n4. If you use an SDK (ngrok-go, `@ngrok/ngrok`, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.\\n5. If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account.\\n","remediationText":"The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.\\n\\n Causes\\n\\n- The authtoken was reset or rotated in the dashboard and the agent still uses the old one from ngrok.yml.\\n- You were removed from the team account the token belonged to, which invalidates your token there.\\n- The credential was created through the API (tunnel credentials) and was later deleted or revoked.\\n- An old token is still set somewhere else and wins, for example the NGROKAUTHTOKEN environment variable, a --authtoken flag in a script, or a second config file passed with --config.\\n\\n How to fix\\n\\n1. Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).\\n2. Install it: ngrok config add-authtoken <TOKEN, then run ngrok config check to see which config file the agent reads.\\n3. Look for an overriding token: echo $NGROKAUTHTOKEN (PowerShell: $env:NGROKAUTHTOKEN), and search your scripts, Dockerfiles and CI secrets for --authtoken.\\n4. If you use an SDK (ngrok-go, @ngrok/ngrok, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.\\n5. If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_107/","catalogRevision":1},{"code":"ERR_NGROK_105","source":"INFERRED","confidence":0.004,"attach":false,"evidence":"Our service behind the tunnel returns garbage and the browser shows that the upstream sent an","remediationMarkdown":"The string configured as the authtoken does not have the shape of an ngrok authtoken. Usually a different value (an API key, a credential ID, a partial copy, or a token wrapped in quotes) was saved.\\n\\n### Causes\\n\\n- Only part of the token was copied, or extra spaces, quotes or line breaks came along.\\n- An API key, SSH key or credential ID (cr_...) was pasted instead of the authtoken.\\n\\n### How to fix\\n\\n1. Copy the token again from dashboard.ngrok.com › Your Authtoken using the copy button.\\n2. Save it with `ngrok config add-authtoken <TOKEN>` (no quotes, no surrounding spaces).\\n3. Run `ngrok config check` and remove any stale `NGROK_AUTHTOKEN` environment variable or `--authtoken` flag that overrides the file.\\n","remediationText":"The string configured as the authtoken does not have the shape of an ngrok authtoken. Usually a different value (an API key, a credential ID, a partial copy, or a token wrapped in quotes) was saved.\\n\\n Causes\\n\\n- Only part of the token was copied, or extra spaces, quotes or line breaks came along.\\n- An API key, SSH key or credential ID (cr...) was pasted instead of the authtoken.\\n\\n How to fix\\n\\n1. Copy the token again from dashboard.ngrok.com › Your Authtoken using the copy button.\\n2. Save it with ngrok config add-authtoken <TOKEN (no quotes, no surrounding spaces).\\n3. Run ngrok config check and remove any stale NGROKAUTHTOKEN environment variable or --authtoken flag that overrides the file.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_105/","catalogRevision":1}]}	2026-12-07 15:07:17.795904+00
\.


--
-- Data for Name: outbound_delivery; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outbound_delivery (id, idempotency_key, ticket_id, target, payload, state, attempts, next_attempt_at, lease_until, last_error, created_at, updated_at, delivered_at) FROM stdin;
1	errdex-fa60ce010068cf0c45416a55ea1fcad64ca3ad2c9eeb789d20123969597d4544	1	HELPDESK	{"type":"errdex.internal-note","ticketId":"1","messageId":"<release0-1@customer.example>","subject":"Tunnel shows ERR_NGROK_3200","state":"ANNOTATED","idempotencyKey":"errdex-fa60ce010068cf0c45416a55ea1fcad64ca3ad2c9eeb789d20123969597d4544","codes":[{"code":"ERR_NGROK_3200","source":"EXPLICIT","confidence":1.0,"attach":true,"evidence":"Tunnel shows ERR_NGROK_3200","remediationMarkdown":"A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.\\n\\n### Causes\\n\\n- The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).\\n- The URL changed after a restart because the agent was not started with a fixed `--url`, and people still use the old one.\\n- The URL in the browser or webhook configuration has a typo or points to another account's domain.\\n- The agent started on a custom domain but without `--url`, so it came up on a different address.\\n- The endpoint was taken offline by ngrok's automated moderation.\\n\\n### How to fix\\n\\n1. Make sure the agent is running and connected (`ngrok http 8080`), and that the URL appears under dashboard.ngrok.com › Endpoints.\\n2. Start it on a fixed address so the URL survives restarts: `ngrok http 8080 --url https://<your-domain>` (use your free dev domain from › Domains).\\n3. Update webhook settings, bookmarks and shared links to the URL the agent prints.\\n4. Keep the URL online through restarts by running two agents with `--pooling-enabled`, or run the agent as a service: `ngrok service install --config <path-to-ngrok.yml>` then `ngrok service start`.\\n5. Check from outside: `curl -I https://<your-url>` should reach your app once the agent is online.\\n","remediationText":"A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.\\n\\n Causes\\n\\n- The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).\\n- The URL changed after a restart because the agent was not started with a fixed --url, and people still use the old one.\\n- The URL in the browser or webhook configuration has a typo or points to another account's domain.\\n- The agent started on a custom domain but without --url, so it came up on a different address.\\n- The endpoint was taken offline by ngrok's automated moderation.\\n\\n How to fix\\n\\n1. Make sure the agent is running and connected (ngrok http 8080), and that the URL appears under dashboard.ngrok.com › Endpoints.\\n2. Start it on a fixed address so the URL survives restarts: ngrok http 8080 --url https://<your-domain (use your free dev domain from › Domains).\\n3. Update webhook settings, bookmarks and shared links to the URL the agent prints.\\n4. Keep the URL online through restarts by running two agents with --pooling-enabled, or run the agent as a service: ngrok service install --config <path-to-ngrok.yml then ngrok service start.\\n5. Check from outside: curl -I https://<your-url should reach your app once the agent is online.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_3200/","catalogRevision":1}]}	DEAD	1	2026-12-07 15:07:11.808027+00	\N	ERR_ERRDEX_1261: The helpdesk did not take the note: ConnectException. It is retried with backoff (errdex.outbound.retry.*); check that the receiver is up and reachable from errdex.	2026-12-07 15:07:11.808027+00	2026-12-07 15:07:16.52527+00	\N
2	errdex-48d48ab2ae9eb7d02fdcad3f07e7a8c83da61138534ed6c06cbbebf85251ea0c	2	HELPDESK	{"type":"errdex.internal-note","ticketId":"2","messageId":"<release0-2@builder.example>","subject":"agent will not start","state":"NEEDS_HUMAN","idempotencyKey":"errdex-48d48ab2ae9eb7d02fdcad3f07e7a8c83da61138534ed6c06cbbebf85251ea0c","codes":[{"code":"ERR_NGROK_4018","source":"INFERRED","confidence":0.004,"attach":false,"evidence":"When I start the agent on the new laptop it stops right away and complains that there is no","remediationMarkdown":"ngrok no longer allows anonymous sessions. The agent found no authtoken in its config, flags or environment, so it cannot start.\\n\\n### Causes\\n\\n- The authtoken was never installed on this machine or user account.\\n- The agent runs as another user (sudo, a service, a container) that reads a different config file.\\n\\n### How to fix\\n\\n1. Sign up or sign in at dashboard.ngrok.com and copy Your Authtoken.\\n2. Run `ngrok config add-authtoken <TOKEN>` as the same user that runs ngrok; `ngrok config check` shows which file is used.\\n3. In Docker or CI pass it as an environment variable, e.g. `docker run -e NGROK_AUTHTOKEN=<TOKEN> ngrok/ngrok http host.docker.internal:8080`.\\n","remediationText":"ngrok no longer allows anonymous sessions. The agent found no authtoken in its config, flags or environment, so it cannot start.\\n\\n Causes\\n\\n- The authtoken was never installed on this machine or user account.\\n- The agent runs as another user (sudo, a service, a container) that reads a different config file.\\n\\n How to fix\\n\\n1. Sign up or sign in at dashboard.ngrok.com and copy Your Authtoken.\\n2. Run ngrok config add-authtoken <TOKEN as the same user that runs ngrok; ngrok config check shows which file is used.\\n3. In Docker or CI pass it as an environment variable, e.g. docker run -e NGROKAUTHTOKEN=<TOKEN ngrok/ngrok http host.docker.internal:8080.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_4018/","catalogRevision":1},{"code":"ERR_NGROK_107","source":"INFERRED","confidence":0.004,"attach":false,"evidence":"When I start the agent on the new laptop it stops right away and complains that there is no authtoken configured.","remediationMarkdown":"The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.\\n\\n### Causes\\n\\n- The authtoken was reset or rotated in the dashboard and the agent still uses the old one from `ngrok.yml`.\\n- You were removed from the team account the token belonged to, which invalidates your token there.\\n- The credential was created through the API (tunnel credentials) and was later deleted or revoked.\\n- An old token is still set somewhere else and wins, for example the `NGROK_AUTHTOKEN` environment variable, a `--authtoken` flag in a script, or a second config file passed with `--config`.\\n\\n### How to fix\\n\\n1. Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).\\n2. Install it: `ngrok config add-authtoken <TOKEN>`, then run `ngrok config check` to see which config file the agent reads.\\n3. Look for an overriding token: `echo $NGROK_AUTHTOKEN` (PowerShell: `$env:NGROK_AUTHTOKEN`), and search your scripts, Dockerfiles and CI secrets for `--authtoken`.\\n4. If you use an SDK (ngrok-go, `@ngrok/ngrok`, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.\\n5. If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account.\\n","remediationText":"The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.\\n\\n Causes\\n\\n- The authtoken was reset or rotated in the dashboard and the agent still uses the old one from ngrok.yml.\\n- You were removed from the team account the token belonged to, which invalidates your token there.\\n- The credential was created through the API (tunnel credentials) and was later deleted or revoked.\\n- An old token is still set somewhere else and wins, for example the NGROKAUTHTOKEN environment variable, a --authtoken flag in a script, or a second config file passed with --config.\\n\\n How to fix\\n\\n1. Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).\\n2. Install it: ngrok config add-authtoken <TOKEN, then run ngrok config check to see which config file the agent reads.\\n3. Look for an overriding token: echo $NGROKAUTHTOKEN (PowerShell: $env:NGROKAUTHTOKEN), and search your scripts, Dockerfiles and CI secrets for --authtoken.\\n4. If you use an SDK (ngrok-go, @ngrok/ngrok, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.\\n5. If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_107/","catalogRevision":1},{"code":"ERR_NGROK_108","source":"INFERRED","confidence":0.007,"attach":false,"evidence":"When I start the agent on the new laptop it stops right away and complains that there is no","remediationMarkdown":"Your account already has as many ngrok agents online as its plan allows, so a new agent was turned away. One agent can serve several endpoints at once, so you rarely need more than one agent per machine.\\n\\n### Causes\\n\\n- An earlier ngrok process is still running in another terminal, a background service, a Docker container, a CI job or on a second computer.\\n- You start one agent per service (`ngrok http 3000` and `ngrok http 8080` in two terminals) instead of one agent with several endpoints.\\n- The same authtoken is shared by teammates or servers, and all of their agents count against one account.\\n- A crashed agent's session has not been cleaned up yet, or a wrapper library (pyngrok, the npm package) spawned its own agent.\\n\\n### How to fix\\n\\n1. Open dashboard.ngrok.com › Agents (Sessions) to see every online agent, its IP and hostname, and stop the ones you do not need.\\n2. On the machine, find leftover processes: `ps aux | grep ngrok` (Windows: `tasklist | findstr ngrok`) and close them.\\n3. Run all your endpoints from one agent: define them under `endpoints:` (or `tunnels:` in older configs) in `ngrok.yml` and start them together with `ngrok start --all`.\\n4. Give each teammate or server its own authtoken from › Authtokens so usage is visible per person.\\n5. If you really need more agents online at once, upgrade under › Billing or add team members to the account.\\n","remediationText":"Your account already has as many ngrok agents online as its plan allows, so a new agent was turned away. One agent can serve several endpoints at once, so you rarely need more than one agent per machine.\\n\\n Causes\\n\\n- An earlier ngrok process is still running in another terminal, a background service, a Docker container, a CI job or on a second computer.\\n- You start one agent per service (ngrok http 3000 and ngrok http 8080 in two terminals) instead of one agent with several endpoints.\\n- The same authtoken is shared by teammates or servers, and all of their agents count against one account.\\n- A crashed agent's session has not been cleaned up yet, or a wrapper library (pyngrok, the npm package) spawned its own agent.\\n\\n How to fix\\n\\n1. Open dashboard.ngrok.com › Agents (Sessions) to see every online agent, its IP and hostname, and stop the ones you do not need.\\n2. On the machine, find leftover processes: ps aux | grep ngrok (Windows: tasklist | findstr ngrok) and close them.\\n3. Run all your endpoints from one agent: define them under endpoints: (or tunnels: in older configs) in ngrok.yml and start them together with ngrok start --all.\\n4. Give each teammate or server its own authtoken from › Authtokens so usage is visible per person.\\n5. If you really need more agents online at once, upgrade under › Billing or add team members to the account.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_108/","catalogRevision":1},{"code":"ERR_NGROK_103","source":"INFERRED","confidence":0.004,"attach":false,"evidence":"agent will not start","remediationMarkdown":"The account that owns the authtoken has been suspended, so every agent session for it is rejected. Suspensions follow unpaid bills or terms-of-service problems.\\n\\n### How to fix\\n\\n1. Look for an email from ngrok explaining the suspension and check dashboard.ngrok.com › Billing for unpaid invoices.\\n2. If it is billing related, settle the balance; otherwise write to support@ngrok.com with the account email and ask for a review.\\n3. Make sure you are not using an authtoken from an old or shared account by running `ngrok config check` and comparing the token with the dashboard.\\n","remediationText":"The account that owns the authtoken has been suspended, so every agent session for it is rejected. Suspensions follow unpaid bills or terms-of-service problems.\\n\\n How to fix\\n\\n1. Look for an email from ngrok explaining the suspension and check dashboard.ngrok.com › Billing for unpaid invoices.\\n2. If it is billing related, settle the balance; otherwise write to support@ngrok.com with the account email and ask for a review.\\n3. Make sure you are not using an authtoken from an old or shared account by running ngrok config check and comparing the token with the dashboard.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_103/","catalogRevision":1},{"code":"ERR_NGROK_120","source":"INFERRED","confidence":0.008,"attach":false,"evidence":"When I start the agent on the new laptop it stops right away and complains that there is no","remediationMarkdown":"Without an authtoken, ngrok only accepts the newest agent release, and the one you started is older than that. Either update the agent or sign up and install an authtoken, which removes the forced upgrade.\\n\\n### Causes\\n\\n- You are running an agent binary downloaded a long time ago, or an outdated package from apt, Homebrew, Chocolatey or Snap.\\n- A wrapper library (pyngrok, the npm `ngrok` package, an IDE plugin) bundles its own old agent binary.\\n- The agent has no authtoken installed, so the stricter rule for anonymous use applies.\\n\\n### How to fix\\n\\n1. Check the version: `ngrok version`.\\n2. Update in place with `ngrok update`, or through your package manager (`brew upgrade ngrok`, `choco upgrade ngrok`, `sudo snap refresh ngrok`), or download the latest build from ngrok.com/download.\\n3. If the agent comes from a library, upgrade the library (e.g. `pip install -U pyngrok`, `npm install @ngrok/ngrok@latest`) or point it at the updated binary.\\n4. Sign up for a free account and run `ngrok config add-authtoken <TOKEN>` so you are no longer forced onto the newest version.\\n5. Make sure the shell finds the new binary: `which ngrok` (Windows: `where ngrok`) should point to the updated file.\\n","remediationText":"Without an authtoken, ngrok only accepts the newest agent release, and the one you started is older than that. Either update the agent or sign up and install an authtoken, which removes the forced upgrade.\\n\\n Causes\\n\\n- You are running an agent binary downloaded a long time ago, or an outdated package from apt, Homebrew, Chocolatey or Snap.\\n- A wrapper library (pyngrok, the npm ngrok package, an IDE plugin) bundles its own old agent binary.\\n- The agent has no authtoken installed, so the stricter rule for anonymous use applies.\\n\\n How to fix\\n\\n1. Check the version: ngrok version.\\n2. Update in place with ngrok update, or through your package manager (brew upgrade ngrok, choco upgrade ngrok, sudo snap refresh ngrok), or download the latest build from ngrok.com/download.\\n3. If the agent comes from a library, upgrade the library (e.g. pip install -U pyngrok, npm install @ngrok/ngrok@latest) or point it at the updated binary.\\n4. Sign up for a free account and run ngrok config add-authtoken <TOKEN so you are no longer forced onto the newest version.\\n5. Make sure the shell finds the new binary: which ngrok (Windows: where ngrok) should point to the updated file.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_120/","catalogRevision":1}]}	DEAD	1	2026-12-07 15:07:14.870156+00	\N	ERR_ERRDEX_1261: The helpdesk did not take the note: ConnectException. It is retried with backoff (errdex.outbound.retry.*); check that the receiver is up and reachable from errdex.	2026-12-07 15:07:14.870156+00	2026-12-07 15:07:17.340138+00	\N
3	errdex-ba65bbf9316edcabfa1b8ecc7ec0daaad260b2482aa0d02fdc35909075adb74a	3	HELPDESK	{"type":"errdex.internal-note","ticketId":"3","messageId":"<release0-3@ops.example>","subject":"upstream gives bad gateway through the tunnel","state":"ANNOTATED","idempotencyKey":"errdex-ba65bbf9316edcabfa1b8ecc7ec0daaad260b2482aa0d02fdc35909075adb74a","codes":[{"code":"ERR_NGROK_3004","source":"INFERRED","confidence":0.982,"attach":true,"evidence":"Our service behind the tunnel returns garbage and the browser shows that the upstream sent an invalid or incomplete HTTP response.","remediationMarkdown":"The agent reached your local service, but what came back was not a well-formed HTTP response, so ngrok showed a gateway error instead. The most common reason is an upstream that speaks HTTPS while ngrok talks plain HTTP to it.\\n\\n### Causes\\n\\n- Your app listens with TLS (`https://localhost:8443`) but ngrok was started as `ngrok http 8443`, so it sends plain HTTP.\\n- The port is not an HTTP server at all (SSH, a database, a gRPC-only or raw TCP service).\\n- The app crashed or closed the connection in the middle of a response, or sent broken headers.\\n- A local proxy or dev server between ngrok and the app returns malformed or truncated output.\\n\\n### How to fix\\n\\n1. Check what the port speaks: `curl -v http://localhost:8443` and `curl -vk https://localhost:8443`.\\n2. If it is HTTPS, give ngrok the full URL: `ngrok http https://localhost:8443` (config: `upstream: url: https://localhost:8443`).\\n3. If it is not HTTP, use a TCP endpoint instead: `ngrok tcp 5432`.\\n4. Look at the failing request in the inspector at `http://127.0.0.1:4040` and at your app's logs for crashes or aborted responses.\\n5. Update the agent with `ngrok update` and retry.\\n","remediationText":"The agent reached your local service, but what came back was not a well-formed HTTP response, so ngrok showed a gateway error instead. The most common reason is an upstream that speaks HTTPS while ngrok talks plain HTTP to it.\\n\\n Causes\\n\\n- Your app listens with TLS (https://localhost:8443) but ngrok was started as ngrok http 8443, so it sends plain HTTP.\\n- The port is not an HTTP server at all (SSH, a database, a gRPC-only or raw TCP service).\\n- The app crashed or closed the connection in the middle of a response, or sent broken headers.\\n- A local proxy or dev server between ngrok and the app returns malformed or truncated output.\\n\\n How to fix\\n\\n1. Check what the port speaks: curl -v http://localhost:8443 and curl -vk https://localhost:8443.\\n2. If it is HTTPS, give ngrok the full URL: ngrok http https://localhost:8443 (config: upstream: url: https://localhost:8443).\\n3. If it is not HTTP, use a TCP endpoint instead: ngrok tcp 5432.\\n4. Look at the failing request in the inspector at http://127.0.0.1:4040 and at your app's logs for crashes or aborted responses.\\n5. Update the agent with ngrok update and retry.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_3004/","catalogRevision":1},{"code":"ERR_NGROK_8012","source":"INFERRED","confidence":0.009,"attach":false,"evidence":"Our service behind the tunnel returns garbage and the browser shows that the upstream sent an","remediationMarkdown":"The request got through ngrok to your agent, but the agent could not open a connection to the local address it forwards to, so visitors see an ngrok error page. The tunnel itself is fine; the problem is between the agent and your app.\\n\\n### Causes\\n\\n- The app is not running, crashed, or is still starting.\\n- The port or host in the ngrok command does not match where the app listens (`ngrok http 3000` while the app is on 5173).\\n- The app listens on only one address family: `localhost` resolves to `::1` (IPv6) but the app is on `127.0.0.1`, or the other way round.\\n- ngrok runs in Docker or a VM, where `localhost` is the container itself, not the host machine.\\n- A local firewall or security tool blocks the agent from connecting to the port.\\n\\n### How to fix\\n\\n1. Check the app answers on the same machine as the agent: `curl -v http://localhost:8080` (also try `http://127.0.0.1:8080`).\\n2. Start ngrok on the exact address that answered: `ngrok http 3000` or `ngrok http 127.0.0.1:3000`; the `Forwarding` line shows the target.\\n3. When ngrok runs in Docker, point it at the host or service: `ngrok http host.docker.internal:8080` or the compose service name (`ngrok http web:8080`).\\n4. Make the app listen on the right interface (`0.0.0.0` or `127.0.0.1`) and check that a firewall does not block local connections.\\n5. Restart the agent after fixing the app, and keep it current with `ngrok update`.\\n6. To show visitors a friendly page instead of the error, put a Cloud Endpoint in front with a traffic policy: `forward-internal` with `on_error: continue`, followed by a `custom-response` action.\\n7. For high availability, run more than one agent on the same URL with `--pooling-enabled` so traffic avoids an agent whose app is down.\\n","remediationText":"The request got through ngrok to your agent, but the agent could not open a connection to the local address it forwards to, so visitors see an ngrok error page. The tunnel itself is fine; the problem is between the agent and your app.\\n\\n Causes\\n\\n- The app is not running, crashed, or is still starting.\\n- The port or host in the ngrok command does not match where the app listens (ngrok http 3000 while the app is on 5173).\\n- The app listens on only one address family: localhost resolves to ::1 (IPv6) but the app is on 127.0.0.1, or the other way round.\\n- ngrok runs in Docker or a VM, where localhost is the container itself, not the host machine.\\n- A local firewall or security tool blocks the agent from connecting to the port.\\n\\n How to fix\\n\\n1. Check the app answers on the same machine as the agent: curl -v http://localhost:8080 (also try http://127.0.0.1:8080).\\n2. Start ngrok on the exact address that answered: ngrok http 3000 or ngrok http 127.0.0.1:3000; the Forwarding line shows the target.\\n3. When ngrok runs in Docker, point it at the host or service: ngrok http host.docker.internal:8080 or the compose service name (ngrok http web:8080).\\n4. Make the app listen on the right interface (0.0.0.0 or 127.0.0.1) and check that a firewall does not block local connections.\\n5. Restart the agent after fixing the app, and keep it current with ngrok update.\\n6. To show visitors a friendly page instead of the error, put a Cloud Endpoint in front with a traffic policy: forward-internal with onerror: continue, followed by a custom-response action.\\n7. For high availability, run more than one agent on the same URL with --pooling-enabled so traffic avoids an agent whose app is down.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_8012/","catalogRevision":1},{"code":"ERR_NGROK_3200","source":"INFERRED","confidence":0.004,"attach":false,"evidence":"Our service behind the tunnel returns garbage and the browser shows that the upstream sent an","remediationMarkdown":"A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.\\n\\n### Causes\\n\\n- The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).\\n- The URL changed after a restart because the agent was not started with a fixed `--url`, and people still use the old one.\\n- The URL in the browser or webhook configuration has a typo or points to another account's domain.\\n- The agent started on a custom domain but without `--url`, so it came up on a different address.\\n- The endpoint was taken offline by ngrok's automated moderation.\\n\\n### How to fix\\n\\n1. Make sure the agent is running and connected (`ngrok http 8080`), and that the URL appears under dashboard.ngrok.com › Endpoints.\\n2. Start it on a fixed address so the URL survives restarts: `ngrok http 8080 --url https://<your-domain>` (use your free dev domain from › Domains).\\n3. Update webhook settings, bookmarks and shared links to the URL the agent prints.\\n4. Keep the URL online through restarts by running two agents with `--pooling-enabled`, or run the agent as a service: `ngrok service install --config <path-to-ngrok.yml>` then `ngrok service start`.\\n5. Check from outside: `curl -I https://<your-url>` should reach your app once the agent is online.\\n","remediationText":"A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.\\n\\n Causes\\n\\n- The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).\\n- The URL changed after a restart because the agent was not started with a fixed --url, and people still use the old one.\\n- The URL in the browser or webhook configuration has a typo or points to another account's domain.\\n- The agent started on a custom domain but without --url, so it came up on a different address.\\n- The endpoint was taken offline by ngrok's automated moderation.\\n\\n How to fix\\n\\n1. Make sure the agent is running and connected (ngrok http 8080), and that the URL appears under dashboard.ngrok.com › Endpoints.\\n2. Start it on a fixed address so the URL survives restarts: ngrok http 8080 --url https://<your-domain (use your free dev domain from › Domains).\\n3. Update webhook settings, bookmarks and shared links to the URL the agent prints.\\n4. Keep the URL online through restarts by running two agents with --pooling-enabled, or run the agent as a service: ngrok service install --config <path-to-ngrok.yml then ngrok service start.\\n5. Check from outside: curl -I https://<your-url should reach your app once the agent is online.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_3200/","catalogRevision":1},{"code":"ERR_NGROK_107","source":"INFERRED","confidence":0.004,"attach":false,"evidence":"invalid or incomplete HTTP response. Happens on every third request.","remediationMarkdown":"The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.\\n\\n### Causes\\n\\n- The authtoken was reset or rotated in the dashboard and the agent still uses the old one from `ngrok.yml`.\\n- You were removed from the team account the token belonged to, which invalidates your token there.\\n- The credential was created through the API (tunnel credentials) and was later deleted or revoked.\\n- An old token is still set somewhere else and wins, for example the `NGROK_AUTHTOKEN` environment variable, a `--authtoken` flag in a script, or a second config file passed with `--config`.\\n\\n### How to fix\\n\\n1. Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).\\n2. Install it: `ngrok config add-authtoken <TOKEN>`, then run `ngrok config check` to see which config file the agent reads.\\n3. Look for an overriding token: `echo $NGROK_AUTHTOKEN` (PowerShell: `$env:NGROK_AUTHTOKEN`), and search your scripts, Dockerfiles and CI secrets for `--authtoken`.\\n4. If you use an SDK (ngrok-go, `@ngrok/ngrok`, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.\\n5. If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account.\\n","remediationText":"The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.\\n\\n Causes\\n\\n- The authtoken was reset or rotated in the dashboard and the agent still uses the old one from ngrok.yml.\\n- You were removed from the team account the token belonged to, which invalidates your token there.\\n- The credential was created through the API (tunnel credentials) and was later deleted or revoked.\\n- An old token is still set somewhere else and wins, for example the NGROKAUTHTOKEN environment variable, a --authtoken flag in a script, or a second config file passed with --config.\\n\\n How to fix\\n\\n1. Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).\\n2. Install it: ngrok config add-authtoken <TOKEN, then run ngrok config check to see which config file the agent reads.\\n3. Look for an overriding token: echo $NGROKAUTHTOKEN (PowerShell: $env:NGROKAUTHTOKEN), and search your scripts, Dockerfiles and CI secrets for --authtoken.\\n4. If you use an SDK (ngrok-go, @ngrok/ngrok, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.\\n5. If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_107/","catalogRevision":1},{"code":"ERR_NGROK_105","source":"INFERRED","confidence":0.004,"attach":false,"evidence":"Our service behind the tunnel returns garbage and the browser shows that the upstream sent an","remediationMarkdown":"The string configured as the authtoken does not have the shape of an ngrok authtoken. Usually a different value (an API key, a credential ID, a partial copy, or a token wrapped in quotes) was saved.\\n\\n### Causes\\n\\n- Only part of the token was copied, or extra spaces, quotes or line breaks came along.\\n- An API key, SSH key or credential ID (cr_...) was pasted instead of the authtoken.\\n\\n### How to fix\\n\\n1. Copy the token again from dashboard.ngrok.com › Your Authtoken using the copy button.\\n2. Save it with `ngrok config add-authtoken <TOKEN>` (no quotes, no surrounding spaces).\\n3. Run `ngrok config check` and remove any stale `NGROK_AUTHTOKEN` environment variable or `--authtoken` flag that overrides the file.\\n","remediationText":"The string configured as the authtoken does not have the shape of an ngrok authtoken. Usually a different value (an API key, a credential ID, a partial copy, or a token wrapped in quotes) was saved.\\n\\n Causes\\n\\n- Only part of the token was copied, or extra spaces, quotes or line breaks came along.\\n- An API key, SSH key or credential ID (cr...) was pasted instead of the authtoken.\\n\\n How to fix\\n\\n1. Copy the token again from dashboard.ngrok.com › Your Authtoken using the copy button.\\n2. Save it with ngrok config add-authtoken <TOKEN (no quotes, no surrounding spaces).\\n3. Run ngrok config check and remove any stale NGROKAUTHTOKEN environment variable or --authtoken flag that overrides the file.\\n","docsUrl":"https://ngrok.com/docs/errors/err_ngrok_105/","catalogRevision":1}]}	DEAD	1	2026-12-07 15:07:16.321981+00	\N	ERR_ERRDEX_1261: The helpdesk did not take the note: ConnectException. It is retried with backoff (errdex.outbound.retry.*); check that the receiver is up and reachable from errdex.	2026-12-07 15:07:16.321981+00	2026-12-07 15:07:17.795904+00	\N
\.


--
-- Data for Name: ticket; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ticket (id, subject, requester, state, created_at, updated_at, version) FROM stdin;
1	Tunnel shows ERR_NGROK_3200	alice@customer.example	CONFIRMED	2026-12-07 15:07:10.93558+00	2026-12-07 15:07:19.500468+00	2
2	agent will not start	bob@builder.example	CONFIRMED	2026-12-07 15:07:14.387644+00	2026-12-07 15:07:20.93333+00	2
3	upstream gives bad gateway through the tunnel	carol@ops.example	CORRECTED	2026-12-07 15:07:15.77707+00	2026-12-07 15:07:21.584198+00	2
\.


--
-- Data for Name: ticket_annotation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ticket_annotation (id, ticket_id, message_id, "position", code, source, confidence, attach, evidence, remediation_text, remediation_markdown, docs_url, catalog_revision, review, reviewed_by, reviewed_at, replaced_by) FROM stdin;
3	2	2	1	ERR_NGROK_107	INFERRED	0.004	f	When I start the agent on the new laptop it stops right away and complains that there is no authtoken configured.	The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.\n\n Causes\n\n- The authtoken was reset or rotated in the dashboard and the agent still uses the old one from ngrok.yml.\n- You were removed from the team account the token belonged to, which invalidates your token there.\n- The credential was created through the API (tunnel credentials) and was later deleted or revoked.\n- An old token is still set somewhere else and wins, for example the NGROKAUTHTOKEN environment variable, a --authtoken flag in a script, or a second config file passed with --config.\n\n How to fix\n\n1. Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).\n2. Install it: ngrok config add-authtoken <TOKEN, then run ngrok config check to see which config file the agent reads.\n3. Look for an overriding token: echo $NGROKAUTHTOKEN (PowerShell: $env:NGROKAUTHTOKEN), and search your scripts, Dockerfiles and CI secrets for --authtoken.\n4. If you use an SDK (ngrok-go, @ngrok/ngrok, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.\n5. If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account.\n	The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.\n\n### Causes\n\n- The authtoken was reset or rotated in the dashboard and the agent still uses the old one from `ngrok.yml`.\n- You were removed from the team account the token belonged to, which invalidates your token there.\n- The credential was created through the API (tunnel credentials) and was later deleted or revoked.\n- An old token is still set somewhere else and wins, for example the `NGROK_AUTHTOKEN` environment variable, a `--authtoken` flag in a script, or a second config file passed with `--config`.\n\n### How to fix\n\n1. Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).\n2. Install it: `ngrok config add-authtoken <TOKEN>`, then run `ngrok config check` to see which config file the agent reads.\n3. Look for an overriding token: `echo $NGROK_AUTHTOKEN` (PowerShell: `$env:NGROK_AUTHTOKEN`), and search your scripts, Dockerfiles and CI secrets for `--authtoken`.\n4. If you use an SDK (ngrok-go, `@ngrok/ngrok`, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.\n5. If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account.\n	https://ngrok.com/docs/errors/err_ngrok_107/	1	PROPOSED	\N	\N	\N
4	2	2	2	ERR_NGROK_108	INFERRED	0.007	f	When I start the agent on the new laptop it stops right away and complains that there is no	Your account already has as many ngrok agents online as its plan allows, so a new agent was turned away. One agent can serve several endpoints at once, so you rarely need more than one agent per machine.\n\n Causes\n\n- An earlier ngrok process is still running in another terminal, a background service, a Docker container, a CI job or on a second computer.\n- You start one agent per service (ngrok http 3000 and ngrok http 8080 in two terminals) instead of one agent with several endpoints.\n- The same authtoken is shared by teammates or servers, and all of their agents count against one account.\n- A crashed agent's session has not been cleaned up yet, or a wrapper library (pyngrok, the npm package) spawned its own agent.\n\n How to fix\n\n1. Open dashboard.ngrok.com › Agents (Sessions) to see every online agent, its IP and hostname, and stop the ones you do not need.\n2. On the machine, find leftover processes: ps aux | grep ngrok (Windows: tasklist | findstr ngrok) and close them.\n3. Run all your endpoints from one agent: define them under endpoints: (or tunnels: in older configs) in ngrok.yml and start them together with ngrok start --all.\n4. Give each teammate or server its own authtoken from › Authtokens so usage is visible per person.\n5. If you really need more agents online at once, upgrade under › Billing or add team members to the account.\n	Your account already has as many ngrok agents online as its plan allows, so a new agent was turned away. One agent can serve several endpoints at once, so you rarely need more than one agent per machine.\n\n### Causes\n\n- An earlier ngrok process is still running in another terminal, a background service, a Docker container, a CI job or on a second computer.\n- You start one agent per service (`ngrok http 3000` and `ngrok http 8080` in two terminals) instead of one agent with several endpoints.\n- The same authtoken is shared by teammates or servers, and all of their agents count against one account.\n- A crashed agent's session has not been cleaned up yet, or a wrapper library (pyngrok, the npm package) spawned its own agent.\n\n### How to fix\n\n1. Open dashboard.ngrok.com › Agents (Sessions) to see every online agent, its IP and hostname, and stop the ones you do not need.\n2. On the machine, find leftover processes: `ps aux | grep ngrok` (Windows: `tasklist | findstr ngrok`) and close them.\n3. Run all your endpoints from one agent: define them under `endpoints:` (or `tunnels:` in older configs) in `ngrok.yml` and start them together with `ngrok start --all`.\n4. Give each teammate or server its own authtoken from › Authtokens so usage is visible per person.\n5. If you really need more agents online at once, upgrade under › Billing or add team members to the account.\n	https://ngrok.com/docs/errors/err_ngrok_108/	1	PROPOSED	\N	\N	\N
5	2	2	3	ERR_NGROK_103	INFERRED	0.004	f	agent will not start	The account that owns the authtoken has been suspended, so every agent session for it is rejected. Suspensions follow unpaid bills or terms-of-service problems.\n\n How to fix\n\n1. Look for an email from ngrok explaining the suspension and check dashboard.ngrok.com › Billing for unpaid invoices.\n2. If it is billing related, settle the balance; otherwise write to support@ngrok.com with the account email and ask for a review.\n3. Make sure you are not using an authtoken from an old or shared account by running ngrok config check and comparing the token with the dashboard.\n	The account that owns the authtoken has been suspended, so every agent session for it is rejected. Suspensions follow unpaid bills or terms-of-service problems.\n\n### How to fix\n\n1. Look for an email from ngrok explaining the suspension and check dashboard.ngrok.com › Billing for unpaid invoices.\n2. If it is billing related, settle the balance; otherwise write to support@ngrok.com with the account email and ask for a review.\n3. Make sure you are not using an authtoken from an old or shared account by running `ngrok config check` and comparing the token with the dashboard.\n	https://ngrok.com/docs/errors/err_ngrok_103/	1	PROPOSED	\N	\N	\N
2	2	2	0	ERR_NGROK_4018	INFERRED	0.004	f	When I start the agent on the new laptop it stops right away and complains that there is no	ngrok no longer allows anonymous sessions. The agent found no authtoken in its config, flags or environment, so it cannot start.\n\n Causes\n\n- The authtoken was never installed on this machine or user account.\n- The agent runs as another user (sudo, a service, a container) that reads a different config file.\n\n How to fix\n\n1. Sign up or sign in at dashboard.ngrok.com and copy Your Authtoken.\n2. Run ngrok config add-authtoken <TOKEN as the same user that runs ngrok; ngrok config check shows which file is used.\n3. In Docker or CI pass it as an environment variable, e.g. docker run -e NGROKAUTHTOKEN=<TOKEN ngrok/ngrok http host.docker.internal:8080.\n	ngrok no longer allows anonymous sessions. The agent found no authtoken in its config, flags or environment, so it cannot start.\n\n### Causes\n\n- The authtoken was never installed on this machine or user account.\n- The agent runs as another user (sudo, a service, a container) that reads a different config file.\n\n### How to fix\n\n1. Sign up or sign in at dashboard.ngrok.com and copy Your Authtoken.\n2. Run `ngrok config add-authtoken <TOKEN>` as the same user that runs ngrok; `ngrok config check` shows which file is used.\n3. In Docker or CI pass it as an environment variable, e.g. `docker run -e NGROK_AUTHTOKEN=<TOKEN> ngrok/ngrok http host.docker.internal:8080`.\n	https://ngrok.com/docs/errors/err_ngrok_4018/	1	CONFIRMED	key:release0-agent	2026-12-07 15:07:20.868035+00	\N
6	2	2	4	ERR_NGROK_120	INFERRED	0.008	f	When I start the agent on the new laptop it stops right away and complains that there is no	Without an authtoken, ngrok only accepts the newest agent release, and the one you started is older than that. Either update the agent or sign up and install an authtoken, which removes the forced upgrade.\n\n Causes\n\n- You are running an agent binary downloaded a long time ago, or an outdated package from apt, Homebrew, Chocolatey or Snap.\n- A wrapper library (pyngrok, the npm ngrok package, an IDE plugin) bundles its own old agent binary.\n- The agent has no authtoken installed, so the stricter rule for anonymous use applies.\n\n How to fix\n\n1. Check the version: ngrok version.\n2. Update in place with ngrok update, or through your package manager (brew upgrade ngrok, choco upgrade ngrok, sudo snap refresh ngrok), or download the latest build from ngrok.com/download.\n3. If the agent comes from a library, upgrade the library (e.g. pip install -U pyngrok, npm install @ngrok/ngrok@latest) or point it at the updated binary.\n4. Sign up for a free account and run ngrok config add-authtoken <TOKEN so you are no longer forced onto the newest version.\n5. Make sure the shell finds the new binary: which ngrok (Windows: where ngrok) should point to the updated file.\n	Without an authtoken, ngrok only accepts the newest agent release, and the one you started is older than that. Either update the agent or sign up and install an authtoken, which removes the forced upgrade.\n\n### Causes\n\n- You are running an agent binary downloaded a long time ago, or an outdated package from apt, Homebrew, Chocolatey or Snap.\n- A wrapper library (pyngrok, the npm `ngrok` package, an IDE plugin) bundles its own old agent binary.\n- The agent has no authtoken installed, so the stricter rule for anonymous use applies.\n\n### How to fix\n\n1. Check the version: `ngrok version`.\n2. Update in place with `ngrok update`, or through your package manager (`brew upgrade ngrok`, `choco upgrade ngrok`, `sudo snap refresh ngrok`), or download the latest build from ngrok.com/download.\n3. If the agent comes from a library, upgrade the library (e.g. `pip install -U pyngrok`, `npm install @ngrok/ngrok@latest`) or point it at the updated binary.\n4. Sign up for a free account and run `ngrok config add-authtoken <TOKEN>` so you are no longer forced onto the newest version.\n5. Make sure the shell finds the new binary: `which ngrok` (Windows: `where ngrok`) should point to the updated file.\n	https://ngrok.com/docs/errors/err_ngrok_120/	1	PROPOSED	\N	\N	\N
9	3	3	2	ERR_NGROK_3200	INFERRED	0.004	f	Our service behind the tunnel returns garbage and the browser shows that the upstream sent an	A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.\n\n Causes\n\n- The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).\n- The URL changed after a restart because the agent was not started with a fixed --url, and people still use the old one.\n- The URL in the browser or webhook configuration has a typo or points to another account's domain.\n- The agent started on a custom domain but without --url, so it came up on a different address.\n- The endpoint was taken offline by ngrok's automated moderation.\n\n How to fix\n\n1. Make sure the agent is running and connected (ngrok http 8080), and that the URL appears under dashboard.ngrok.com › Endpoints.\n2. Start it on a fixed address so the URL survives restarts: ngrok http 8080 --url https://<your-domain (use your free dev domain from › Domains).\n3. Update webhook settings, bookmarks and shared links to the URL the agent prints.\n4. Keep the URL online through restarts by running two agents with --pooling-enabled, or run the agent as a service: ngrok service install --config <path-to-ngrok.yml then ngrok service start.\n5. Check from outside: curl -I https://<your-url should reach your app once the agent is online.\n	A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.\n\n### Causes\n\n- The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).\n- The URL changed after a restart because the agent was not started with a fixed `--url`, and people still use the old one.\n- The URL in the browser or webhook configuration has a typo or points to another account's domain.\n- The agent started on a custom domain but without `--url`, so it came up on a different address.\n- The endpoint was taken offline by ngrok's automated moderation.\n\n### How to fix\n\n1. Make sure the agent is running and connected (`ngrok http 8080`), and that the URL appears under dashboard.ngrok.com › Endpoints.\n2. Start it on a fixed address so the URL survives restarts: `ngrok http 8080 --url https://<your-domain>` (use your free dev domain from › Domains).\n3. Update webhook settings, bookmarks and shared links to the URL the agent prints.\n4. Keep the URL online through restarts by running two agents with `--pooling-enabled`, or run the agent as a service: `ngrok service install --config <path-to-ngrok.yml>` then `ngrok service start`.\n5. Check from outside: `curl -I https://<your-url>` should reach your app once the agent is online.\n	https://ngrok.com/docs/errors/err_ngrok_3200/	1	PROPOSED	\N	\N	\N
10	3	3	3	ERR_NGROK_107	INFERRED	0.004	f	invalid or incomplete HTTP response. Happens on every third request.	The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.\n\n Causes\n\n- The authtoken was reset or rotated in the dashboard and the agent still uses the old one from ngrok.yml.\n- You were removed from the team account the token belonged to, which invalidates your token there.\n- The credential was created through the API (tunnel credentials) and was later deleted or revoked.\n- An old token is still set somewhere else and wins, for example the NGROKAUTHTOKEN environment variable, a --authtoken flag in a script, or a second config file passed with --config.\n\n How to fix\n\n1. Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).\n2. Install it: ngrok config add-authtoken <TOKEN, then run ngrok config check to see which config file the agent reads.\n3. Look for an overriding token: echo $NGROKAUTHTOKEN (PowerShell: $env:NGROKAUTHTOKEN), and search your scripts, Dockerfiles and CI secrets for --authtoken.\n4. If you use an SDK (ngrok-go, @ngrok/ngrok, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.\n5. If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account.\n	The agent sent an authtoken that has the right shape, but ngrok does not recognise it as a live credential, so the session is refused. The token was most likely reset, deleted, or belongs to a team you no longer belong to.\n\n### Causes\n\n- The authtoken was reset or rotated in the dashboard and the agent still uses the old one from `ngrok.yml`.\n- You were removed from the team account the token belonged to, which invalidates your token there.\n- The credential was created through the API (tunnel credentials) and was later deleted or revoked.\n- An old token is still set somewhere else and wins, for example the `NGROK_AUTHTOKEN` environment variable, a `--authtoken` flag in a script, or a second config file passed with `--config`.\n\n### How to fix\n\n1. Copy the current token from dashboard.ngrok.com › Getting Started › Your Authtoken (or create a new one under › Authtokens).\n2. Install it: `ngrok config add-authtoken <TOKEN>`, then run `ngrok config check` to see which config file the agent reads.\n3. Look for an overriding token: `echo $NGROK_AUTHTOKEN` (PowerShell: `$env:NGROK_AUTHTOKEN`), and search your scripts, Dockerfiles and CI secrets for `--authtoken`.\n4. If you use an SDK (ngrok-go, `@ngrok/ngrok`, ngrok-python, pyngrok), update the token in the app's secret store and restart the process.\n5. If you were removed from a team by mistake, ask that account's admin to invite you again; otherwise use a token from your own account.\n	https://ngrok.com/docs/errors/err_ngrok_107/	1	PROPOSED	\N	\N	\N
11	3	3	4	ERR_NGROK_105	INFERRED	0.004	f	Our service behind the tunnel returns garbage and the browser shows that the upstream sent an	The string configured as the authtoken does not have the shape of an ngrok authtoken. Usually a different value (an API key, a credential ID, a partial copy, or a token wrapped in quotes) was saved.\n\n Causes\n\n- Only part of the token was copied, or extra spaces, quotes or line breaks came along.\n- An API key, SSH key or credential ID (cr...) was pasted instead of the authtoken.\n\n How to fix\n\n1. Copy the token again from dashboard.ngrok.com › Your Authtoken using the copy button.\n2. Save it with ngrok config add-authtoken <TOKEN (no quotes, no surrounding spaces).\n3. Run ngrok config check and remove any stale NGROKAUTHTOKEN environment variable or --authtoken flag that overrides the file.\n	The string configured as the authtoken does not have the shape of an ngrok authtoken. Usually a different value (an API key, a credential ID, a partial copy, or a token wrapped in quotes) was saved.\n\n### Causes\n\n- Only part of the token was copied, or extra spaces, quotes or line breaks came along.\n- An API key, SSH key or credential ID (cr_...) was pasted instead of the authtoken.\n\n### How to fix\n\n1. Copy the token again from dashboard.ngrok.com › Your Authtoken using the copy button.\n2. Save it with `ngrok config add-authtoken <TOKEN>` (no quotes, no surrounding spaces).\n3. Run `ngrok config check` and remove any stale `NGROK_AUTHTOKEN` environment variable or `--authtoken` flag that overrides the file.\n	https://ngrok.com/docs/errors/err_ngrok_105/	1	PROPOSED	\N	\N	\N
1	1	1	0	ERR_NGROK_3200	EXPLICIT	1	t	Tunnel shows ERR_NGROK_3200	A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.\n\n Causes\n\n- The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).\n- The URL changed after a restart because the agent was not started with a fixed --url, and people still use the old one.\n- The URL in the browser or webhook configuration has a typo or points to another account's domain.\n- The agent started on a custom domain but without --url, so it came up on a different address.\n- The endpoint was taken offline by ngrok's automated moderation.\n\n How to fix\n\n1. Make sure the agent is running and connected (ngrok http 8080), and that the URL appears under dashboard.ngrok.com › Endpoints.\n2. Start it on a fixed address so the URL survives restarts: ngrok http 8080 --url https://<your-domain (use your free dev domain from › Domains).\n3. Update webhook settings, bookmarks and shared links to the URL the agent prints.\n4. Keep the URL online through restarts by running two agents with --pooling-enabled, or run the agent as a service: ngrok service install --config <path-to-ngrok.yml then ngrok service start.\n5. Check from outside: curl -I https://<your-url should reach your app once the agent is online.\n	A request arrived for an ngrok URL that has no agent serving it right now. Usually the agent was stopped, crashed or lost its connection, or the visitor is using an outdated or mistyped URL. ngrok may also take an endpoint down after automated moderation flags it.\n\n### Causes\n\n- The ngrok agent on the host machine is not running (terminal closed, laptop asleep, service crashed, container stopped).\n- The URL changed after a restart because the agent was not started with a fixed `--url`, and people still use the old one.\n- The URL in the browser or webhook configuration has a typo or points to another account's domain.\n- The agent started on a custom domain but without `--url`, so it came up on a different address.\n- The endpoint was taken offline by ngrok's automated moderation.\n\n### How to fix\n\n1. Make sure the agent is running and connected (`ngrok http 8080`), and that the URL appears under dashboard.ngrok.com › Endpoints.\n2. Start it on a fixed address so the URL survives restarts: `ngrok http 8080 --url https://<your-domain>` (use your free dev domain from › Domains).\n3. Update webhook settings, bookmarks and shared links to the URL the agent prints.\n4. Keep the URL online through restarts by running two agents with `--pooling-enabled`, or run the agent as a service: `ngrok service install --config <path-to-ngrok.yml>` then `ngrok service start`.\n5. Check from outside: `curl -I https://<your-url>` should reach your app once the agent is online.\n	https://ngrok.com/docs/errors/err_ngrok_3200/	1	CONFIRMED	key:release0-agent	2026-12-07 15:07:19.37289+00	\N
7	3	3	0	ERR_NGROK_3004	INFERRED	0.982	t	Our service behind the tunnel returns garbage and the browser shows that the upstream sent an invalid or incomplete HTTP response.	The agent reached your local service, but what came back was not a well-formed HTTP response, so ngrok showed a gateway error instead. The most common reason is an upstream that speaks HTTPS while ngrok talks plain HTTP to it.\n\n Causes\n\n- Your app listens with TLS (https://localhost:8443) but ngrok was started as ngrok http 8443, so it sends plain HTTP.\n- The port is not an HTTP server at all (SSH, a database, a gRPC-only or raw TCP service).\n- The app crashed or closed the connection in the middle of a response, or sent broken headers.\n- A local proxy or dev server between ngrok and the app returns malformed or truncated output.\n\n How to fix\n\n1. Check what the port speaks: curl -v http://localhost:8443 and curl -vk https://localhost:8443.\n2. If it is HTTPS, give ngrok the full URL: ngrok http https://localhost:8443 (config: upstream: url: https://localhost:8443).\n3. If it is not HTTP, use a TCP endpoint instead: ngrok tcp 5432.\n4. Look at the failing request in the inspector at http://127.0.0.1:4040 and at your app's logs for crashes or aborted responses.\n5. Update the agent with ngrok update and retry.\n	The agent reached your local service, but what came back was not a well-formed HTTP response, so ngrok showed a gateway error instead. The most common reason is an upstream that speaks HTTPS while ngrok talks plain HTTP to it.\n\n### Causes\n\n- Your app listens with TLS (`https://localhost:8443`) but ngrok was started as `ngrok http 8443`, so it sends plain HTTP.\n- The port is not an HTTP server at all (SSH, a database, a gRPC-only or raw TCP service).\n- The app crashed or closed the connection in the middle of a response, or sent broken headers.\n- A local proxy or dev server between ngrok and the app returns malformed or truncated output.\n\n### How to fix\n\n1. Check what the port speaks: `curl -v http://localhost:8443` and `curl -vk https://localhost:8443`.\n2. If it is HTTPS, give ngrok the full URL: `ngrok http https://localhost:8443` (config: `upstream: url: https://localhost:8443`).\n3. If it is not HTTP, use a TCP endpoint instead: `ngrok tcp 5432`.\n4. Look at the failing request in the inspector at `http://127.0.0.1:4040` and at your app's logs for crashes or aborted responses.\n5. Update the agent with `ngrok update` and retry.\n	https://ngrok.com/docs/errors/err_ngrok_3004/	1	CONFIRMED	key:release0-agent	2026-12-07 15:07:21.557657+00	\N
8	3	3	1	ERR_NGROK_8012	INFERRED	0.009	f	Our service behind the tunnel returns garbage and the browser shows that the upstream sent an	The request got through ngrok to your agent, but the agent could not open a connection to the local address it forwards to, so visitors see an ngrok error page. The tunnel itself is fine; the problem is between the agent and your app.\n\n Causes\n\n- The app is not running, crashed, or is still starting.\n- The port or host in the ngrok command does not match where the app listens (ngrok http 3000 while the app is on 5173).\n- The app listens on only one address family: localhost resolves to ::1 (IPv6) but the app is on 127.0.0.1, or the other way round.\n- ngrok runs in Docker or a VM, where localhost is the container itself, not the host machine.\n- A local firewall or security tool blocks the agent from connecting to the port.\n\n How to fix\n\n1. Check the app answers on the same machine as the agent: curl -v http://localhost:8080 (also try http://127.0.0.1:8080).\n2. Start ngrok on the exact address that answered: ngrok http 3000 or ngrok http 127.0.0.1:3000; the Forwarding line shows the target.\n3. When ngrok runs in Docker, point it at the host or service: ngrok http host.docker.internal:8080 or the compose service name (ngrok http web:8080).\n4. Make the app listen on the right interface (0.0.0.0 or 127.0.0.1) and check that a firewall does not block local connections.\n5. Restart the agent after fixing the app, and keep it current with ngrok update.\n6. To show visitors a friendly page instead of the error, put a Cloud Endpoint in front with a traffic policy: forward-internal with onerror: continue, followed by a custom-response action.\n7. For high availability, run more than one agent on the same URL with --pooling-enabled so traffic avoids an agent whose app is down.\n	The request got through ngrok to your agent, but the agent could not open a connection to the local address it forwards to, so visitors see an ngrok error page. The tunnel itself is fine; the problem is between the agent and your app.\n\n### Causes\n\n- The app is not running, crashed, or is still starting.\n- The port or host in the ngrok command does not match where the app listens (`ngrok http 3000` while the app is on 5173).\n- The app listens on only one address family: `localhost` resolves to `::1` (IPv6) but the app is on `127.0.0.1`, or the other way round.\n- ngrok runs in Docker or a VM, where `localhost` is the container itself, not the host machine.\n- A local firewall or security tool blocks the agent from connecting to the port.\n\n### How to fix\n\n1. Check the app answers on the same machine as the agent: `curl -v http://localhost:8080` (also try `http://127.0.0.1:8080`).\n2. Start ngrok on the exact address that answered: `ngrok http 3000` or `ngrok http 127.0.0.1:3000`; the `Forwarding` line shows the target.\n3. When ngrok runs in Docker, point it at the host or service: `ngrok http host.docker.internal:8080` or the compose service name (`ngrok http web:8080`).\n4. Make the app listen on the right interface (`0.0.0.0` or `127.0.0.1`) and check that a firewall does not block local connections.\n5. Restart the agent after fixing the app, and keep it current with `ngrok update`.\n6. To show visitors a friendly page instead of the error, put a Cloud Endpoint in front with a traffic policy: `forward-internal` with `on_error: continue`, followed by a `custom-response` action.\n7. For high availability, run more than one agent on the same URL with `--pooling-enabled` so traffic avoids an agent whose app is down.\n	https://ngrok.com/docs/errors/err_ngrok_8012/	1	CORRECTED	key:release0-agent	2026-12-07 15:07:21.55765+00	ERR_NGROK_3004
\.


--
-- Data for Name: ticket_feedback; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ticket_feedback (id, ticket_id, action, code, new_code, actor, acted_at, note) FROM stdin;
1	1	CONFIRM	ERR_NGROK_3200	\N	key:release0-agent	2026-12-07 15:07:19.372963+00	release0 confirm
2	2	CORRECT	\N	ERR_NGROK_4018	key:release0-agent	2026-12-07 15:07:20.868058+00	release0 correct
3	3	CORRECT	ERR_NGROK_8012	ERR_NGROK_3004	key:release0-agent	2026-12-07 15:07:21.557676+00	release0 correct wrong
\.


--
-- Data for Name: ticket_message; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ticket_message (id, ticket_id, dedup_key, message_id, in_reply_to, thread_refs, sender, sender_address, recipients_to, recipients_cc, subject, sent_at, received_at, channel, source_ref, content_hash, body_text, matcher_text) FROM stdin;
1	1	mid:release0-1@customer.example	<release0-1@customer.example>	\N	[]	Alice Customer <alice@customer.example>	alice@customer.example	["support@errdex.example"]	[]	Tunnel shows ERR_NGROK_3200	2026-11-23 10:00:00+00	2026-12-07 15:07:10.93558+00	WEBHOOK	webhook	18f21677ec960ad83da5d311b5b32efed066b2b73c5fcbf19b506ed6b9172f00	Tunnel shows ERR_NGROK_3200\n\nHello, my tunnel page says ERR_NGROK_3200 endpoint is offline even though the agent\nwas running a minute ago. What should I do?	Tunnel shows ERR_NGROK_3200\n\nHello, my tunnel page says ERR_NGROK_3200 endpoint is offline even though the agent\nwas running a minute ago. What should I do?
2	2	mid:release0-2@builder.example	<release0-2@builder.example>	\N	[]	Bob Builder <bob@builder.example>	bob@builder.example	["support@errdex.example"]	[]	agent will not start	2026-11-23 11:00:00+00	2026-12-07 15:07:14.387644+00	WEBHOOK	webhook	90b7a99bba487db208f4605f1f4d901a937feffe037fee588691521fcb5871d2	agent will not start\n\nWhen I start the agent on the new laptop it stops right away and complains that there is no\nauthtoken configured. I copied the config file from my old machine. Kind regards, Bob	agent will not start\n\nWhen I start the agent on the new laptop it stops right away and complains that there is no\nauthtoken configured. I copied the config file from my old machine. Kind regards, Bob
3	3	mid:release0-3@ops.example	<release0-3@ops.example>	\N	[]	Carol Ops <carol@ops.example>	carol@ops.example	["support@errdex.example"]	[]	upstream gives bad gateway through the tunnel	2026-11-23 12:00:00+00	2026-12-07 15:07:15.77707+00	WEBHOOK	webhook	5603070c47cfbeb07b0352572bb2bfb6f12bab5a8110bbc49e1c2e27e330e666	upstream gives bad gateway through the tunnel\n\nOur service behind the tunnel returns garbage and the browser shows that the upstream sent an\ninvalid or incomplete HTTP response. Happens on every third request.	upstream gives bad gateway through the tunnel\n\nOur service behind the tunnel returns garbage and the browser shows that the upstream sent an\ninvalid or incomplete HTTP response. Happens on every third request.
\.


--
-- Data for Name: ticket_message_raw; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ticket_message_raw (message_id, size_bytes, sha256, gzip_content) FROM stdin;
1	377	7ccd6ba375f6bea993c3ee8f674786a5d325febc22fb8443f36b2ba0ca7c02e7	\\x1f8b08000000000000ff6d905b4bc3401085dff7579c779bba6d412456adf4a245aa50a33e963599362b9b9db03be9e5df9ba0be8830301c0ee7ccc72c025729ee9ccd09d3260a571430369d9ee43fba4f4753d58e6e54c6296253d71c6442211474fcf5d44bf3f149b9a4c81aefc921967c8898afd79ba7fbf5f3e36634d45aad2846b3a364394b310ee4c844d2c9e09f4b33239462c5be87e1084fbcc7500f2f30d0a9ee06675a777dcbd53c79a3102dfb1483be5653f6425e92ec54b779a1a39cd7ce587f85bc3421925cbf668be452a907728e7ba84e906fe0ba054334a7bfd0205fd46cbdc046f076ebac27d09e3ca4e46657b68bd066bda88389086d9bf53b1854d637d259dcc77b69a47b49e30a2c51f0adfa02dc3ef08079010000
2	413	0062a02be4292d282433248f2bfabbc5846d05b41fcc1a2f4352335bf92bff76	\\x1f8b08000000000000ff6591414fc3300c85eff915efce5aba222154069ac69834a17161c0396dbd3690c651e2b2eddf13363861f9623dd9dfb3bd0a3c5458708dc5686c4b01b39aeb797d2e723ae8c15bba575bae1047ef39c89c4268e9f0a7a997b1fea0462ae88e9c606fac856341141d446d28c62464eb658559204b3a529195ff094b2d5461c36e82f20acffc85b228af319d5645911217450ab5596f1eb3370ad1b0ab30cd0bf5c04e1237db1e7dea173ac8a5b7dab85b34bd0e91e4ee75bbca6e947aefc9617db605e9e9d72fbb53e1680fabbdb087f9f1ce3e2298ae17e8bd3e42bb160d0fa7c93135e8d3884030312dabf428bdf0670234ec76a61b03b5798235ec0db527c059c0ce58c22e5d1dc3116c5b0cbae98da31c4f263102753ab471f2f312f50d27f778d89d010000
3	415	3d9673a802534f6ef07ec4a4c22ac7f27edeadc699184f0575ac7813e2bdf440	\\x1f8b08000000000000ff5550c14ec3300cbde72b7c8796ae93100a034dda98b6430189c23d6dad36a84b829d74dbdfe321406059b265fbf9d96f437eaf6165c88ff0141816ed395dfac0391ecd3e8c78af6aaf8153089ee212893a3cfef4d44b6adeb18d1a52e04868f6d0db09191ad3416f221ecc09e2403ef5834484989cc35155c86c7acc766b0d0bc2110d6391cdffd3ae05afa1f2ee12ca393cfa09caa2bc8659a98b421c2e0a3155edaa87ec0d89ad771a6679a156de457431ab4f41f0118ff12a8cc6ba5b6807438cf1eeb5de64374a3d2502469a6c8bd0e0605df7e746208c891ccb1bd4c8ad60bedb0df983a08007895231f1abfc2b000bb70c2beb2633da0e3c8175ad3fff1411b675fd2cab3978c798c3d6848042e21de0847416cb5227031f0939e6ea13e2d69fcd9f010000
\.


--
-- Data for Name: ticket_thread; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ticket_thread (thread_key, ticket_id) FROM stdin;
mid:release0-1@customer.example	1
mid:release0-2@builder.example	2
mid:release0-3@ops.example	3
\.


--
-- Name: error_code_history_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.error_code_history_seq', 1, true);


--
-- Name: learned_evidence_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.learned_evidence_seq', 1, true);


--
-- Name: outbound_dead_letter_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbound_dead_letter_seq', 1, true);


--
-- Name: outbound_delivery_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbound_delivery_seq', 1, true);


--
-- Name: ticket_annotation_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.ticket_annotation_seq', 1, true);


--
-- Name: ticket_feedback_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.ticket_feedback_seq', 1, true);


--
-- Name: ticket_message_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.ticket_message_seq', 1, true);


--
-- Name: ticket_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.ticket_seq', 1, true);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: api_key pk_api_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_key
    ADD CONSTRAINT pk_api_key PRIMARY KEY (id);


--
-- Name: catalog_change pk_catalog_change; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_change
    ADD CONSTRAINT pk_catalog_change PRIMARY KEY (revision);


--
-- Name: catalog_meta pk_catalog_meta; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_meta
    ADD CONSTRAINT pk_catalog_meta PRIMARY KEY (meta_key);


--
-- Name: catalog_revision pk_catalog_revision; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.catalog_revision
    ADD CONSTRAINT pk_catalog_revision PRIMARY KEY (id);


--
-- Name: error_code pk_error_code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.error_code
    ADD CONSTRAINT pk_error_code PRIMARY KEY (code);


--
-- Name: error_code_history pk_error_code_history; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.error_code_history
    ADD CONSTRAINT pk_error_code_history PRIMARY KEY (id);


--
-- Name: learned_evidence pk_learned_evidence; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.learned_evidence
    ADD CONSTRAINT pk_learned_evidence PRIMARY KEY (id);


--
-- Name: mailbox_checkpoint pk_mailbox_checkpoint; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mailbox_checkpoint
    ADD CONSTRAINT pk_mailbox_checkpoint PRIMARY KEY (mailbox);


--
-- Name: mailbox_quarantine pk_mailbox_quarantine; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mailbox_quarantine
    ADD CONSTRAINT pk_mailbox_quarantine PRIMARY KEY (reference);


--
-- Name: outbound_dead_letter pk_outbound_dead_letter; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbound_dead_letter
    ADD CONSTRAINT pk_outbound_dead_letter PRIMARY KEY (id);


--
-- Name: outbound_delivery pk_outbound_delivery; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbound_delivery
    ADD CONSTRAINT pk_outbound_delivery PRIMARY KEY (id);


--
-- Name: ticket pk_ticket; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket
    ADD CONSTRAINT pk_ticket PRIMARY KEY (id);


--
-- Name: ticket_annotation pk_ticket_annotation; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_annotation
    ADD CONSTRAINT pk_ticket_annotation PRIMARY KEY (id);


--
-- Name: ticket_feedback pk_ticket_feedback; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_feedback
    ADD CONSTRAINT pk_ticket_feedback PRIMARY KEY (id);


--
-- Name: ticket_message pk_ticket_message; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_message
    ADD CONSTRAINT pk_ticket_message PRIMARY KEY (id);


--
-- Name: ticket_message_raw pk_ticket_message_raw; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_message_raw
    ADD CONSTRAINT pk_ticket_message_raw PRIMARY KEY (message_id);


--
-- Name: ticket_thread pk_ticket_thread; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_thread
    ADD CONSTRAINT pk_ticket_thread PRIMARY KEY (thread_key);


--
-- Name: api_key uq_api_key_sha256; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_key
    ADD CONSTRAINT uq_api_key_sha256 UNIQUE (key_sha256);


--
-- Name: error_code_history uq_error_code_history_revision; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.error_code_history
    ADD CONSTRAINT uq_error_code_history_revision UNIQUE (code, revision);


--
-- Name: error_code uq_error_code_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.error_code
    ADD CONSTRAINT uq_error_code_number UNIQUE (namespace, code_number);


--
-- Name: learned_evidence uq_learned_evidence; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.learned_evidence
    ADD CONSTRAINT uq_learned_evidence UNIQUE (ticket_id, code);


--
-- Name: outbound_delivery uq_outbound_delivery_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbound_delivery
    ADD CONSTRAINT uq_outbound_delivery_key UNIQUE (idempotency_key);


--
-- Name: ticket_message uq_ticket_message_dedup; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_message
    ADD CONSTRAINT uq_ticket_message_dedup UNIQUE (dedup_key);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: ix_error_code_catalog_revision; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_error_code_catalog_revision ON public.error_code USING btree (catalog_revision);


--
-- Name: ix_error_code_category; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_error_code_category ON public.error_code USING btree (category);


--
-- Name: ix_error_code_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_error_code_status ON public.error_code USING btree (status);


--
-- Name: ix_outbound_dead_letter_delivery; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_outbound_dead_letter_delivery ON public.outbound_dead_letter USING btree (delivery_id);


--
-- Name: ix_outbound_dead_letter_ticket; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_outbound_dead_letter_ticket ON public.outbound_dead_letter USING btree (ticket_id);


--
-- Name: ix_outbound_delivery_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_outbound_delivery_due ON public.outbound_delivery USING btree (state, next_attempt_at);


--
-- Name: ix_outbound_delivery_ticket; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_outbound_delivery_ticket ON public.outbound_delivery USING btree (ticket_id);


--
-- Name: ix_ticket_annotation_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ticket_annotation_code ON public.ticket_annotation USING btree (code);


--
-- Name: ix_ticket_annotation_ticket; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ticket_annotation_ticket ON public.ticket_annotation USING btree (ticket_id);


--
-- Name: ix_ticket_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ticket_created ON public.ticket USING btree (created_at);


--
-- Name: ix_ticket_feedback_ticket; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ticket_feedback_ticket ON public.ticket_feedback USING btree (ticket_id);


--
-- Name: ix_ticket_message_ticket; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ticket_message_ticket ON public.ticket_message USING btree (ticket_id);


--
-- Name: ix_ticket_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ticket_state ON public.ticket USING btree (state);


--
-- Name: ix_ticket_thread_ticket; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_ticket_thread_ticket ON public.ticket_thread USING btree (ticket_id);


--
-- Name: error_code_history fk_error_code_history_code; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.error_code_history
    ADD CONSTRAINT fk_error_code_history_code FOREIGN KEY (code) REFERENCES public.error_code(code);


--
-- Name: learned_evidence fk_learned_evidence_ticket; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.learned_evidence
    ADD CONSTRAINT fk_learned_evidence_ticket FOREIGN KEY (ticket_id) REFERENCES public.ticket(id);


--
-- Name: outbound_dead_letter fk_outbound_dead_letter_delivery; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbound_dead_letter
    ADD CONSTRAINT fk_outbound_dead_letter_delivery FOREIGN KEY (delivery_id) REFERENCES public.outbound_delivery(id);


--
-- Name: ticket_annotation fk_ticket_annotation_message; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_annotation
    ADD CONSTRAINT fk_ticket_annotation_message FOREIGN KEY (message_id) REFERENCES public.ticket_message(id);


--
-- Name: ticket_annotation fk_ticket_annotation_ticket; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_annotation
    ADD CONSTRAINT fk_ticket_annotation_ticket FOREIGN KEY (ticket_id) REFERENCES public.ticket(id);


--
-- Name: ticket_feedback fk_ticket_feedback_ticket; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_feedback
    ADD CONSTRAINT fk_ticket_feedback_ticket FOREIGN KEY (ticket_id) REFERENCES public.ticket(id);


--
-- Name: ticket_message_raw fk_ticket_message_raw_message; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_message_raw
    ADD CONSTRAINT fk_ticket_message_raw_message FOREIGN KEY (message_id) REFERENCES public.ticket_message(id);


--
-- Name: ticket_message fk_ticket_message_ticket; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_message
    ADD CONSTRAINT fk_ticket_message_ticket FOREIGN KEY (ticket_id) REFERENCES public.ticket(id);


--
-- Name: ticket_thread fk_ticket_thread_ticket; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_thread
    ADD CONSTRAINT fk_ticket_thread_ticket FOREIGN KEY (ticket_id) REFERENCES public.ticket(id);


--
-- PostgreSQL database dump complete
--

\unrestrict 0ZeXiUtqGeniSpe4HVgbJxJIWXHEEWwd6c269D3yHlpDp2atIKs85CldAExG8rv

