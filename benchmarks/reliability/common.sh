# Shared by the reliability scripts (sourced, not run): where PostgreSQL, the service jar and GreenMail are
# (PGHOST, PGUSER, JAR, GREENMAIL_JAR), tool and jar checks, loopback ports, GreenMail standalone, the scratch
# database, checks and their tally, clean-up. A script sets root, db and work, and defines stop_services (kills its
# own errdex processes) before it sources this file.

pghost=${PGHOST:-127.0.0.1}
pguser=${PGUSER:-postgres}
jar=${JAR:-$root/graphql-api/target/quarkus-app/quarkus-run.jar}
gm_jar=${GREENMAIL_JAR:-$root/target/reliability/greenmail-standalone-2.1.7.jar}
[ -f "$gm_jar" ] || gm_jar=$HOME/.m2/repository/com/icegreen/greenmail-standalone/2.1.7/greenmail-standalone-2.1.7.jar

# jar_db_kind: the database kind $jar was built for (h2 or postgresql), fixed at build time: read from the
# application's own jar next to quarkus-run.jar.
jar_db_kind() {
    python3 - "$(dirname "$jar")/app" <<'PY'
import glob, re, sys, zipfile
for j in glob.glob(sys.argv[1] + "/*.jar"):
    with zipfile.ZipFile(j) as z:
        if "application.properties" in z.namelist():
            m = re.search(r"^errdex\.db-kind=(\S+)", z.read("application.properties").decode(), re.M)
            print(m.group(1) if m else "?")
            break
PY
}

# require_postgres_jar <how to build it>: java, python3 and psql are there, and $jar is the PostgreSQL build.
require_postgres_jar() {
    for tool in java python3 psql; do
        command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 2; }
    done
    [ -f "$jar" ] || { echo "$jar is missing: $1" >&2; exit 2; }
    [ -f "$gm_jar" ] || { echo "GreenMail standalone is missing: see the usage at the top of $0" >&2; exit 2; }
    local kind
    kind=$(jar_db_kind)
    if [ "$kind" != postgresql ]; then
        echo "$jar is not the PostgreSQL build (db kind '$kind'): $1" >&2
        exit 2
    fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.1f}')"; }
psql_db() { psql -h "$pghost" -U "$pguser" -d "$db" -XAtq -v ON_ERROR_STOP=1 -c "$1"; }

passed=0
failed=0
check() { # check <name> <expected> <actual>
    if [ "$2" = "$3" ]; then
        passed=$((passed + 1)); echo "  ok    $1: $3"
    else
        failed=$((failed + 1)); echo "  FAIL  $1: expected $2, got $3"
    fi
}
check_true() { # check_true <name> <python condition> <shown value>
    if python3 -c "import sys; sys.exit(0 if ($2) else 1)"; then
        passed=$((passed + 1)); echo "  ok    $1: $3"
    else
        failed=$((failed + 1)); echo "  FAIL  $1: $3"
    fi
}

gm_pid=
cleanup() {
    set +e
    stop_services
    [ -n "$gm_pid" ] && kill "$gm_pid" 2>/dev/null && wait "$gm_pid" 2>/dev/null
    if [ "${KEEP:-0}" = 1 ]; then
        echo "kept: database $db, logs in $work"
    else
        psql -h "$pghost" -U "$pguser" -d postgres -XAtq -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_greenmail: GreenMail standalone on two free loopback ports (sets smtp_port, imap_port, gm_pid), user
# support/secret; returns when IMAP accepts connections.
start_greenmail() {
    smtp_port=$(free_port)
    imap_port=$(free_port)
    java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" \
        -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$imap_port" \
        -Dgreenmail.users=support:secret@errdex.test -jar "$gm_jar" >"$work/greenmail.log" 2>&1 &
    gm_pid=$!
    for _ in $(seq 1 100); do
        python3 -c "import socket; socket.create_connection(('127.0.0.1', $imap_port), 1).close()" 2>/dev/null && break
        kill -0 "$gm_pid" 2>/dev/null || { cat "$work/greenmail.log" >&2; exit 1; }
        sleep 0.2
    done
    echo "GreenMail: SMTP $smtp_port, IMAP $imap_port"
}

# check_mailbox_flagged <n>: GreenMail's INBOX holds n messages and every one carries $ErrdexProcessed.
check_mailbox_flagged() {
    local counts
    counts=$(IMAP_PORT="$imap_port" timeout 60 python3 - <<'PY'
import imaplib, os
m = imaplib.IMAP4("127.0.0.1", int(os.environ["IMAP_PORT"]))
m.login("support", "secret")
m.select("INBOX", readonly=True)
_, all_ = m.uid("SEARCH", None, "ALL")
_, todo = m.uid("SEARCH", None, "UNKEYWORD", "$ErrdexProcessed")
print(f"{len(all_[0].split())} {len(todo[0].split())}")
m.logout()
PY
) || counts="? ?"
    check "GreenMail messages" "$1" "${counts% *}"
    check "GreenMail messages not flagged \$ErrdexProcessed" 0 "${counts#* }"
}
