#!/usr/bin/env bash
# The benchmark suite: how close the service comes to what its PostgreSQL can do, in one command.
#
#   bash src/bench/benchmark.sh
#
# On the PostgreSQL server at PGHOST:PGPORT (default localhost:5432, user postgres), in the database BENCH_DB
# (default catalogue_bench), which it fills with a synthetic catalogue of ANTHOLOGIES anthologies (default 100,000;
# about 6 minutes, once) when it holds none. Then, all on this machine and in this run:
#
#   1. the ceiling: pgbench runs the statements a detail read sends (captured from the service itself, with the
#      anthology picked at random), at the same concurrency as the load below;
#   2. the service, started as production starts it (see "Deploying" in the README: JAVA_OPTS, default
#      "-XX:+UseSerialGC -Xmx128m", on the JVM JAVA, default java; on JDK 25 and later with the AOT cache that
#      docker/train-aot.sh makes once per build), against the same server: start-up
#      time to its first answered request, then wrk at CONNECTIONS (16) connections for DURATION (30s) after WARMUP
#      (10s) per scenario: detail read, detail with segments and credits, a filtered list page of 20, search, a
#      conditional read answered 304, a small write (PATCH), and an import of IMPORT_ANTHOLOGIES (2,000) anthologies
#      with their segments and credits;
#   3. one table: requests per second, median and p99 latency, and for reads the ratio to the pgbench ceiling; then
#      the resident memory of the service after the run, and the budget, line by line.
#
# PGLOG names the server's log file when Debian's pg_lsclusters does not know the server.
#
# Needs: a JDK 17+, curl, openssl, psql, pgbench and wrk. It installs wrk (and pgbench) with apt-get when run as root
# on Debian or Ubuntu, and otherwise says what is missing. It builds the service if target/quarkus-app is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-catalogue_bench}
ANTHOLOGIES=${ANTHOLOGIES:-100000}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xmx128m"}
IMPORT_ANTHOLOGIES=${IMPORT_ANTHOLOGIES:-2000}
PORT=${PORT:-8093}
APP=target/quarkus-app/quarkus-run.jar
BASE=http://localhost:$PORT
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB"

