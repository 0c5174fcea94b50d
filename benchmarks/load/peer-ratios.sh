#!/bin/bash
# errdex against plain peers, every pair in one run, on loopback with wrk (issues 14 and 15):
#   GraphQL errorCode with the response cache off and on, search and match
#       vs  a plain Quarkus REST endpoint returning the same JSON, pre-rendered from errdex's own answers
#           (the peer of the shared http-ratio.sh: ../shared/tools/perf/peer-rest, built once outside the checkout)
#   the /errors/{code} pages, without and with gzip
#       vs  nginx serving the same pages as static files (gzip on for the second pair)
# Each errdex runs on its own fresh H2 data directory; the peer and nginx stay up throughout. Free ports are taken, so
# runs of other checkouts on the same machine do not collide.
#
#   ./mvnw -B -o -pl graphql-api -am package -DskipTests
#   benchmarks/load/peer-ratios.sh
#
# Env: DUR (10s per measurement), WARM (30s: the first warm-up of each errdex, for the JIT; 10s before the others; the
# errdex with the response cache, started second, gets twice WARM),
# CONN (16 connections, one wrk thread), JAR (graphql-api/target/quarkus-app/quarkus-run.jar),
# ONLY=errorCode (only the two errorCode pairs, uncached and cached: no search, match or pages),
# ONLY=pages (only the two page pairs: no REST peer, no GraphQL pairs, no restart with the response cache; WARM is then
# the first page warm-up).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
perf=$root/../shared/tools/perf
dur=${DUR:-10s}; warm=${WARM:-30}; conn=${CONN:-16}
jar=${JAR:-$root/graphql-api/target/quarkus-app/quarkus-run.jar}
peer=${PEER_DIR:-${TMPDIR:-/tmp}/errdex-peer-rest}; peerjar=$peer/target/quarkus-app/quarkus-run.jar
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx (apt-get install wrk nginx-light)" >&2; exit 2; }
[ -f "$jar" ] || { echo "$jar is missing: ./mvnw -B -o -pl graphql-api -am package -DskipTests" >&2; exit 2; }
only=${ONLY:-}
[ "$only" = pages ] || [ -f "$perf/peer-rest/pom.xml" ] || { echo "$perf/peer-rest is missing (the shared datasets/tools folder)" >&2; exit 2; }
[ "$only" = pages ] || [ -f "$peerjar" ] || { rm -rf "$peer" && cp -r "$perf/peer-rest" "$peer" \
    && (cd "$root" && ./mvnw -B -q -f "$peer/pom.xml" package -DskipTests >/dev/null); } || { echo "peer build failed" >&2; exit 1; }

w=$(mktemp -d "${TMPDIR:-/tmp}/errdex-peer-ratios.XXXXXX")
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
P=$(free_port); PEER=$(free_port); NG=$(free_port); NGZ=$(free_port)
cleanup() { set +e; for p in ${EPID:-} ${PEERPID:-}; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  [ -f "$w/nginx.pid" ] && kill "$(cat "$w/nginx.pid")" 2>/dev/null; rm -rf "$w"; }
trap cleanup EXIT INT TERM

start_errdex() { # cache (true|false)
  ERRDEX_DATA_DIR=$w/data-$1 QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$P ERRDEX_API_RATE_LIMIT_ENABLED=false \
    ERRDEX_API_RESPONSE_CACHE_ENABLED=$1 java -jar "$jar" >"$w/errdex-$1.log" 2>&1 & EPID=$!
  until curl -sf "localhost:$P/q/health/ready" >/dev/null; do
    sleep 0.2; kill -0 "$EPID" 2>/dev/null || { tail -20 "$w/errdex-$1.log" >&2; exit 1; }
  done
}
stop_errdex() { kill "$EPID"; wait "$EPID" 2>/dev/null || true; EPID=; }

start_errdex false
# pre-render, from errdex's own answers: the peer's bodies (code or SEARCH_n / MATCH_n -> JSON), nginx's pages
python3 "$here/peer_bodies.py" "$P" "$w"
chmod -R a+rX "$w" # nginx's workers run as another user
[ "$only" = pages ] || { java -Dpeer.bodies="$w/bodies.tsv" -Dquarkus.http.port="$PEER" -Dquarkus.http.host=127.0.0.1 \
  -jar "$peerjar" >"$w/peer.log" 2>&1 & PEERPID=$!; }
