#!/usr/bin/env bash
# AuthZEN figures (issue 16): builds the provider, the probe and the benchmarks, starts Keycloak
# 26.7.0 with its experimental AuthZEN feature (--features=authzen) on its embedded H2 (dev-file,
# fresh each run; HTTP 127.0.0.1:8780, management 9780, --cache=local), then runs
# io.chataccess.bench.authzen.AuthzenBenchmark:
#   A. decision throughput and p50/p99 of our AuthZEN evaluation, our /check and Keycloak's own
#      AuthZEN endpoint deciding an equivalent Authorization Services policy (interleaved rounds,
#      same decisions checked first);
#   B. subject search (inboxes) and resource search (the heaviest user) in the generated
#      10,000-agent realm, results compared with the pure resolver's.
# Report: benchmarks/target/authzen/report.md (also printed). Stops Keycloak on exit.
#
# Settings (environment): AUTHZEN_THREADS (4), AUTHZEN_ROUNDS (3), AUTHZEN_WARMUP_SECONDS (10),
# AUTHZEN_MEASURE_SECONDS (10), AUTHZEN_SEARCHES (200), AUTHZEN_SEARCH_WARMUP (30), AUTHZEN_SCALE
# (true; false skips setup B), AUTHZEN_FEATURES (authzen; empty: without Keycloak's endpoint, which
# is then not measured), KC_HEAP (-Xms1g -Xmx1g), KC_TX_TIMEOUT (5m), AUTHZEN_SKIP_BUILD (0; 1 keeps
# the jars and classes already built).
# Quick smoke run: AUTHZEN_ROUNDS=1 AUTHZEN_WARMUP_SECONDS=2 AUTHZEN_MEASURE_SECONDS=3
#   AUTHZEN_SEARCHES=20 AUTHZEN_SEARCH_WARMUP=5 bench/authzen.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/benchmarks/target/authzen"
KC_VERSION=26.7.0
KC_HOME="$OUT/keycloak-$KC_VERSION"
HTTP_PORT=8780
MANAGEMENT_PORT=9780
KC_HEAP=${KC_HEAP:--Xms1g -Xmx1g}
KC_TX_TIMEOUT=${KC_TX_TIMEOUT:-5m}
FEATURES=${AUTHZEN_FEATURES-authzen}

log() { echo "[authzen.sh $(date +%T)] $*" >&2; }

for port in $HTTP_PORT $MANAGEMENT_PORT; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "port $port is in use" >&2
    exit 1
  fi
done

if [ "${AUTHZEN_SKIP_BUILD:-0}" = 1 ]; then
  log "AUTHZEN_SKIP_BUILD=1: using the jars and classes already built"
else
  log "building the provider, the probe and the benchmarks"
  # no format check here: a colleague's unformatted work in progress must not stop a benchmark
  mvn -B -q install -DskipTests -Dspotless.check.skip=true -pl benchmarks,keycloak-probe -am
fi
mvn -B -q -o -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

KC_PID=
cleanup() {
  if [ -n "$KC_PID" ] && kill -0 "$KC_PID" 2>/dev/null; then
    log "stopping Keycloak ($KC_PID)"
    kill "$KC_PID" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$KC_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$KC_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

log "unpacking and building Keycloak $KC_VERSION for H2 (dev-file), features: ${FEATURES:-none}"
mkdir -p "$OUT"
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  mvn -B -q -N dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip \
    -DoutputDirectory="$OUT"
  unzip -q -o "$OUT/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$OUT"
fi
rm -rf "$KC_HOME/providers/"*.jar "$KC_HOME/data"
cp spi-provider/target/chat-access-provider-*-SNAPSHOT.jar "$KC_HOME/providers/chat-access-provider.jar"
cp keycloak-probe/target/keycloak-probe-*-SNAPSHOT.jar "$KC_HOME/providers/keycloak-probe.jar"
BUILD_ARGS=(build --db=dev-file --health-enabled=true)
if [ -n "$FEATURES" ]; then
  BUILD_ARGS+=(--features="$FEATURES")
fi
"$KC_HOME/bin/kc.sh" "${BUILD_ARGS[@]}" >"$OUT/keycloak-build.log" 2>&1

log "starting Keycloak on :$HTTP_PORT (management :$MANAGEMENT_PORT), log $OUT/keycloak.log"
KC_ARGS=(start --optimized --http-enabled=true --hostname-strict=false
  --http-host=127.0.0.1 --http-port=$HTTP_PORT --http-management-port=$MANAGEMENT_PORT
  --cache=local --transaction-default-timeout="$KC_TX_TIMEOUT")
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
ENABLED=$(grep -o "Preview features enabled:.*\|Experimental features enabled:.*" "$OUT/keycloak.log" \
  | tr '\n' ' ' || true)
log "feature lines of the startup log: ${ENABLED:-none}"

CODE="commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown),"
CODE="$CODE $(git status --porcelain -- spi-provider keycloak-probe 2>/dev/null | wc -l)"
CODE="$CODE uncommitted path(s) in spi-provider/keycloak-probe"
NOTES="Database: Keycloak's embedded H2 (\`--db=dev-file\`, fresh for the run)"
NOTES="$NOTES;;Keycloak $KC_VERSION: \`build --features=${FEATURES:-(none)}\`, \`start --optimized"
NOTES="$NOTES --cache=local\`, heap \`$KC_HEAP\`, providers: chat-access-provider + keycloak-probe;"
NOTES="$NOTES startup log: ${ENABLED:-no feature line}"
NOTES="$NOTES;;Code: $CODE"
KEYCLOAK=true
if [ -z "$FEATURES" ]; then KEYCLOAK=false; fi
AUTHZEN_BASE_URL="http://127.0.0.1:$HTTP_PORT" AUTHZEN_REPORT="$OUT/report.md" \
  AUTHZEN_SETUP_NOTES="$NOTES" AUTHZEN_KEYCLOAK="$KEYCLOAK" \
  java -Xmx768m -cp "$CP" io.chataccess.bench.authzen.AuthzenBenchmark
