#!/usr/bin/env bash
# Heap left in use after many large anonymous GraphQL queries (docs/api.md "Bounded memory").
#
# Starts the built service (H2 build, scratch data directory, rate limit off so that every query reaches GraphQL),
# sends COUNT distinct queries of SIZE characters each (a search phrase inside the query text), then forces a full GC
# and prints the heap in use before and after. Usage:
#   ./mvnw -B -q package -DskipTests && benchmarks/load/large-queries.sh [COUNT] [SIZE]
# Defaults: 150 queries of 1,000,000 characters (the red-team case). A second run with SIZE 30000 (under
# errdex.api.max-query-length) shows the bounds of the caches that keep documents.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
count=${1:-150}
size=${2:-1000000}
jar=${JAR:-$root/graphql-api/target/quarkus-app/quarkus-run.jar}
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

ERRDEX_DATA_DIR="$work/data" QUARKUS_HTTP_PORT=$port ERRDEX_API_RATE_LIMIT_ENABLED=false \
    java -Xmx2g -jar "$jar" > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break
    sleep 0.5
done
curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null || { echo "service did not start" >&2; tail "$work/service.log" >&2; exit 1; }

heap() { jcmd "$pid" GC.run > /dev/null; jcmd "$pid" GC.heap_info | awk '/used/ {print; exit}'; }
echo "before: $(heap)"
statuses=$(python3 - "$port" "$count" "$size" <<'PY'
import collections, json, sys, urllib.request, urllib.error
port, count, size = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
seen = collections.Counter()
for i in range(count):
    phrase = (str(i) + "x" * size)[: max(1, size - 40)]
    body = json.dumps({"query": '{ search(q: "%s") { code } }' % phrase}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", body, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req) as r:
            seen[r.status] += 1
    except urllib.error.HTTPError as e:
        seen[e.code] += 1
print(" ".join(f"{k}x{v}" for k, v in sorted(seen.items())))
PY
)
echo "$count queries of $size characters: statuses $statuses"
echo "after:  $(heap)"
