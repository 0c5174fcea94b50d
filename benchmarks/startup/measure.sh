#!/usr/bin/env bash
# Start-up of the packaged service: seconds from launch to /q/health/ready answering 200, and RSS 2 s after ready.
#
#   ./mvnw -B -q -o package -DskipTests
#   benchmarks/startup/measure.sh JAR DATADIR PORT [RUNS]
#
# Each run is a first start on an empty DATADIR-<n> (seeding, index built) followed by a second start on the same
# directory (the restart: the index on disk is opened). Prints one line per start; the service's log of each start
# is DATADIR-<n>.<first|second>.log (its "search index" line says whether the index was built or opened).
set -eu
[ $# -ge 3 ] || { echo "usage: $0 JAR DATADIR PORT [RUNS]" >&2; exit 2; }
jar=$1; data=$2; port=$3; runs=${4:-3}
[ -f "$jar" ] || { echo "$jar is missing: build it with ./mvnw -B -q -o package -DskipTests" >&2; exit 2; }

start() {   # start DIR LOG: one start, prints "ready_s=... rss_mb=..."
    local t0 t1 pid rss
    t0=$(date +%s.%N)
    ERRDEX_DATA_DIR=$1 QUARKUS_HTTP_PORT=$port java -jar "$jar" >"$2" 2>&1 &
    pid=$!
    for _ in $(seq 1 2400); do
        if curl -sf "localhost:$port/q/health/ready" >/dev/null 2>&1; then break; fi
        kill -0 "$pid" 2>/dev/null || { echo "the service stopped; see $2" >&2; exit 1; }
        sleep 0.05
    done
    t1=$(date +%s.%N)
    sleep 2
    rss=$(ps -o rss= -p "$pid")
    echo "ready_s=$(echo "$t1 - $t0" | bc) rss_mb=$((rss / 1024))"
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

for n in $(seq 1 "$runs"); do
    dir=$data-$n
    rm -rf "$dir"
    echo "run $n first  $(start "$dir" "$dir.first.log")  load=$(cut -d' ' -f1 /proc/loadavg)"
    echo "run $n second $(start "$dir" "$dir.second.log")  load=$(cut -d' ' -f1 /proc/loadavg)"
done
