#!/usr/bin/env bash
# Fault and throughput test of the IMAP channel on loopback: GreenMail standalone (SMTP + IMAP), a fresh PostgreSQL
# database, the packaged service jar (PostgreSQL build) reading the mailbox. N generated support emails are delivered
# first; the service is started, killed with `kill -9` at each count in KILL_AT (tickets committed), restarted, and
# the run ends when the mailbox is drained (bounded). Then it checks: N ticket messages, no Message-ID twice, N
# tickets, every GreenMail message flagged $ErrdexProcessed.
#
# This script builds nothing. Build the PostgreSQL jar first, and fetch GreenMail standalone:
#
#   ./mvnw -B -q package -DskipTests -Pdb-postgresql
#   ./mvnw -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.7 -DoutputDirectory=target/reliability
#   benchmarks/reliability/kill-backlog.sh                  # kills at 60 and 250 committed tickets
#   KILL_AT= benchmarks/reliability/kill-backlog.sh         # no kill: the throughput figure
#
# Environment: N (emails, default 500), KILL_AT (ticket counts at which to kill -9, default "60 250"; empty: none),
# POLL_INTERVAL (default 500ms), DRAIN_TIMEOUT (seconds, default 300), PGHOST (127.0.0.1), PGUSER (postgres),
# JAR (default graphql-api/target/quarkus-app/quarkus-run.jar), GREENMAIL_JAR (default
# target/reliability/greenmail-standalone-2.1.7.jar, else ~/.m2), KEEP=1 keeps the database and the logs, JAVA_OPTS.
# Needs: java 17, python3, psql. Everything listens on 127.0.0.1 only.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${N:-500}
kill_at=${KILL_AT-60 250}
poll_interval=${POLL_INTERVAL:-500ms}
drain_timeout=${DRAIN_TIMEOUT:-300}

work=$(mktemp -d "${TMPDIR:-/tmp}/errdex-reliability.XXXXXX")
db=errdex_reliability_$$
http_port=
svc_pid=
stop_services() { [ -n "$svc_pid" ] && kill -9 "$svc_pid" 2>/dev/null && wait "$svc_pid" 2>/dev/null; }
# shellcheck source=common.sh
. "$here/common.sh"
require_postgres_jar "./mvnw -B -q package -DskipTests -Pdb-postgresql"
count_messages() { psql_db "SELECT count(*) FROM ticket_message" 2>/dev/null || echo 0; }
http_port=$(free_port)

# --- GreenMail -----------------------------------------------------------------------------------------------------
start_greenmail

# --- N support emails ----------------------------------------------------------------------------------------------
t=$(now)
N="$n" SMTP_PORT="$smtp_port" RUN_ID="$$" CATALOG="$root/catalog-core/src/main/resources/errdex/catalog/ngrok-catalog.json" \
    timeout 300 python3 - <<'PY'
import json, os, random, smtplib
from email.message import EmailMessage
from email.utils import formatdate

n, run = int(os.environ["N"]), os.environ["RUN_ID"]
entries = json.load(open(os.environ["CATALOG"], encoding="utf-8"))
if isinstance(entries, dict):
    entries = next(v for v in entries.values() if isinstance(v, list))
rnd = random.Random(42)
with smtplib.SMTP("127.0.0.1", int(os.environ["SMTP_PORT"]), timeout=30) as smtp:
    for i in range(n):
        e = rnd.choice(entries)
        kind = i % 3
        m = EmailMessage()
        m["From"] = f"Customer {i} <customer{i}@example.org>"
        m["To"] = "support@errdex.test"
        m["Date"] = formatdate(1764000000 + i)
        m["Message-ID"] = f"<rel-{run}-{i}@customer.example.org>"
        if kind == 0:   # names the code
            m["Subject"] = f"Getting {e['code']} since this morning"
            body = f"Hello,\n\nour agent stops with {e['code']} when it starts. What should we change?\n\nThanks, C{i}\n"
        elif kind == 1: # pastes the error message
            m["Subject"] = f"Tunnel error (case {i})"
            msg = e.get("message") or e.get("title") or e["code"]
            body = f"Hi team,\n\nthis is what the console prints:\n\n    {msg}\n\nAny idea?\n"
        else:           # no code at all
            m["Subject"] = f"Question about billing #{i}"
            body = "Hello,\n\nhow do I change the card on our account?\n\nRegards\n"
        m.set_content(body)
        smtp.send_message(m)
PY
echo "delivered $n emails by SMTP in $(elapsed "$t" "$(now)") s"

# --- database --------------------------------------------------------------------------------------------------------
psql -h "$pghost" -U "$pguser" -d postgres -XAtq -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db" >/dev/null

