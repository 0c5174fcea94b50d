#!/usr/bin/env bash
# Kill-and-count test of the inbound webhook on loopback, on the database the jar was built for (H2 by default, or
# PostgreSQL with -Pdb-postgresql): the packaged service takes a burst of distinct emails on THREADS threads for
# BURST seconds, is killed with `kill -9` while they still post, and is started again on the same data. Then it checks
# that every Message-ID the webhook answered 201 or 200 is a ticket message (0 lost), and prints the webhook's
# throughput during the burst.
#
# This script builds nothing:
#
#   ./mvnw -B -q package -DskipTests                  # H2 build (or add -Pdb-postgresql)
#   benchmarks/reliability/kill-webhook.sh
#   H2_URL_OPTIONS= benchmarks/reliability/kill-webhook.sh   # H2 without WRITE_DELAY=0: H2's own 500 ms write delay
#
# Environment: THREADS (4), BURST (seconds, 5), RUNS (kill/restart rounds, 1), H2_URL_OPTIONS (";WRITE_DELAY=0", what
# the H2 URL carries; only read on H2), PGHOST, PGUSER, JAR, KEEP=1, JAVA_OPTS. Needs java 17, python3 (and psql on
# PostgreSQL). Everything listens on 127.0.0.1 only.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
threads=${THREADS:-4}
burst=${BURST:-5}
runs=${RUNS:-1}
h2_options=${H2_URL_OPTIONS-;WRITE_DELAY=0}
secret=kill-webhook-secret-0123456789abcdef0123

work=$(mktemp -d "${TMPDIR:-/tmp}/errdex-kill-webhook.XXXXXX")
db=errdex_kill_webhook_$$
svc_pid=
stop_services() { [ -n "$svc_pid" ] && kill -9 "$svc_pid" 2>/dev/null && wait "$svc_pid" 2>/dev/null; }
# shellcheck source=common.sh
. "$here/common.sh"
[ -f "$jar" ] || { echo "$jar is missing: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
kind=$(jar_db_kind)
h2_jar=$(ls "$(dirname "$jar")"/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -1)
data="$work/data"
if [ "$kind" = postgresql ]; then
    psql -h "$pghost" -U "$pguser" -d postgres -XAtq -c "CREATE DATABASE $db" >/dev/null
    db_env=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$pghost:5432/$db" QUARKUS_DATASOURCE_USERNAME="$pguser")
else
    db_env=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$data/errdex$h2_options")
fi
if [ "$kind" = postgresql ]; then echo "database: postgresql"; else echo "database: h2, URL options '$h2_options'"; fi

# start_service <log>: the jar on a free port, seeding off (the burst needs no catalog); returns when ready.
start_service() {
    http_port=$(free_port)
    env "${db_env[@]}" ERRDEX_DATA_DIR="$data" QUARKUS_HTTP_PORT="$http_port" ERRDEX_WEBHOOK_SECRET="$secret" \
        ERRDEX_CATALOG_SEED_ON_START=false ERRDEX_ROLE=api \
        java ${JAVA_OPTS:-} -jar "$jar" >"$work/$1" 2>&1 &
    svc_pid=$!
    for _ in $(seq 1 900); do
        curl -fs -o /dev/null "http://127.0.0.1:$http_port/q/health/ready" && return 0
        kill -0 "$svc_pid" 2>/dev/null || { tail -30 "$work/$1" >&2; echo "the service died" >&2; exit 1; }
        sleep 0.2
    done
    echo "the service did not start" >&2; exit 1
}

# stored_ids: the Message-IDs of all ticket messages, one a line (H2: after a clean stop, the file is the service's).
stored_ids() {
    if [ "$kind" = postgresql ]; then
        psql_db "SELECT message_id FROM ticket_message"
    else
        java -cp "$h2_jar" org.h2.tools.Shell -url "jdbc:h2:file:$data/errdex" -user sa \
            -sql "SELECT message_id FROM ticket_message" | sed -n '2,$p' | grep '@' || true
    fi
}

: >"$work/acknowledged"
for run in $(seq 1 "$runs"); do
    start_service "service-$run.log"
    echo "run $run: burst of ${burst}s on $threads threads, then kill -9"
    PORT="$http_port" THREADS="$threads" BURST="$burst" RUN="$run" SECRET="$secret" PID="$svc_pid" \
        OUT="$work/acknowledged" timeout 300 python3 - <<'PY'
import os, signal, threading, time, urllib.error, urllib.request
port, n, burst, run, pid = os.environ["PORT"], int(os.environ["THREADS"]), float(os.environ["BURST"]), os.environ["RUN"], int(os.environ["PID"])
acked, lock, stop = [], threading.Lock(), threading.Event()
def post(t):
    i = 0
    while not stop.is_set():
        mid = f"kw-{run}-{t}-{i}@customer.example.org"
        body = (f"From: Customer {t} <c{t}@customer.example.org>\r\nTo: support@errdex.test\r\n"
                f"Subject: tunnel fails {t}-{i}\r\nMessage-ID: <{mid}>\r\nDate: Mon, 07 Dec 2026 10:00:00 +0000\r\n"
                "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                "Hello, my agent stops with ERR_NGROK_8012 and the tunnel closes.\r\n").encode()
        req = urllib.request.Request(f"http://127.0.0.1:{port}/triage/inbound", data=body, method="POST",
                                     headers={"Authorization": "Bearer " + os.environ["SECRET"],
                                              "Content-Type": "message/rfc822"})
        try:
            with urllib.request.urlopen(req, timeout=20) as r:
                if r.status in (200, 201):
                    with lock:
                        acked.append(mid)
        except urllib.error.HTTPError:
            pass
        except Exception:
            return  # the service is gone
        i += 1
ts = [threading.Thread(target=post, args=(t,)) for t in range(n)]
start = time.time()
for t in ts: t.start()
time.sleep(burst)
os.kill(pid, signal.SIGKILL)  # while the threads still post
elapsed = time.time() - start
stop.set()
for t in ts: t.join()
with open(os.environ["OUT"], "a") as f:
    f.writelines(m + "\n" for m in acked)
print(f"  acknowledged {len(acked)} in {elapsed:.1f} s: {len(acked) / elapsed:.1f} emails/s")
PY
    wait "$svc_pid" 2>/dev/null || true
    svc_pid=
done

start_service "service-restart.log"
kill "$svc_pid"; wait "$svc_pid" 2>/dev/null || true; svc_pid=
stored_ids | tr -d '<> ' | sort -u >"$work/stored"
sort -u "$work/acknowledged" >"$work/acknowledged.sorted"
acked=$(wc -l <"$work/acknowledged.sorted")
lost=$(comm -23 "$work/acknowledged.sorted" "$work/stored" | wc -l)
echo "acknowledged $acked, stored $(wc -l <"$work/stored"), lost $lost"
check "acknowledged emails before the kill" true "$([ "$acked" -gt 0 ] && echo true || echo false)"
check "acknowledged emails that are not tickets after restart" 0 "$lost"
if [ "$kind" != postgresql ]; then
    check "data directory mode" 700 "$(stat -c %a "$data")"
    check "database file mode" 600 "$(stat -c %a "$data/errdex.mv.db")"
fi
echo "reliability: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
