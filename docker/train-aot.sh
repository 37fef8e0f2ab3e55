#!/usr/bin/env bash
# Makes the AOT cache of one build of the service (JDK 25 and later, JEP 483 and 515): starts it with
# -XX:AOTCacheOutput, sends it the reads a catalogue serves most, and stops it; the JVM writes the cache as it exits.
# A service started with -XX:AOTCache=<cache> then finds its classes loaded, linked and profiled, which is most of
# what its start-up otherwise spends. The cache fits that build and that JVM only: make it again with every build.
#
#   docker/train-aot.sh <quarkus-app directory> <cache file>
#
# The service runs with the configuration of the environment (JAVA, default java; JAVA_OPTS; QUARKUS_DATASOURCE_*),
# on port TRAINING_PORT (default 8099). With no database configured it starts its embedded one, with the seed
# catalogue, in a temporary directory: that is how the image build (docker/Dockerfile) trains. The benchmark
# (src/bench/benchmark.sh) trains against its own database. The reads use the seed catalogue's anthologies, which
# both hold. Only bash is needed, no curl: the image has none.
set -euo pipefail

app=${1:?the quarkus-app directory}
cache=${2:?the cache file to write}
port=${TRAINING_PORT:-8099}
data=""
if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    data=$(mktemp -d)
    export CATALOGUE_EMBEDDED_DATABASE_DATA_DIR="$data/postgres"
fi
log=$(mktemp)
trap 'rm -rf "$log" ${data:+"$data"}' EXIT

get() {  # get <path> [header]: the status code of a GET, or nothing while the service does not answer
    { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 0
    printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n%s\r\n' "$1" "${2:+$2$'\r\n'}" >&3
    local status
    read -r _ status _ <&3 || true
    exec 3>&-
    printf '%s' "$status"
}

rm -f "$cache"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
QUARKUS_HTTP_PORT=$port "${JAVA:-java}" ${JAVA_OPTS:-} -XX:AOTCacheOutput="$cache" -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
service=$!
for _ in $(seq 600); do
    [ "$(get /api/v1/anthologies/memories)" = 200 ] && break
    kill -0 "$service" 2>/dev/null || { tail -20 "$log" >&2; exit 1; }
    sleep 0.1
done
for _ in $(seq 40); do
    for path in /api/v1/anthologies/memories /api/v1/anthologies/robot-carnival \
        "/api/v1/anthologies/memories?include=segments,credits" "/api/v1/anthologies/neo-tokyo?include=segments,credits,releases" \
        "/api/v1/anthologies?limit=20&include=segments,credits" "/api/v1/anthologies?kind=film&yearFrom=1980&yearTo=2000&sort=-releaseYear&limit=20" \
        "/api/v1/search?q=otomo&limit=10" "/api/v1/search?q=memories&limit=10" "/api/v1/search?q=%E5%A4%A7%E5%8F%8B" \
        /api/v1/people/katsuhiro-otomo /api/v1/companies/madhouse "/api/v1/segments?anthology=memories" /api/v1/releases; do
        get "$path" >/dev/null
    done
    get /api/v1/anthologies/memories 'If-None-Match: "training"' >/dev/null
done
kill "$service"
wait "$service" || true   # the JVM assembles the cache before it exits
[ -s "$cache" ] || { echo "No AOT cache was written:" >&2; tail -20 "$log" >&2; exit 1; }
echo "AOT cache written: $cache"
