#!/usr/bin/env bash
# Two errdex processes on one PostgreSQL database, on loopback: GreenMail standalone (SMTP + IMAP), a fresh database,
# the packaged service jar (PostgreSQL build) started twice on two HTTP ports, both with role `all` (API, webhook and
# the IMAP worker). It shows, and checks:
#   0. ERRDEX_MIGRATE_ONLY=true migrates the empty database and exits 0; both replicas then start at the same time
#      and only one of them seeds the catalog;
#   a. an edit through replica A (GraphQL upsertErrorCode / updateFixGuide, editor key) is found by `search` on
#      replica B within 2 s (the delay is measured, EDITS times);
#   b. the same email posted to both webhooks at the same moment gives one ticket (WEBHOOK_MAILS times);
#   c. with a backlog of N emails in GreenMail, `kill -9` of the replica that holds the mailbox lock: the other takes
#      over within 30 s (measured), and every email ends as exactly one ticket.
#
# This script builds nothing. Build the PostgreSQL jar first, and fetch GreenMail standalone:
#
#   ./mvnw -B -q -pl graphql-api -am package -DskipTests -Pdb-postgresql
#   ./mvnw -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.7 -DoutputDirectory=target/reliability
#   benchmarks/reliability/scale-out.sh
#
# Environment: N (backlog, default 300), KILL_AFTER (IMAP tickets committed before the kill, default 60), EDITS
# (default 10), WEBHOOK_MAILS (default 20), POLL_INTERVAL (default 500ms), LOCK_RETRY (default 5s), PGHOST
# (127.0.0.1), PGUSER (postgres), JAR, GREENMAIL_JAR (as in kill-backlog.sh), KEEP=1 keeps the database and the
# logs, JAVA_OPTS. Needs: java 17, python3, psql. Everything listens on 127.0.0.1 only.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${N:-300}
kill_after=${KILL_AFTER:-60}
edits=${EDITS:-10}
webhook_mails=${WEBHOOK_MAILS:-20}
poll_interval=${POLL_INTERVAL:-500ms}
lock_retry=${LOCK_RETRY:-5s}

work=$(mktemp -d "${TMPDIR:-/tmp}/errdex-scaleout.XXXXXX")
db=errdex_scaleout_$$
pid_a=
pid_b=
stop_services() { for p in $pid_a $pid_b; do kill -9 "$p" 2>/dev/null && wait "$p" 2>/dev/null; done; }
# shellcheck source=common.sh
. "$here/common.sh"
require_postgres_jar "./mvnw -B -q -pl graphql-api -am package -DskipTests -Pdb-postgresql"
port_a=$(free_port)
port_b=$(free_port)
editor_key="scale-out-editor-$$"
editor_hash=$(printf %s "$editor_key" | sha256sum | cut -d' ' -f1)
webhook_secret="scale-out-webhook-$$"
imap_tickets() { psql_db "SELECT count(*) FROM ticket_message WHERE message_id LIKE '%so-$$-%'" 2>/dev/null || echo 0; }

# --- GreenMail -----------------------------------------------------------------------------------------------------
start_greenmail

# --- 0. migrate only, then two replicas at once on the empty database -----------------------------------------------
psql -h "$pghost" -U "$pguser" -d postgres -XAtq -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db" >/dev/null
common_env() {
    echo QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$pghost:5432/$db" QUARKUS_DATASOURCE_USERNAME="$pguser" \
        QUARKUS_HTTP_HOST=127.0.0.1 ERRDEX_ROLE=all \
        ERRDEX_IMAP_HOST=127.0.0.1 ERRDEX_IMAP_PORT="$imap_port" ERRDEX_IMAP_USER=support ERRDEX_IMAP_PASSWORD=secret \
        ERRDEX_IMAP_TLS=false ERRDEX_IMAP_POLL_INTERVAL="$poll_interval" ERRDEX_IMAP_LOCK_RETRY_INTERVAL="$lock_retry" \
        ERRDEX_WEBHOOK_SECRET="$webhook_secret" ERRDEX_API_KEYS="editor:$editor_hash"
}
echo
echo "0. ERRDEX_MIGRATE_ONLY=true on the empty database"
t=$(now)
set +e
# shellcheck disable=SC2046
env $(common_env) QUARKUS_HTTP_PORT="$port_a" ERRDEX_DATA_DIR="$work/migrate" ERRDEX_MIGRATE_ONLY=true \
    timeout 180 java ${JAVA_OPTS:-} -jar "$jar" >"$work/migrate.log" 2>&1