cat > "$w/nginx.conf" <<NG
worker_processes auto; pid $w/nginx.pid; error_log $w/ng.err; daemon on;
events { worker_connections 1024; }
http { access_log off; default_type text/html; sendfile on; keepalive_requests 100000;
  server { listen 127.0.0.1:$NG; root $w/www; }
  server { listen 127.0.0.1:$NGZ; root $w/www; gzip on; } }
NG
nginx -c "$w/nginx.conf"
[ "$only" = pages ] || until curl -sf "localhost:$PEER/lookup/ERR_NGROK_8012" >/dev/null; do
  sleep 0.2; kill -0 "$PEERPID"; done

measure() { # name warm-up url script [VAR=value...]; answers other than 2xx are counted (they must be 0)
  local name=$1 w0=$2 url=$3 script=$4; shift 4
  env "$@" wrk -t1 -c"$conn" -d"$w0" -s "$script" "$url" >/dev/null
  env "$@" wrk -t1 -c"$conn" -d"$dur" --latency -s "$script" "$url" >"$w/$name.txt"
  printf '%-26s %10s req/s  p99 %9s  non-2xx %s\n' "$name" "$(awk '/Requests\/sec/{print $2}' "$w/$name.txt")" \
    "$(awk '$1=="99%"{print $2}' "$w/$name.txt")" "$(awk '/Non-2xx/{print $5}' "$w/$name.txt" | grep . || echo 0)"
}
export CODES=$w/codes
for u in "localhost:$P" "localhost:$NGZ"; do # both compress the gzip pair; sizes of one page as sent
  curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w "gzip check $u: %{size_download} bytes, " "$u/errors/ERR_NGROK_8012"
  curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$u/errors/ERR_NGROK_8012" | grep -i '^content-encoding' || echo
done
gz=(HEADER="Accept-Encoding: gzip")
echo "start $(date -u +%H:%M:%S) UTC  load $(cut -d' ' -f1-3 /proc/loadavg)  wrk -t1 -c$conn -d$dur"
if [ "$only" != pages ]; then
measure errdex-errorCode-uncached "${warm}s" "http://127.0.0.1:$P" "$perf/gql.lua"
measure peer-errorCode 10s "http://127.0.0.1:$PEER" "$perf/path.lua" PREFIX=/lookup/
if [ "$only" != errorCode ]; then
measure errdex-search 10s "http://127.0.0.1:$P" "$here/peer-search.lua" OP=search
measure peer-search 10s "http://127.0.0.1:$PEER" "$here/peer-search.lua" OP=search PEER=1
measure errdex-match 10s "http://127.0.0.1:$P" "$here/peer-search.lua" OP=match
measure peer-match 10s "http://127.0.0.1:$PEER" "$here/peer-search.lua" OP=match PEER=1
fi
fi
if [ "$only" != errorCode ]; then
measure errdex-page "$([ "$only" = pages ] && echo "$warm" || echo 10)s" "http://127.0.0.1:$P" "$here/peer-page.lua" \
  PREFIX=/errors/
measure nginx-page 10s "http://127.0.0.1:$NG" "$here/peer-page.lua" PREFIX=/errors/
measure errdex-page-gzip 10s "http://127.0.0.1:$P" "$here/peer-page.lua" PREFIX=/errors/ "${gz[@]}"
measure nginx-page-gzip 10s "http://127.0.0.1:$NGZ" "$here/peer-page.lua" PREFIX=/errors/ "${gz[@]}"
fi
stop_errdex
if [ "$only" != pages ]; then
start_errdex true
measure errdex-errorCode-cached "$((2 * warm))s" "http://127.0.0.1:$P" "$perf/gql.lua"
measure peer-errorCode-again 10s "http://127.0.0.1:$PEER" "$perf/path.lua" PREFIX=/lookup/
fi
echo "end   $(date -u +%H:%M:%S) UTC  load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$w" <<'PY'
import os, re, sys
w = sys.argv[1]
def rps(n): return float(re.search(r'Requests/sec:\s+([0-9.]+)', open(f'{w}/{n}.txt').read()).group(1))
for a, b in [('errdex-errorCode-uncached', 'peer-errorCode'), ('errdex-errorCode-cached', 'peer-errorCode-again'),
             ('errdex-search', 'peer-search'), ('errdex-match', 'peer-match'),
             ('errdex-page', 'nginx-page'), ('errdex-page-gzip', 'nginx-page-gzip')]:
    if not os.path.exists(f'{w}/{a}.txt'):
        continue
    print(f'ratio {a:26s} / {b:20s} = {rps(a) / rps(b):.2f}')
PY
