#!/bin/sh
# Load test of the errdex service on loopback with wrk (Debian package "wrk"): starts the packaged jar on a free port
# with a fresh H2 data directory, warms it up, measures, and stops it. Bounded: each run lasts DURATION.
#
#   ./mvnw -B -q -pl graphql-api -am package -DskipTests
#   benchmarks/load/run.sh [scenario...]        scenarios: graphql-error-code error-page search-graphql search-page
#
# Environment: DURATION (default 20s), WARMUP (default 10s, per scenario), THREADS (wrk threads, default 1), CONNECTIONS (default 32),
# SEARCH_CONNECTIONS (default 8), JAR (default graphql-api/target/quarkus-app/quarkus-run.jar), JAVA_OPTS,
# CACHE (on | off, default on: the GraphQL read-response cache, errdex.api.response-cache.enabled), e.g.
#   CACHE=off CONNECTIONS=16 benchmarks/load/run.sh graphql-error-code
# graphql-error-code cycles through every code of the catalog (all-codes.txt) in five spellings.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${JAR:-$root/graphql-api/target/quarkus-app/quarkus-run.jar}
duration=${DURATION:-20s}
threads=${THREADS:-1}
connections=${CONNECTIONS:-32}
search_connections=${SEARCH_CONNECTIONS:-8}
case ${CACHE:-on} in
    on) cache=true ;;
    off) cache=false ;;
    *) echo "CACHE must be on or off, not ${CACHE}" >&2; exit 2 ;;
esac
scenarios=${*:-graphql-error-code error-page search-graphql search-page}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$jar" ] || { echo "$jar is missing: build it with ./mvnw -B -q -pl graphql-api -am package -DskipTests" >&2; exit 2; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d "${TMPDIR:-/tmp}/errdex-load.XXXXXX")
log="$data/service.log"
base="http://127.0.0.1:$port"

cd "$data"
# shellcheck disable=SC2086
QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 ERRDEX_DATA_DIR=./data \
    ERRDEX_API_RATE_LIMIT_ENABLED=${ERRDEX_API_RATE_LIMIT_ENABLED:-false} ERRDEX_API_RESPONSE_CACHE_ENABLED=$cache java ${JAVA_OPTS:-} -jar "$jar" \
    >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT INT TERM

i=0
until curl -fs "$base/q/health/ready" >/dev/null 2>&1; do
    i=$((i + 1))
    if [ $i -gt 240 ] || ! kill -0 "$pid" 2>/dev/null; then
        echo "the service did not become ready; its log:" >&2
        tail -n 40 "$log" >&2
        exit 1
    fi
    sleep 0.5
done
echo "service ready on $base (pid $pid, data $data, response cache ${CACHE:-on})"

# Introspection is off in production: try the search query itself (a build without it answers a validation error).
has_search=$(curl -fs -H 'Content-Type: application/json' \
    -d '{"query":"{search(query:\"tunnel offline\",first:1){code}}"}' "$base/graphql" \
    | grep -c '"data":{"search":\[' || true)

run() { # name script connections
    echo
    echo "== $1: wrk -t$threads -c$3 -d$duration --latency ($2)"
    (cd "$here" && ERRDEX_BENCH_CODES="$here/codes.txt" ERRDEX_BENCH_ALL_CODES="$here/all-codes.txt" \
        wrk -t"$threads" -c"$3" -d"${WARMUP:-10s}" -s "$2" "$base" >/dev/null)
    (cd "$here" && ERRDEX_BENCH_CODES="$here/codes.txt" ERRDEX_BENCH_ALL_CODES="$here/all-codes.txt" \
        wrk -t"$threads" -c"$3" -d"$duration" --latency \
        -s "$2" "$base") | grep -E "Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors|requests in|Answers with errors"
    # the response cache's counters so far (warm-up included)
    curl -fs "$base/q/metrics" | grep -E "^errdex_api_response_cache_(hits|misses)_total" || true
}

for s in $scenarios; do
    case $s in
        graphql-error-code) run "$s" graphql-error-code.lua "$connections" ;;
        error-page) run "$s" error-page.lua "$connections" ;;
        search-graphql)
            if [ "$has_search" = 0 ]; then
                echo; echo "== $s: skipped, this build has no GraphQL search query"
            else
                ERRDEX_BENCH_SEARCH=graphql run "$s" search.lua "$search_connections"
            fi ;;
        search-page) ERRDEX_BENCH_SEARCH=page run "$s" search.lua "$search_connections" ;;
        *) echo "unknown scenario $s" >&2; exit 2 ;;
    esac
done