migrate_status=$?
set -e
echo "  migration run: exit $migrate_status after $(elapsed "$t" "$(now)") s"
check "migration exit status" 0 "$migrate_status"
check "schema at V400 after the migration run" 1 "$(psql_db "SELECT count(*) FROM flyway_schema_history WHERE version = '400' AND success")"
check "catalog entries after the migration run (it seeds nothing)" 0 "$(psql_db "SELECT count(*) FROM error_code")"

t=$(now)
set +e
# shellcheck disable=SC2046
env $(common_env) QUARKUS_HTTP_PORT="$port_a" ERRDEX_DATA_DIR="$work/migrate" ERRDEX_MIGRATE_ONLY=true \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$(free_port)/$db" \
    timeout 180 java ${JAVA_OPTS:-} -jar "$jar" >"$work/migrate-unreachable.log" 2>&1
bad_status=$?
set -e
echo "  migration run against a port where no database listens: exit $bad_status after $(elapsed "$t" "$(now)") s"
check_true "migration run without a database fails" "$bad_status not in (0, 124)" "exit $bad_status"

start_replica() { # start_replica <name> <port>
    # shellcheck disable=SC2046
    env $(common_env) QUARKUS_HTTP_PORT="$2" ERRDEX_DATA_DIR="$work/data-$1" QUARKUS_FLYWAY_MIGRATE_AT_START=false \
        java ${JAVA_OPTS:-} -jar "$jar" >>"$work/replica-$1.log" 2>&1 &
    echo $!
}
wait_ready() { # wait_ready <port> <pid> <name>
    for _ in $(seq 1 900); do
        curl -fsS -o /dev/null "http://127.0.0.1:$1/q/health/ready" 2>/dev/null && return 0
        kill -0 "$2" 2>/dev/null || { echo "replica $3 died:"; tail -30 "$work/replica-$3.log"; exit 1; }
        sleep 0.2
    done
    echo "replica $3 not ready after 180 s"; tail -30 "$work/replica-$3.log"; exit 1
}
t=$(now)
pid_a=$(start_replica A "$port_a")
pid_b=$(start_replica B "$port_b")
wait_ready "$port_a" "$pid_a" A
wait_ready "$port_b" "$pid_b" B
echo "  replicas A (:$port_a) and B (:$port_b) ready $(elapsed "$t" "$(now)") s after their common start"
seeded=$(cat "$work"/replica-*.log | grep -c "ERR_ERRDEX_1051" || true)
skipped=$(cat "$work"/replica-*.log | grep -c "ERR_ERRDEX_1050" || true)
check "replicas that seeded the bundled catalog" 1 "$seeded"
check "replicas that found it seeded" 1 "$skipped"
check "catalog entries" "$(psql_db "SELECT count(DISTINCT code) FROM error_code_history WHERE revision = 1")" \
    "$(psql_db "SELECT count(*) FROM error_code")"