# --- the service -----------------------------------------------------------------------------------------------------
run=0
start_service() {
    run=$((run + 1))
    # shellcheck disable=SC2086
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$pghost:5432/$db" QUARKUS_DATASOURCE_USERNAME="$pguser" \
    QUARKUS_HTTP_PORT="$http_port" QUARKUS_HTTP_HOST=127.0.0.1 ERRDEX_ROLE=all \
    ERRDEX_IMAP_HOST=127.0.0.1 ERRDEX_IMAP_PORT="$imap_port" ERRDEX_IMAP_USER=support ERRDEX_IMAP_PASSWORD=secret \
    ERRDEX_IMAP_TLS=false ERRDEX_IMAP_POLL_INTERVAL="$poll_interval" \
        java ${JAVA_OPTS:-} -jar "$jar" >"$work/service-$run.log" 2>&1 &
    svc_pid=$!
}

t_first_start=$(now)
start_service
t_run_start=$t_first_start
t_first_ticket=
gap=0
kills=0
deadline=$(( $(date +%s) + drain_timeout ))
count=0
while :; do
    count=$(count_messages)
    if [ -z "$t_first_ticket" ] && [ "$count" -gt 0 ]; then
        t_first_ticket=$(now)
    fi
    [ "$count" -ge "$n" ] && break
    next_kill=${kill_at%% *}
    if [ -n "$next_kill" ] && [ "$count" -ge "$next_kill" ]; then
        kill -9 "$svc_pid"; wait "$svc_pid" 2>/dev/null || true
        t_kill=$(now)
        kills=$((kills + 1))
        echo "kill -9 at $count ticket messages ($(elapsed "$t_first_start" "$t_kill") s after the first start)"
        [ "$kill_at" = "${kill_at#* }" ] && kill_at= || kill_at=${kill_at#* }
        # a COMMIT the killed process had already sent may still land: count after it settles, so that the gap
        # below ends with a ticket of the new process (which cannot commit within 0.5 s of its start)
        sleep 0.5
        before=$(count_messages)
        start_service
        # the gap: from the kill until the restarted service commits its first new ticket
        until [ "$(count_messages)" -gt "$before" ]; do
            [ "$(date +%s)" -lt "$deadline" ] || break
            kill -0 "$svc_pid" 2>/dev/null || { echo "restarted service died:"; tail -30 "$work/service-$run.log"; break; }
            sleep 0.1
        done
        t_resumed=$(now)
        gap=$(python3 -c "print($gap + $t_resumed - $t_kill)")
        echo "  restarted; first new ticket after $(elapsed "$t_kill" "$t_resumed") s"
        continue
    fi
    if ! kill -0 "$svc_pid" 2>/dev/null; then
        echo "the service died on its own; its log:"; tail -40 "$work/service-$run.log"; break
    fi
    [ "$(date +%s)" -lt "$deadline" ] || { echo "not drained after ${drain_timeout} s"; break; }
    sleep 0.1
done
t_done=$(now)
# let the last group's STORE and checkpoint land, then look for late doubles
sleep "${SETTLE:-3}"

total=$(elapsed "$t_first_start" "$t_done")
net=$(python3 -c "print(f'{$t_done - $t_first_start - $gap:.1f}')")
drain=$([ -n "$t_first_ticket" ] && elapsed "$t_first_ticket" "$t_done" || echo n/a)
echo
echo "timings (N=$n, kills=$kills, poll interval $poll_interval, load average: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "  first start -> $count ticket messages:            $total s wall"
echo "  same, without the kill/restart gaps ($(printf %.1f "$gap") s): $net s"
echo "  first committed ticket -> last (pure drain, with gaps): $drain s"
python3 -c "t=$net; print(f'  throughput: {$n / t:.1f} emails/s from the first start' if t > 0 else '')"

echo
echo "checks"
check "ticket messages" "$n" "$(count_messages)"
check "Message-IDs stored twice" 0 "$(psql_db "SELECT count(*) FROM (SELECT message_id FROM ticket_message GROUP BY message_id HAVING count(*) > 1) d")"
check "dedup keys stored twice" 0 "$(psql_db "SELECT count(*) FROM (SELECT dedup_key FROM ticket_message GROUP BY dedup_key HAVING count(*) > 1) d")"
check "distinct generated Message-IDs" "$n" "$(psql_db "SELECT count(DISTINCT message_id) FROM ticket_message WHERE message_id LIKE '%rel-$$-%'")"
check "tickets" "$n" "$(psql_db "SELECT count(*) FROM ticket")"
check "tickets left NEW" 0 "$(psql_db "SELECT count(*) FROM ticket WHERE state = 'NEW'")"
check "quarantined" 0 "$(psql_db "SELECT count(*) FROM mailbox_quarantine")"
annotated=$(psql_db "SELECT count(DISTINCT ticket_id) FROM ticket_annotation")
echo "  info  tickets with at least one code: $annotated; states: $(psql_db "SELECT string_agg(state || '=' || c, ' ') FROM (SELECT state, count(*) c FROM ticket GROUP BY state ORDER BY state) s")"
check_mailbox_flagged "$n"
errors=$(cat "$work"/service-*.log | grep -c "ERROR" || true)
echo "  info  ERROR lines in the service logs: $errors"
[ "$errors" = 0 ] || cat "$work"/service-*.log | grep "ERROR" | head -5 | cut -c1-300 | sed 's/^/        /'
echo
echo "reliability: $passed passed, $failed failed"
[ "$failed" = 0 ]
