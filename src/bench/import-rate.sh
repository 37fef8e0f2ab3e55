#!/usr/bin/env bash
# Import rate and round trip at scale. Exports a catalogue held in one data directory (generate it first:
# `java -jar target/quarkus-app/quarkus-run.jar generate 100000`), imports the file over HTTP into a second, empty
# instance whose heap is capped, and exports that instance again to check that the bytes are the same.
#
#   bash src/bench/import-rate.sh [source-data-dir]     # default: ~/.anime-catalogue/postgres-17
#
# Env: APP (the packaged service, default target/quarkus-app/quarkus-run.jar), HEAP (the importing instance's -Xmx,
# default 512m). Prints the export's size and time, the import report and rate, and whether the round trip held.
set -euo pipefail

SOURCE=${1:-$HOME/.anime-catalogue/postgres-17}
APP=${APP:-target/quarkus-app/quarkus-run.jar}
HEAP=${HEAP:-512m}
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

start() { # data-dir port heap log [env...]
    local dir=$1 port=$2 heap=$3 log=$4
    shift 4
    env CATALOGUE_EMBEDDED_DATABASE_DATA_DIR="$dir" QUARKUS_HTTP_PORT="$port" "$@" \
        java -Xmx"$heap" -jar "$APP" >"$log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 120); do
        curl -sf "http://localhost:$port/q/health/ready" >/dev/null && return 0
        sleep 1
    done
    echo "the service on port $port did not start; see $log" >&2
    cat "$log" >&2
    exit 1
}

start "$SOURCE" 8093 1g "$work/source.log"
begin=$(date +%s.%N)
curl -sf http://localhost:8093/api/v1/export -o "$work/catalogue.ndjson"
end=$(date +%s.%N)
printf 'export:  %s records, %s MB in %.1f s\n' "$(wc -l <"$work/catalogue.ndjson")" \
    "$(( $(stat -c %s "$work/catalogue.ndjson") / 1000000 ))" "$(echo "$end - $begin" | bc)"
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()

start "$work/target-db" 8094 "$HEAP" "$work/target.log" CATALOGUE_SEED=false
token=$(grep -o 'Editor token for local use: [^ ]*' "$work/target.log" | awk '{print $NF}')
report=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$work/catalogue.ndjson" http://localhost:8094/api/v1/import)
echo "import:  $report"
echo "$report" | python3 -c '
import json, sys
r = json.load(sys.stdin)
seconds = r["durationMillis"] / 1000
print("rate:    %d anthologies (with their segments and credits) in %.1f s = %.0f anthologies/s, heap -Xmx'"$HEAP"'"
      % (r["anthologies"]["created"], seconds, r["anthologies"]["created"] / seconds))'
curl -sf http://localhost:8094/api/v1/export -o "$work/again.ndjson"
if cmp -s "$work/catalogue.ndjson" "$work/again.ndjson"; then
    echo "round trip: the second instance exports the same bytes"
else
    echo "round trip: the exports differ" >&2
    exit 1
fi