# --- a. edit through A, search on B ----------------------------------------------------------------------------------
echo
echo "a. edit through A, search on B ($edits edits)"
delays=$(PORT_A="$port_a" PORT_B="$port_b" KEY="$editor_key" EDITS="$edits" RUN="$$" timeout 300 python3 - <<'PY'
import json, os, time, urllib.request

def gql(port, query, variables=None, key=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", method="POST",
                                 data=json.dumps({"query": query, "variables": variables or {}}).encode(),
                                 headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {key}"} if key else {})})
    with urllib.request.urlopen(req, timeout=30) as r:
        body = json.load(r)
    if body.get("errors"):
        raise SystemExit(f"GraphQL error on :{port}: {body['errors']}")
    return body["data"]

a, b, key, run = int(os.environ["PORT_A"]), int(os.environ["PORT_B"]), os.environ["KEY"], os.environ["RUN"]
upsert = "mutation($i: ErrorCodeInput!) { upsertErrorCode(input: $i) { code } }"
guide = "mutation($c: String!, $g: FixGuideInput!) { updateFixGuide(code: $c, guide: $g) { code } }"
search = "query($q: String!) { search(query: $q, first: 5) { code } }"
# B has served a search before: the first request of a fresh JVM is slow for reasons unrelated to replication
gql(b, search, {"q": "warm up the search path"})
out = []
for i in range(int(os.environ["EDITS"])):
    word = f"quuxfrob{run}x{i}"
    code = f"ERR_SCALEOUT_{i + 1}"
    if i % 2 == 0:
        gql(a, upsert, {"i": {"code": code, "message": f"The {word} relay dropped the session.",
                              "title": f"Relay {word} dropped"}}, key)
    else:
        gql(a, upsert, {"i": {"code": code, "message": f"Plain failure number {i}."}}, key)
        gql(a, guide, {"c": code, "g": {"summary": f"Restart the {word} relay.", "causes": ["The relay crashed."],
                                        "steps": [f"Restart the {word} relay."]}}, key)
    t0 = time.monotonic()
    while True:
        hits = gql(b, search, {"q": word})["search"]
        if any(h["code"] == code for h in hits):
            break
        if time.monotonic() - t0 > 30:
            raise SystemExit(f"{code} not found on B after 30 s")
        time.sleep(0.01)
    out.append(time.monotonic() - t0)
print(" ".join(f"{d:.3f}" for d in out))
PY
)
echo "  delays from the mutation's answer on A to the first search hit on B (s): $delays"
max_delay=$(python3 -c "print(max(float(x) for x in '$delays'.split()))")
check_true "slowest edit searchable on B within 2 s" "$max_delay <= 2.0" "max $max_delay s, median $(python3 -c "import statistics; print(f'{statistics.median(float(x) for x in \"$delays\".split()):.3f}')") s"

# --- b. the same email to both webhooks at once ----------------------------------------------------------------------
echo
echo "b. the same email posted to both webhooks at once ($webhook_mails emails)"
answers=$(PORT_A="$port_a" PORT_B="$port_b" SECRET="$webhook_secret" MAILS="$webhook_mails" RUN="$$" timeout 300 python3 - <<'PY'
import os, threading, urllib.request, urllib.error
from collections import Counter

a, b, secret, run = int(os.environ["PORT_A"]), int(os.environ["PORT_B"]), os.environ["SECRET"], os.environ["RUN"]
statuses = Counter()
for i in range(int(os.environ["MAILS"])):
    raw = (f"From: Web {i} <web{i}@example.org>\r\nTo: support@errdex.test\r\nSubject: webhook race {i}\r\n"
           f"Message-ID: <wh-{run}-{i}@customer.example.org>\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\n\r\n"
           f"Our agent stops with ERR_NGROK_8012 (mail {i}).\r\n").encode()
    barrier = threading.Barrier(2)
    def post(port):
        req = urllib.request.Request(f"http://127.0.0.1:{port}/triage/inbound", data=raw, method="POST",
                                     headers={"Content-Type": "message/rfc822", "Authorization": f"Bearer {secret}"})
        barrier.wait()
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                statuses[r.status] += 1
        except urllib.error.HTTPError as e:
            statuses[e.code] += 1
    ts = [threading.Thread(target=post, args=(p,)) for p in (a, b)]
    [t.start() for t in ts]
    [t.join() for t in ts]
print(" ".join(f"{k}={v}" for k, v in sorted(statuses.items())))
PY
)
echo "  HTTP answers: $answers (201 = new ticket, 200 = duplicate of it)"
check "HTTP answers" "200=$webhook_mails 201=$webhook_mails" "$answers"
check "tickets of the webhook emails" "$webhook_mails" "$(psql_db "SELECT count(DISTINCT ticket_id) FROM ticket_message WHERE message_id LIKE '%wh-$$-%'")"
check "ticket messages of the webhook emails" "$webhook_mails" "$(psql_db "SELECT count(*) FROM ticket_message WHERE message_id LIKE '%wh-$$-%'")"

# --- c. kill -9 the mailbox poller in the middle of a backlog --------------------------------------------------------
echo
echo "c. backlog of $n emails, kill -9 of the replica that polls the mailbox after $kill_after tickets"
mailbox_state() { # mailbox_state <port>: POLLING, STANDBY, OFF or DOWN
    curl -fsS "http://127.0.0.1:$1/q/health/ready" 2>/dev/null | python3 -c '
import json, sys
checks = json.load(sys.stdin)["checks"]
print(next((c["data"]["state"] for c in checks if c["name"] == "mailbox"), "?"))' 2>/dev/null || echo DOWN
}
state_a=$(mailbox_state "$port_a")
state_b=$(mailbox_state "$port_b")
echo "  mailbox: A $state_a, B $state_b"
check "replicas polling the mailbox" 1 "$( (echo "$state_a"; echo "$state_b") | grep -c '^POLLING$' || true)"
check "replicas standing by" 1 "$( (echo "$state_a"; echo "$state_b") | grep -c '^STANDBY$' || true)"
if [ "$state_a" = POLLING ]; then
    holder=A; holder_pid=$pid_a; other=B; other_port=$port_b
else
    holder=B; holder_pid=$pid_b; other=A; other_port=$port_a
fi
curl -fsS "http://127.0.0.1:$other_port/q/health/ready" | python3 -c '
import json, sys
c = next(c for c in json.load(sys.stdin)["checks"] if c["name"] == "mailbox")
print("  standby " + sys.argv[1] + " reports the holder: " + c["data"].get("holder", "?"))' "$other"

t=$(now)
N="$n" SMTP_PORT="$smtp_port" RUN_ID="$$" timeout 300 python3 - <<'PY'
import os, smtplib
from email.message import EmailMessage
from email.utils import formatdate
n, run = int(os.environ["N"]), os.environ["RUN_ID"]
with smtplib.SMTP("127.0.0.1", int(os.environ["SMTP_PORT"]), timeout=30) as smtp:
    for i in range(n):
        m = EmailMessage()
        m["From"] = f"Customer {i} <customer{i}@example.org>"
        m["To"] = "support@errdex.test"
        m["Date"] = formatdate(1764000000 + i)
        m["Message-ID"] = f"<so-{run}-{i}@customer.example.org>"
        m["Subject"] = f"Agent stops with ERR_NGROK_{8000 + i % 50} (case {i})"
        m.set_content(f"Hello,\n\nour agent stops with ERR_NGROK_{8000 + i % 50}. What should we change?\n")
        smtp.send_message(m)
PY
echo "  delivered $n emails by SMTP in $(elapsed "$t" "$(now)") s"

deadline=$(( $(date +%s) + 300 ))
until [ "$(imap_tickets)" -ge "$kill_after" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "  no $kill_after tickets after 300 s"; break; }
    sleep 0.1
done
kill -9 "$holder_pid"; wait "$holder_pid" 2>/dev/null || true
t_kill=$(now)
at_kill=$(imap_tickets)
echo "  kill -9 of $holder (the poller) at $at_kill IMAP tickets"
[ "$holder" = A ] && pid_a= || pid_b=
t_takeover=
until [ "$(mailbox_state "$other_port")" = POLLING ]; do
    [ "$(date +%s)" -lt "$deadline" ] || break
    sleep 0.1
done
t_takeover=$(now)
sleep 0.5
before=$(imap_tickets)
until [ "$(imap_tickets)" -gt "$before" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || break
    sleep 0.1
done
t_resumed=$(now)
takeover=$(elapsed "$t_kill" "$t_takeover")
echo "  $other reports POLLING $takeover s after the kill; its first ticket after $(elapsed "$t_kill" "$t_resumed") s"
check_true "take-over within 30 s" "$takeover <= 30" "$takeover s"
until [ "$(imap_tickets)" -ge "$n" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "  not drained after 300 s"; break; }
    sleep 0.2
done
echo "  drained $(elapsed "$t_kill" "$(now)") s after the kill"
sleep 3
check "IMAP ticket messages" "$n" "$(imap_tickets)"
check "IMAP tickets" "$n" "$(psql_db "SELECT count(DISTINCT ticket_id) FROM ticket_message WHERE message_id LIKE '%so-$$-%'")"
check "Message-IDs stored twice" 0 "$(psql_db "SELECT count(*) FROM (SELECT message_id FROM ticket_message GROUP BY message_id HAVING count(*) > 1) d")"
check "quarantined" 0 "$(psql_db "SELECT count(*) FROM mailbox_quarantine")"
check_mailbox_flagged "$n"
# log lines at level ERROR (the losing webhook insert of b is logged by Hibernate at WARN, with the rejected SQL
# on the following lines, before errdex answers DUPLICATE: counted apart)
errors=$(cat "$work"/replica-*.log | grep -cE '^[0-9-]+ [0-9:,.]+ ERROR' || true)
races=$(cat "$work"/replica-*.log | grep -c 'WARN  \[org.hibernate.orm.jdbc.error\]' || true)
echo "  info  ERROR log lines of the replicas: $errors; Hibernate warnings of unique-key races (b): $races"
[ "$errors" = 0 ] || cat "$work"/replica-*.log | grep -E '^[0-9-]+ [0-9:,.]+ ERROR' | head -5 | cut -c1-300 \
    | sed 's/^/        /'
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "scale-out: $passed passed, $failed failed"
[ "$failed" = 0 ]