# --- tools ---------------------------------------------------------------------------------------------------------
need() {  # need <command> <Debian package>
    command -v "$1" >/dev/null && return
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get install -y -q "$2" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "$2" >/dev/null; }
    fi
    command -v "$1" >/dev/null || { echo "Missing: $1 (Debian/Ubuntu package $2)" >&2; exit 1; }
}
for bin in /usr/lib/postgresql/*/bin; do [ -x "$bin/pgbench" ] && PATH="$PATH:$bin"; done
need curl curl
need openssl openssl
need psql postgresql-client
need pgbench postgresql-contrib
need wrk wrk
[ -f "$APP" ] || ./mvnw -q -B package -DskipTests
pg_isready -q || { echo "No PostgreSQL answers at $PGHOST:$PGPORT (set PGHOST, PGPORT, PGUSER)." >&2; exit 1; }

work=$(mktemp -d)
service=""
stop_service() {
    if [ -n "$service" ]; then kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; service=""; fi
}
trap 'stop_service; rm -rf "$work"' EXIT

# --- the catalogue -------------------------------------------------------------------------------------------------
if ! psql -d postgres -Atc "select 1 from pg_database where datname = '$BENCH_DB'" | grep -q 1; then
    psql -q -d postgres -c "create database $BENCH_DB"
fi
# SSD storage: see "Deploying" in the README. A database setting, so the server needs no restart.
psql -q -d "$BENCH_DB" -c "alter database $BENCH_DB set random_page_cost = 1.1"
held=$(psql -d "$BENCH_DB" -Atc "select count(*) from anthology where slug like 'g%-%'" 2>/dev/null || echo 0)
if [ "$held" -lt "$ANTHOLOGIES" ]; then
    echo "Generating a catalogue of $ANTHOLOGIES anthologies in $BENCH_DB (it holds $held; this takes a while, once)..."
    QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
        java -Xmx1g -jar "$APP" generate "$((ANTHOLOGIES - held))" >"$work/generate.log" 2>&1 \
        || { tail -20 "$work/generate.log" >&2; exit 1; }
    psql -q -d "$BENCH_DB" -c "vacuum analyze"
fi
batches=$((ANTHOLOGIES / 500))
psql -q -d "$BENCH_DB" -c "delete from anthology where slug like 'bench-%'"   # what an earlier run imported

# --- a signing key the service trusts, and an editor's token --------------------------------------------------------
openssl genrsa -out "$work/private.pem" 2048 2>/dev/null
openssl rsa -in "$work/private.pem" -pubout -out "$work/public.pem" 2>/dev/null
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
jwt_head=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
jwt_body=$(printf '{"iss":"urn:catalogue-benchmark","sub":"benchmark","groups":["editor"],"iat":%d,"exp":%d}' "$now" "$((now + 7200))" | b64url)
TOKEN="$jwt_head.$jwt_body.$(printf '%s.%s' "$jwt_head" "$jwt_body" | openssl dgst -sha256 -sign "$work/private.pem" | b64url)"

java_major=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
AOT_CACHE=target/quarkus-app/app.aot

start_service() {  # start_service [extra JDBC options]; sets $service and $startup_ms
    local started options=()
    [ -n "${1:-}" ] && options=("QUARKUS_DATASOURCE_JDBC_ADDITIONAL_JDBC_PROPERTIES_OPTIONS=$1")
    started=$(date +%s%N)
    env "${options[@]}" QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_HTTP_PORT=$PORT \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem" MP_JWT_VERIFY_ISSUER=urn:catalogue-benchmark \
    CATALOGUE_RATE_LIMIT_WRITES_PER_MINUTE=0 CATALOGUE_RATE_LIMIT_SEARCHES_PER_MINUTE=0 \
        "$JAVA" $JAVA_OPTS ${AOT_OPTS:-} -jar "$APP" >"$work/service.log" 2>&1 &
    service=$!
    for _ in $(seq 1200); do
        curl -sf -o /dev/null "$BASE/api/v1/anthologies/g0-0" && break
        kill -0 "$service" 2>/dev/null || { tail -20 "$work/service.log" >&2; exit 1; }
        sleep 0.05
    done
    startup_ms=$((($(date +%s%N) - started) / 1000000))
}

# --- 1. the ceiling: the statements of one detail read, as PostgreSQL received them ---------------------------------
server_log=${PGLOG:-$(pg_lsclusters -h 2>/dev/null | awk -v port="$PGPORT" '$3 == port {print $7}')}
if [ -z "$server_log" ] || [ ! -r "$server_log" ]; then
    echo "Cannot read the PostgreSQL server's log, which holds the statements to replay: set PGLOG to its file." >&2
    exit 1
fi
start_service "-c log_min_duration_statement=0"
curl -sf -o /dev/null "$BASE/api/v1/anthologies/g1-1"      # the first read of a kind plans and prepares
from=$(wc -l <"$server_log")
curl -sf -o /dev/null "$BASE/api/v1/anthologies/g1-1"
sleep 0.5
stop_service
# "execute <name>: SQL" then "DETAIL:  Parameters: (parameters: before PostgreSQL 16) $1 = '...', ..." becomes one line of SQL with the values in place;
# the anthology's slug becomes a random one of the generated catalogue's.
cat >"$work/statements.awk" <<'AWK'
function flush(    i, value) {
    if (sql == "") return
    for (i = n; i >= 1; i--) {           # $10 before $1
        value = (values[i] == "'g1-1'") ? "('g' || :b || '-' || :i)" : values[i]
        gsub(/&/, "\\&", value)
        gsub("\\$" i, value, sql)
    }
    print sql ";"
    sql = ""; n = 0
}
!/^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] / { if (sql != "") sql = sql " " $0; next }   # a statement's next line
/LOG:  duration: / {
    flush()
    if ($0 ~ /  (execute [^:]*|statement): /) { sql = $0; sub(/.*  (execute [^:]*|statement): /, "", sql) }
    next                                  # parse and bind lines repeat the statement: skipped, with their parameters
}
/DETAIL:  [Pp]arameters: / {
    if (sql == "") next
    line = $0; sub(/.*DETAIL:  [Pp]arameters: /, "", line); n = 0
    while (match(line, /\$[0-9]+ = (NULL|'([^']|'')*')/)) {
        item = substr(line, RSTART, RLENGTH); sub(/^\$[0-9]+ = /, "", item)
        values[++n] = item; line = substr(line, RSTART + RLENGTH)
    }
    next
}
END { flush() }
AWK
tail -n +"$((from + 1))" "$server_log" | awk -f "$work/statements.awk" >"$work/statements.sql"
statements=$(grep -c . "$work/statements.sql" || true)
[ "$statements" -gt 0 ] || { echo "No statements of a detail read were found in $server_log." >&2; exit 1; }
{
    printf '\\set b random(0, %d)\n\\set i random(0, 499)\n' "$((batches - 1))"
    cat "$work/statements.sql"
} >"$work/detail.pgbench"
cp "$work/detail.pgbench" "${TMPDIR:-/tmp}/catalogue-detail.pgbench"   # kept, to read or rerun
pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "${WARMUP%s}" -f "$work/detail.pgbench" "$BENCH_DB" >/dev/null
pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" -r -f "$work/detail.pgbench" "$BENCH_DB" >"$work/pgbench.out"
ceiling=$(awk '/^tps = / {print $3; exit}' "$work/pgbench.out")
ceiling_latency=$(awk '/^latency average = / {print $4; exit}' "$work/pgbench.out")

# --- 2. the service -------------------------------------------------------------------------------------------------

# Each wrk thread runs its own copy of a script: seeded alike, the two threads asked for the same anthologies in the
# same order (and the PATCH scenario raced itself). Each thread gets a seed of its own.
SEEDING='local threads = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
function init(args) math.randomseed(os.time() * 1000 + id) end'
detail_script() {  # detail_script <file> <query string>: reads of random generated anthologies
    cat >"$1" <<LUA
$SEEDING
request = function()
  return wrk.format("GET", string.format("/api/v1/anthologies/g%d-%d$2", math.random(0, $batches - 1), math.random(0, 499)))
end
LUA
}
detail_script "$work/detail.lua" ""
detail_script "$work/embedded.lua" "?include=segments,credits"
cat >"$work/list.lua" <<LUA
$SEEDING
local kinds = {"film", "ova", "tv", "web"}
request = function()
  local from = math.random(1980, 2020)
  return wrk.format("GET", string.format("/api/v1/anthologies?kind=%s&yearFrom=%d&yearTo=%d&sort=-releaseYear&limit=20",
    kinds[math.random(1, #kinds)], from, from + 4))
end
LUA
cat >"$work/search.lua" <<LUA
$SEEDING
local terms = {"memory", "carnival", "labyrinth", "rose", "engine", "garden", "signal", "harbour", "lantern", "mirror",
  "orbit", "circus", "tower", "voyage", "echo", "machine", "tanaka", "suzuki", "haruka", "kenji", "yamamoto",
  "otomo", "memories", "magnetic%20rose", "%E5%A4%A2", "%E8%BF%B7%E5%AE%AE", "%E7%94%B0%E4%B8%AD", "labyrnth", "cirkus"}
request = function()
  return wrk.format("GET", "/api/v1/search?q=" .. terms[math.random(1, #terms)] .. "&limit=10")
end
LUA
# JDK 25 and later keep the classes a run loaded, linked and profiled in an AOT cache (JEP 483, 515), which is most of
# what start-up spends its time on. The cache belongs to one build of the service on one JVM with its options (a
# cache made for another heap or collector is ignored): made again when a jar is newer or the JVM's command changed.
if [ "${java_major%%.*}" -ge 25 ]; then
    if [ ! -f "$AOT_CACHE" ] || [ -n "$(find target/quarkus-app -name '*.jar' -newer "$AOT_CACHE" -print -quit)" ] \
        || [ "$(cat "$AOT_CACHE.jvm" 2>/dev/null)" != "$JAVA $JAVA_OPTS" ]; then
        echo "Training the AOT cache of this build ($AOT_CACHE), as the image build does..." >&2
        QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME="$PGUSER" JAVA="$JAVA" JAVA_OPTS="$JAVA_OPTS" \
            docker/train-aot.sh target/quarkus-app "$AOT_CACHE" >/dev/null
        printf '%s' "$JAVA $JAVA_OPTS" >"$AOT_CACHE.jvm"
    fi
    AOT_OPTS="-XX:AOTCache=$AOT_CACHE"
fi
start_service
startup=$startup_ms

# 304s: the ETags of 200 anthologies, read once, sent back in If-None-Match
{
    echo 'local tags = {'
    for n in $(seq 0 199); do
        slug="g$((n % batches))-$((n * 7 % 500))"
        tag=$(curl -sfI "$BASE/api/v1/anthologies/$slug" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
        printf '  {"%s", %s},\n' "$slug" "$(printf '%s' "$tag" | sed 's/"/\\"/g; s/^/"/; s/$/"/')"
    done
    echo '}'
    cat <<'LUA'
local n = 0
request = function()
  n = n % #tags + 1
  return wrk.format("GET", "/api/v1/anthologies/" .. tags[n][1], {["If-None-Match"] = tags[n][2]})
end
LUA
} >"$work/conditional.lua"
cat >"$work/write.lua" <<LUA
$SEEDING
local headers = {["Authorization"] = "Bearer $TOKEN", ["Content-Type"] = "application/merge-patch+json", ["If-Match"] = "*"}
request = function()
  local body = string.format('{"synopsis": "Benchmarked at %d."}', math.random(1, 1000000000))
  return wrk.format("PATCH", string.format("/api/v1/anthologies/g%d-%d", math.random(0, $batches - 1), math.random(0, 499)), headers, body)
end
LUA

results=()
budget=()
ms() {  # wrk's 850.00us, 26.31ms or 1.20s, in milliseconds
    awk -v t="$1" 'BEGIN { v = t + 0; if (t ~ /us$/) v /= 1000; else if (t ~ /[0-9]s$/ && t !~ /ms$/) v *= 1000; print v }'
}
check() {  # check <what> <holds? 1|0>
    budget+=("$( [ "$2" = 1 ] && echo "met   " || echo "MISSED") $1")
}
run() {  # run <name> <script> <ceiling ratio? yes|no>
    local name=$1 script=$2 ratio=$3 out rps p50 p99 bad share="-"
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$script" "$BASE" >/dev/null
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$BASE")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    bad=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$out")
    [ "$ratio" = yes ] && share=$(awk -v s="$rps" -v c="$ceiling" 'BEGIN {printf "%.0f%%", 100 * s / c}')
    results+=("$(printf '| %-46s | %9s | %8s | %8s | %9s | %7s |' "$name" "$rps" "$p50" "$p99" "$share" "${bad:-0}")")
    echo "${results[-1]}" >&2   # as it comes, for whoever watches
    if [ "$ratio" = yes ]; then
        check "p99 under 50 ms: $name ($p99)" "$(awk -v p="$(ms "$p99")" 'BEGIN {print (p < 50) ? 1 : 0}')"
    fi
    last_share=$(awk -v s="$rps" -v c="$ceiling" 'BEGIN {print 100 * s / c}')
}
run "Detail read by slug" "$work/detail.lua" yes
check "detail read at 40% of the ceiling or more ($(printf '%.0f' "$last_share")%)" "$(awk -v s="$last_share" 'BEGIN {print (s >= 40) ? 1 : 0}')"
run "Detail with segments and credits embedded" "$work/embedded.lua" yes
check "detail with segments and credits at 25% of the ceiling or more ($(printf '%.0f' "$last_share")%)" "$(awk -v s="$last_share" 'BEGIN {print (s >= 25) ? 1 : 0}')"
run "Filtered list page of 20" "$work/list.lua" yes
run "Search" "$work/search.lua" yes
run "Conditional read answered 304" "$work/conditional.lua" yes
run "Small write (PATCH synopsis)" "$work/write.lua" no

# the import: anthologies of the catalogue under new slugs, so each one is created with its segments and credits
# (grep stops reading after the last one it needs, which cuts curl off: that is expected)
{ curl -s "$BASE/api/v1/export" || true; } | grep -m "$IMPORT_ANTHOLOGIES" '^{"type":"anthology"' \
    | sed 's/"slug":"g/"slug":"bench-g/g; s/"externalIds":{[^}]*},//' >"$work/import.ndjson"
import_started=$(date +%s%N)
import_status=$(curl -s -o "$work/import.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/x-ndjson' --data-binary @"$work/import.ndjson" "$BASE/api/v1/import")
import_ms=$((($(date +%s%N) - import_started) / 1000000))
[ "$import_status" = 200 ] || { echo "The import answered $import_status: $(head -c 600 "$work/import.json")" >&2; exit 1; }
import_rate=$(awk -v n="$IMPORT_ANTHOLOGIES" -v ms="$import_ms" 'BEGIN {printf "%.0f", n * 1000 / ms}')
results+=("$(printf '| %-46s | %9s | %8s | %8s | %9s | %7s |' "Import of $IMPORT_ANTHOLOGIES anthologies (one request)" "$import_rate/s" "-" "${import_ms}ms" "-" 0)")

rss_kb=$(ps -o rss= -p "$service" | tr -d ' ')
stop_service
psql -q -d "$BENCH_DB" -c "delete from anthology where slug like 'bench-%'"

# --- 3. the table ---------------------------------------------------------------------------------------------------
anthology_count=$(psql -d "$BENCH_DB" -Atc "select count(*) from anthology")
printf '\n%s anthologies in %s on PostgreSQL %s; %s cores; wrk and pgbench at %s connections, %s per scenario after %s of warm-up\n' \
    "$anthology_count" "$BENCH_DB" "$(psql -d "$BENCH_DB" -Atc 'show server_version' | cut -d' ' -f1)" "$(nproc)" \
    "$CONNECTIONS" "$DURATION" "$WARMUP"
printf 'The service: Java %s, %s%s\n\n' "$java_major" "$JAVA_OPTS" "${AOT_OPTS:+, AOT cache}"
printf 'Ceiling: pgbench, the %s statements of a detail read: %.0f transactions/s, %s ms average latency\n\n' \
    "$statements" "$ceiling" "$ceiling_latency"
printf '| %-46s | %9s | %8s | %8s | %9s | %7s |\n' "Scenario" "req/s" "median" "p99" "% ceiling" "non-2xx"
printf '| %-46s | %9s | %8s | %8s | %9s | %7s |\n' "---" "---:" "---:" "---:" "---:" "---:"
printf '%s\n' "${results[@]}"
printf '\nStart-up to the first answered request: %d ms. Resident memory after the run: %d MB.\n' "$startup" "$((rss_kb / 1024))"
check "start-up under 3 s (${startup} ms)" "$([ "$startup" -lt 3000 ] && echo 1 || echo 0)"
check "resident memory under 300 MB ($((rss_kb / 1024)) MB)" "$([ "$rss_kb" -lt $((300 * 1024)) ] && echo 1 || echo 0)"
printf '\nBudget:\n'
printf '  %s\n' "${budget[@]}"
