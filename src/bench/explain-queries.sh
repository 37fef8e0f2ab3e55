#!/usr/bin/env bash
# The query plans PostgreSQL chose for every list filter, sort and search, on a synthetic catalogue: evidence that each
# is served by an index rather than by reading whole tables. Run it against the data directory that `generate` filled:
#
#   java -jar target/quarkus-app/quarkus-run.jar generate 100000     # once; data in ~/.anime-catalogue/postgres-17
#   bash src/bench/explain-queries.sh [data-directory]
#
# or against a PostgreSQL server that holds one (benchmark.sh fills catalogue_bench on localhost:5432):
#
#   JDBC_URL=jdbc:postgresql://localhost:5432/catalogue_bench PGLOG=/var/log/postgresql/postgresql-15-main.log \
#     bash src/bench/explain-queries.sh
#
# It starts the packaged service on port 8089 over that database, with PostgreSQL's auto_explain module logging the
# plan of every statement the service runs (EXPLAIN ANALYZE, as executed, with the real parameters). For each request
# it prints the URL and the scans of its plans: an index scan names the index; a "Seq Scan" line would be a table read
# whole. The full plans are kept in the file the last line names.
set -euo pipefail

DATA_DIR=${1:-$HOME/.anime-catalogue/postgres-17}
APP=${APP:-target/quarkus-app/quarkus-run.jar}
PORT=8089
BASE=http://localhost:$PORT
LOG="$DATA_DIR.log"   # where the embedded server writes its log (see EmbeddedDatabase)

[ -f "$APP" ] || { echo "No $APP: build first (./mvnw package -DskipTests)" >&2; exit 1; }
if [ -n "${JDBC_URL:-}" ]; then
    # a server: the service connects as PGUSER (default postgres), which auto_explain needs to be a superuser
    export QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME="${PGUSER:-postgres}"
    LOG=${PGLOG:?"PGLOG must name the server's log file"}
else
    [ -d "$DATA_DIR" ] || { echo "No database in $DATA_DIR: generate a catalogue first, see above." >&2; exit 1; }
    export CATALOGUE_EMBEDDED_DATABASE_DATA_DIR="$DATA_DIR"
fi

service_log=$(mktemp)
plans=$(mktemp --suffix=.plans.txt)
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_ADDITIONAL_JDBC_PROPERTIES_OPTIONS="-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 -c auto_explain.log_analyze=on -c auto_explain.log_timing=off" \
    java -jar "$APP" >"$service_log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null; rm -f "$service_log"' EXIT
for _ in $(seq 120); do
    curl -sf -o /dev/null "$BASE/q/health/ready" && break
    sleep 1
done
curl -sf -o /dev/null "$BASE/api/v1/anthologies/g0-0" || { echo "The service did not start, or holds no synthetic catalogue:" >&2; tail -20 "$service_log" >&2; exit 1; }

explain() {
    local path=$1 from
    curl -s -o /dev/null "$BASE$path"            # the first call plans and warms; the second is the one shown
    from=$(wc -l <"$LOG")
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
    sleep 0.3
    printf '\n%s  -> %s\n' "$path" "$status" | tee -a "$plans"
    tail -n +"$((from + 1))" "$LOG" >>"$plans"
    tail -n +"$((from + 1))" "$LOG" | grep -oE '(Parallel )?(Seq Scan on [a-z_]+|(Bitmap )?Index (Only )?Scan( Backward)? (using|on) [a-z_]+( on [a-z_]+)?)' \
        | sort | uniq -c | sed 's/^/    /'
}

echo "Plans of the statements behind each request, on $(curl -s "$BASE/api/v1/anthologies?limit=1&total=true" | grep -o '"total":[0-9]*' | cut -d: -f2) anthologies:"
# anthologies: every filter, the sorts, and a page with everything embedded
explain "/api/v1/anthologies?yearFrom=1990&yearTo=1994"
explain "/api/v1/anthologies?kind=ova&sort=-releaseYear"
explain "/api/v1/anthologies?kind=film&yearFrom=1990&yearTo=1994&sort=-releaseYear&limit=20&include=segments,credits,companies"
explain "/api/v1/anthologies?country=JP&sort=title"
explain "/api/v1/anthologies?company=g7-company-1"
explain "/api/v1/anthologies?person=g7-person-3"
explain "/api/v1/anthologies?person=g7-person-3&role=director"
explain "/api/v1/anthologies?role=original_creator&sort=createdAt"
explain "/api/v1/anthologies?sort=-title&include=releases&total=true"
# segments
explain "/api/v1/segments?anthology=g7-12"
explain "/api/v1/segments?person=g7-person-3&role=music"
explain "/api/v1/segments?studio=g7-company-0&sort=-runtimeMinutes"
explain "/api/v1/segments?sort=title"
# releases
explain "/api/v1/releases?format=blu_ray&sort=-releaseDate"
explain "/api/v1/releases?country=US&publisher=g7-company-4"
explain "/api/v1/releases?regionCode=A&releasedFrom=2000-01-01&releasedTo=2004-12-31"
explain "/api/v1/releases?printStatus=out_of_print&hasSegment=g7-12-s1"
# people
explain "/api/v1/people?anthology=g7-12"
explain "/api/v1/people?role=director&sort=-birthYear"
explain "/api/v1/people?sort=name"
# search: a word, words in another order, a typo, Japanese of one and two characters, a name, text inside words
explain "/api/v1/search?q=memory"
explain "/api/v1/search?q=tanaka%20haruka"
explain "/api/v1/search?q=labyrnth"
explain "/api/v1/search?q=%E5%A4%A2"
explain "/api/v1/search?q=%E8%BF%B7%E5%AE%AE"
explain "/api/v1/search?q=%E9%81%A5"
explain "/api/v1/search?q=tanaka&type=person"
explain "/api/v1/search?q=otomo"
echo
echo "Full plans: $plans"
