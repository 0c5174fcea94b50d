#!/usr/bin/env bash
# Start-up of errdex against a plain Quarkus REST app, in ONE run, alternating, so both share the machine's load.
#
#   ./mvnw -B -q -o -pl graphql-api -am package -DskipTests
#   benchmarks/startup/vs-plain-quarkus.sh [PAIRS]          (default 3)
#
# The peer is ../shared/tools/perf/peer-rest (quarkus-rest only), built once into $TMPDIR/errdex-peer-rest as
# ../shared/tools/perf/http-ratio.sh builds it, started with plain `java -jar`. errdex is started as bin/errdex
# starts it (its JVM flags, class-data archive when built) unless JAVA_OPTS replaces them.
#
# 1. errdex's first start on an empty data directory (migrations, seeding, index written);
# 2. PAIRS times: the peer's start, then errdex's restart on that directory (index opened from disk);
#    each prints seconds from launch to ready (errdex: /q/health/ready 200; peer: its first 200), the CPU seconds
#    the process used until then (steadier than wall time on a shared machine) and RSS 2 s after;
# 3. errdex once more, a short wrk load (benchmarks/load/graphql-error-code.lua, LOAD seconds, default 10),
#    its requests per second and its RSS after the load (and the same for BASE_JAR).
# With BASE_JAR (and BASE_JAVA_OPTS, BASE_MALLOC_ARENA_MAX; BASE_JAVA_OPTS=-Xshare:auto for the JVM's defaults),
# a second errdex build is measured alternately with the first in steps 1 to 3 (before/after in the same run; its own
# data directory).
# Env: JAR (default graphql-api/target/quarkus-app/quarkus-run.jar), JAVA_OPTS, BASE_JAR, BASE_JAVA_OPTS, PORT (18473),
# LOAD (10), CONNECTIONS (16), KEEP=1 keeps the working directory (logs of every start).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
pairs=${1:-3}
jar=${JAR:-$root/graphql-api/target/quarkus-app/quarkus-run.jar}
port=${PORT:-18473}
peer_port=$((port + 1))
[ -f "$jar" ] || { echo "$jar is missing: ./mvnw -B -q -o -pl graphql-api -am package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

peer=${PEER_DIR:-${TMPDIR:-/tmp}/errdex-peer-rest}
peer_jar=$peer/target/quarkus-app/quarkus-run.jar
if [ ! -f "$peer_jar" ]; then
    rm -rf "$peer" && cp -r "$root/../shared/tools/perf/peer-rest" "$peer"
    (cd "$root" && ./mvnw -B -q -o -f "$peer/pom.xml" package -DskipTests >/dev/null) \
        || { echo "the peer did not build" >&2; exit 1; }
fi

w=$(mktemp -d "${TMPDIR:-/tmp}/errdex-vs-peer.XXXXXX")
pid=
cleanup() { [ -z "$pid" ] || { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }; [ -n "${KEEP:-}" ] || rm -rf "$w"; }
trap cleanup EXIT
printf 'ERR_NGROK_8012\t{"data":{"errorCode":{"code":"ERR_NGROK_8012"}}}\n' >"$w/bodies.tsv"

# The JVM flags errdex runs with: the launcher's unless JAVA_OPTS is set.
errdex_opts() { # JAR OPTS_OR_EMPTY
    if [ -n "$2" ]; then echo "$2"; else "$root/bin/errdex" --print-java-opts "$1"; fi
}
opts=$(errdex_opts "$jar" "${JAVA_OPTS:-}")
arenas=${MALLOC_ARENA_MAX:-2}   # as bin/errdex sets it
[ -z "${BASE_JAR:-}" ] || base_opts=$(errdex_opts "$BASE_JAR" "${BASE_JAVA_OPTS:-}")

launch() { # LOG URL CMD...: starts CMD, waits for URL to answer 200; sets pid and ready (seconds)
    local log=$1 url=$2 t0 t1; shift 2
    t0=$(date +%s.%N)
    "$@" >"$log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "$url"; do
        kill -0 "$pid" 2>/dev/null || { echo "stopped before ready; its log:" >&2; tail -20 "$log" >&2; exit 1; }
        sleep 0.05
    done
    t1=$(date +%s.%N)
    ready=$(echo "$t1 - $t0" | bc)
    # CPU seconds the process used until ready (user + system): steadier than wall time on a shared machine
    local st; read -ra st <"/proc/$pid/stat"
    cpu=$(echo "scale=1; (${st[13]} + ${st[14]}) / $(getconf CLK_TCK)" | bc)
}
rss_mb() { echo $(( $(ps -o rss= -p "$pid") / 1024 )); }
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

start_errdex() { # NAME DATA JAR OPTS ARENAS: one start to ready, prints seconds and RSS 2 s after
    local name=$1 data=$2 j=$3 o=$4 arenas=$5
    # shellcheck disable=SC2086
    launch "$w/$name.log" "http://127.0.0.1:$port/q/health/ready" env ERRDEX_DATA_DIR="$data" QUARKUS_HTTP_PORT=$port \
        ${arenas:+MALLOC_ARENA_MAX=$arenas} java $o -jar "$j"
    sleep 2
    e_ready=$ready; e_rss=$(rss_mb)
    printf '%-16s ready %6.2f s  cpu %5.1f s  rss %4d MB  load %s\n' "$name" "$e_ready" "$cpu" "$e_rss" \
        "$(cut -d' ' -f1 /proc/loadavg)"
}
start_peer() {
    launch "$w/peer.log" "http://127.0.0.1:$peer_port/lookup/ERR_NGROK_8012" \
        java -Dpeer.bodies="$w/bodies.tsv" -Dquarkus.http.port=$peer_port -jar "$peer_jar"
    sleep 2
    p_ready=$ready; p_rss=$(rss_mb)
    printf '%-16s ready %6.2f s  cpu %5.1f s  rss %4d MB  load %s\n' "peer" "$p_ready" "$cpu" "$p_rss" \
        "$(cut -d' ' -f1 /proc/loadavg)"
    stop
}

echo "errdex: MALLOC_ARENA_MAX=$arenas java $opts -jar $jar"
[ -z "${BASE_JAR:-}" ] || echo "base:   java $base_opts -jar $BASE_JAR"
echo "peer:   java -jar $peer_jar   ($(date -u '+%F %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg))"
start_errdex errdex-first "$w/data" "$jar" "$opts" "$arenas"; stop
if [ -n "${BASE_JAR:-}" ]; then
    start_errdex base-first "$w/base-data" "$BASE_JAR" "$base_opts" "${BASE_MALLOC_ARENA_MAX:-}"; stop
fi
ratios=; base_ratios=
for n in $(seq 1 "$pairs"); do
    start_peer
    start_errdex "errdex-restart-$n" "$w/data" "$jar" "$opts" "$arenas"; stop
    ratios="$ratios $(echo "scale=2; $e_ready / $p_ready" | bc)"
    if [ -n "${BASE_JAR:-}" ]; then
        start_errdex "base-restart-$n" "$w/base-data" "$BASE_JAR" "$base_opts" "${BASE_MALLOC_ARENA_MAX:-}"; stop
        base_ratios="$base_ratios $(echo "scale=2; $e_ready / $p_ready" | bc)"
    fi
done
echo "restart / peer start:$ratios"
[ -z "${BASE_JAR:-}" ] || echo "base restart / peer start:$base_ratios"

load() { # NAME DATA JAR OPTS ARENAS: a restart, LOAD seconds of wrk, RSS after
    ERRDEX_API_RATE_LIMIT_ENABLED=false start_errdex "$@"
    ERRDEX_BENCH_ALL_CODES=$root/benchmarks/load/all-codes.txt wrk -t1 -c"${CONNECTIONS:-16}" -d"${LOAD:-10}s" \
        -s "$root/benchmarks/load/graphql-error-code.lua" "http://127.0.0.1:$port" >"$w/$1.wrk.txt"
    printf '%-16s after %ss of wrk: %s req/s, rss %d MB\n' "$1" "${LOAD:-10}" \
        "$(awk '/Requests\/sec/{print $2}' "$w/$1.wrk.txt")" "$(rss_mb)"
    stop
}
load errdex-load "$w/data" "$jar" "$opts" "$arenas"
[ -z "${BASE_JAR:-}" ] || load base-load "$w/base-data" "$BASE_JAR" "$base_opts" "${BASE_MALLOC_ARENA_MAX:-}"
[ -z "${KEEP:-}" ] || echo "logs in $w"
