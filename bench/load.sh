#!/usr/bin/env bash
# Load benchmark against the real server on PostgreSQL (issue 8): builds the provider and the probe,
# generates the scale realm, starts its own PostgreSQL 15 (port 55440) and Keycloak (HTTP 8580,
# management 9580), imports the realm and the chat-access document (timed), then measures the
# refresh-token grant without / with our mapper / with the group membership mapper in interleaved
# rounds, SQL statements per grant, admin effective-permission reads and claim sizes.
# Report: benchmarks/target/load/report.md (also printed). Run as root (PostgreSQL runs as postgres).
#
# Settings (environment): LOAD_WORKERS (8), LOAD_SERVER_WARMUP_SECONDS (60, before the rounds),
# LOAD_ROUNDS (3), LOAD_WARMUP_SECONDS (10),
# LOAD_MEASURE_SECONDS (30), LOAD_SQL_REQUESTS (50), LOAD_ADMIN_SECONDS (20), LOAD_CHANNEL
# (whatsapp), LOAD_NODE (loc-0), KC_HEAP (-Xms1g -Xmx1g), KC_DB_POOL (20), KC_TX_TIMEOUT (5m),
# LOAD_DOCUMENT_ASSIGNMENTS (all; a smaller number cuts the document, for smoke runs only),
# LOAD_ASSIGNMENTS_VIA (document; rest = document without assignments, then POST each).
# Quick smoke run (about 4 min; figures not those of the scale realm): LOAD_DOCUMENT_ASSIGNMENTS=500
#   LOAD_SERVER_WARMUP_SECONDS=0 LOAD_ROUNDS=1 LOAD_WARMUP_SECONDS=2 LOAD_MEASURE_SECONDS=5
#   LOAD_ADMIN_SECONDS=5 bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/benchmarks/target/load"
KC_VERSION=26.7.0
KC_HOME="$OUT/keycloak-$KC_VERSION"
PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT=55440
HTTP_PORT=8580
MANAGEMENT_PORT=9580
KC_HEAP=${KC_HEAP:--Xms1g -Xmx1g}
KC_DB_POOL=${KC_DB_POOL:-20}
# the document import runs in one transaction, aborted at this timeout (Keycloak default 5m); when
# the whole document fails, the driver imports it without assignments and posts those one by one
KC_TX_TIMEOUT=${KC_TX_TIMEOUT:-5m}
USER_PASSWORD=bench-password

log() { echo "[load.sh $(date +%T)] $*" >&2; }

if [ "$(id -u)" != 0 ]; then
  echo "run as root: PostgreSQL is started as the postgres user" >&2
  exit 1
fi
if [ ! -x "$PG_BIN/pg_ctl" ]; then
  log "installing PostgreSQL 15"
  apt-get install -y postgresql >&2
fi
for port in $PG_PORT $HTTP_PORT $MANAGEMENT_PORT; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "port $port is in use" >&2
    exit 1
  fi
done

log "building the provider, the probe and the benchmarks"
mvn -B -q install -DskipTests -pl benchmarks,keycloak-probe -am
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

log "generating the scale realm"
mkdir -p "$OUT"
java -cp "$CP" io.chataccess.bench.ScaleRealmFiles "$OUT/data" "$USER_PASSWORD"

PG_DIR=$(mktemp -d /tmp/chat-access-load-pg.XXXXXX)
KC_PID=
cleanup() {
  if [ -n "$KC_PID" ] && kill -0 "$KC_PID" 2>/dev/null; then
    log "stopping Keycloak ($KC_PID)"
    kill "$KC_PID" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$KC_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$KC_PID" 2>/dev/null || true
  fi
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    log "stopping PostgreSQL"
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$PG_DIR"
}
trap cleanup EXIT INT TERM

log "starting PostgreSQL 15 on 127.0.0.1:$PG_PORT ($PG_DIR)"
chown postgres:postgres "$PG_DIR"
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
PG_OPTIONS="-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=50"
PG_OPTIONS="$PG_OPTIONS -c shared_buffers=256MB -c work_mem=8MB"
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" \
  -o "$PG_OPTIONS" -w start >/dev/null
runuser -u postgres -- "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -q \
  -c "CREATE ROLE keycloak LOGIN PASSWORD 'keycloak'" -c "CREATE DATABASE keycloak OWNER keycloak"
PG_VERSION=$(runuser -u postgres -- "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -tA \
  -c "SHOW server_version")

log "unpacking and building Keycloak $KC_VERSION for PostgreSQL"
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  mvn -B -q -N dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip \
    -DoutputDirectory="$OUT"
  unzip -q -o "$OUT/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$OUT"
fi
rm -rf "$KC_HOME/providers/"*.jar "$KC_HOME/data"
cp spi-provider/target/chat-access-provider-*-SNAPSHOT.jar "$KC_HOME/providers/chat-access-provider.jar"
cp keycloak-probe/target/keycloak-probe-*-SNAPSHOT.jar "$KC_HOME/providers/keycloak-probe.jar"
"$KC_HOME/bin/kc.sh" build --db=postgres --health-enabled=true >"$OUT/keycloak-build.log" 2>&1

log "starting Keycloak on :$HTTP_PORT (management :$MANAGEMENT_PORT), log $OUT/keycloak.log"
KC_ARGS=(start --optimized --http-enabled=true --hostname-strict=false
  --http-port=$HTTP_PORT --http-management-port=$MANAGEMENT_PORT --cache=local
  --db-url="jdbc:postgresql://127.0.0.1:$PG_PORT/keycloak" --db-username=keycloak
  --db-password=keycloak --db-pool-initial-size="$KC_DB_POOL" --db-pool-min-size="$KC_DB_POOL"
  --db-pool-max-size="$KC_DB_POOL" --transaction-default-timeout="$KC_TX_TIMEOUT")
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_OPTS_KC_HEAP="$KC_HEAP" \
  "$KC_HOME/bin/kc.sh" "${KC_ARGS[@]}" >"$OUT/keycloak.log" 2>&1 &
KC_PID=$!
for _ in $(seq 240); do
  if curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$KC_PID" 2>/dev/null; then
    echo "Keycloak exited, see $OUT/keycloak.log" >&2
    exit 1
  fi
  sleep 1
done
curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/health/ready" >/dev/null

NOTES="Database: PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT (own cluster in a temp dir,"
NOTES="$NOTES shared_buffers=256MB, max_connections=50, fsync on)"
NOTES="$NOTES;;Keycloak: \`start --optimized --cache=local\`, heap \`$KC_HEAP\`, DB pool"
NOTES="$NOTES $KC_DB_POOL (initial = min = max), transaction timeout $KC_TX_TIMEOUT,"
NOTES="$NOTES providers: chat-access-provider + keycloak-probe"
LOAD_DATA_DIR="$OUT/data" LOAD_REPORT="$OUT/report.md" LOAD_BASE_URL="http://localhost:$HTTP_PORT" \
  LOAD_USER_PASSWORD="$USER_PASSWORD" LOAD_KEYCLOAK_PID="$KC_PID" LOAD_SETUP_NOTES="$NOTES" \
  java -Xmx512m -cp "$CP" io.chataccess.bench.load.LoadBenchmark
