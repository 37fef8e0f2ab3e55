#!/usr/bin/env bash
# Import rate against pg_restore, and the round trip, in one run from scratch. On a PostgreSQL server (default
# localhost:5432, user postgres) it creates its own databases, fills one with the generated catalogue (`generate`),
# then measures in the same run:
#   - pg_restore -j 2 of a `pg_dump -Fc` of that database into an empty one (what the import is held against);
#   - the service's import (POST /api/v1/import of the service's NDJSON export) into an empty catalogue;
# and checks that the imported catalogue exports the same bytes. Its databases are dropped at the end.
#
#   bash src/bench/import-rate.sh [-n anthologies]     # default 20000
#
# Env: APP (the packaged service, default target/quarkus-app/quarkus-run.jar), JAVA (default java), HEAP (the
# importing instance's -Xmx beside the README's -XX:+UseSerialGC, default the README's 192m), PGHOST, PGPORT, PGUSER (default localhost, 5432, postgres), DB_PREFIX
# (default import_rate; the databases are <prefix>_source, <prefix>_restore and <prefix>_import), PORT (the first of
# the two HTTP ports the script uses, default 8093), KEEP_SOURCE=1 (keep the generated database for the next run,
# which then skips generating: a minute per 20,000 anthologies). The pg_dump and pg_restore on PATH must suit the server.
# The last line it prints: `ratio: import <x> s / pg_restore -j 2 <y> s = <r>`.
set -euo pipefail

ANTHOLOGIES=20000
while getopts 'n:' option; do
    case $option in
        n) ANTHOLOGIES=$OPTARG ;;
        *) echo "usage: $0 [-n anthologies]" >&2; exit 2 ;;
    esac
done
APP=${APP:-target/quarkus-app/quarkus-run.jar}
JAVA=${JAVA:-java}
HEAP=${HEAP:-192m}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PREFIX=${DB_PREFIX:-import_rate}
PORT=${PORT:-8093}
SOURCE_DB=${PREFIX}_source RESTORE_DB=${PREFIX}_restore IMPORT_DB=${PREFIX}_import
[ -f "$APP" ] || { echo "no $APP: build the service first (./mvnw package -DskipTests)" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    for db in "$RESTORE_DB" "$IMPORT_DB"; do dropdb --if-exists "$db" 2>/dev/null || true; done
    [ "${KEEP_SOURCE:-}" = 1 ] || dropdb --if-exists "$SOURCE_DB" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
seconds() { echo "$2 - $1" | bc; }

for db in "$RESTORE_DB" "$IMPORT_DB"; do
    dropdb --if-exists "$db"
    createdb "$db"
done
generated=$(psql -d "$SOURCE_DB" -Atc 'select count(*) from anthology' 2>/dev/null || echo none)
# generate adds anthologies until there are at least that many
if [ "${KEEP_SOURCE:-}" != 1 ] || ! [ "$generated" -ge "$ANTHOLOGIES" ] 2>/dev/null; then
    dropdb --if-exists "$SOURCE_DB"
    createdb "$SOURCE_DB"
    generated=
fi

# a signing key the instances trust, and an editor's token for the import
openssl genrsa -out "$work/private.pem" 2048 2>/dev/null
openssl rsa -in "$work/private.pem" -pubout -out "$work/public.pem" 2>/dev/null
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
issued=$(date +%s)
jwt_head=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
jwt_body=$(printf '{"iss":"urn:catalogue-import-rate","sub":"import-rate","groups":["editor"],"iat":%d,"exp":%d}' \
    "$issued" "$((issued + 7200))" | b64url)
token="$jwt_head.$jwt_body.$(printf '%s.%s' "$jwt_head" "$jwt_body" | openssl dgst -sha256 -sign "$work/private.pem" | b64url)"

service() { # database port heap log [args...]: runs in the foreground (started with &, its pid is java's)
    local db=$1 port=$2 heap=$3 log=$4
    shift 4
    exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
        QUARKUS_HTTP_PORT="$port" CATALOGUE_SEED=false CATALOGUE_RATE_LIMIT_WRITES_PER_MINUTE=0 \
        MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem" MP_JWT_VERIFY_ISSUER=urn:catalogue-import-rate \
        "$JAVA" -XX:+UseSerialGC -Xmx"$heap" -jar "$APP" "$@" >"$log" 2>&1
}

start() { # database port heap log
    service "$@" &
    pids+=($!)
    for _ in $(seq 1 120); do
        curl -sf "http://localhost:$2/q/health/ready" >/dev/null && return 0
        sleep 1
    done
    echo "the service on port $2 did not start; see $4" >&2
    cat "$4" >&2
    exit 1
}

stop() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    pids=()
}

if [ -z "$generated" ]; then
    begin=$(now)
    (service "$SOURCE_DB" "$PORT" 1g "$work/generate.log" generate "$ANTHOLOGIES") || { cat "$work/generate.log" >&2; exit 1; }
    printf 'generate: %s anthologies into %s in %.1f s\n' "$ANTHOLOGIES" "$SOURCE_DB" "$(seconds "$begin" "$(now)")"
    psql -q -d "$SOURCE_DB" -c 'vacuum analyze'
else
    echo "generate: $SOURCE_DB kept from an earlier run (KEEP_SOURCE=1) holds $generated anthologies"
fi

pg_dump -Fc -f "$work/catalogue.dump" "$SOURCE_DB"
begin=$(now)
pg_restore -j 2 -d "$RESTORE_DB" "$work/catalogue.dump"
restore_seconds=$(seconds "$begin" "$(now)")
printf 'pg_restore -j 2: %s MB dump into an empty database in %.1f s\n' \
    "$(( $(stat -c %s "$work/catalogue.dump") / 1000000 ))" "$restore_seconds"

start "$SOURCE_DB" "$PORT" 1g "$work/source.log"
begin=$(now)
curl -sf "http://localhost:$PORT/api/v1/export" -o "$work/catalogue.ndjson"
printf 'export:  %s records, %s MB in %.1f s\n' "$(wc -l <"$work/catalogue.ndjson")" \
    "$(( $(stat -c %s "$work/catalogue.ndjson") / 1000000 ))" "$(seconds "$begin" "$(now)")"
stop

start "$IMPORT_DB" "$((PORT + 1))" "$HEAP" "$work/import.log"
begin=$(now)
report=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$work/catalogue.ndjson" "http://localhost:$((PORT + 1))/api/v1/import")
import_seconds=$(seconds "$begin" "$(now)")
echo "import:  $report"
echo "$report" | python3 -c '
import json, sys
r = json.load(sys.stdin)
seconds = r["durationMillis"] / 1000
print("rate:    %d anthologies (with their segments and credits) in %.1f s = %.0f anthologies/s, heap -Xmx'"$HEAP"'"
      % (r["anthologies"]["created"], seconds, r["anthologies"]["created"] / seconds))'
grep -E 'Import phase|Restore phase' "$work/import.log" | sed 's/^.*\(Import\|Restore\) phase/phase:   \1 phase/' || true
curl -sf "http://localhost:$((PORT + 1))/api/v1/export" -o "$work/again.ndjson"
stop
if cmp -s "$work/catalogue.ndjson" "$work/again.ndjson"; then
    echo "round trip: the imported catalogue exports the same bytes"
else
    echo "round trip: the exports differ" >&2
    exit 1
fi
printf 'ratio: import %.1f s / pg_restore -j 2 %.1f s = %.2f\n' "$import_seconds" "$restore_seconds" \
    "$(echo "$import_seconds / $restore_seconds" | bc -l)"
