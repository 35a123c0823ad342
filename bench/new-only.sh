#!/usr/bin/env bash
# "New only" at the scale of a 10,000-agent team (issue 15): builds the provider, the probe and the
# benchmarks, starts Keycloak 26.7.0 on its embedded H2 (dev-file; HTTP 8680, management 9680,
# --cache=local), then runs io.chataccess.bench.newonly.NewOnlyAtScale: one realm import of a group
# /team with 10,000 members, a location of 20 inboxes, a chat role assigned to /team there, 5 saves
# of the role with mode=new-only and one with mode=apply (timed, chat writes counted), checks that
# each mode did what it says (the run fails otherwise), and token issuance for a member while the
# team is kept back (chat queries and SQL statements per refresh grant, latency).
# Report: benchmarks/target/new-only/report.md (also printed). Stops Keycloak on exit.
#
# Settings (environment): NEW_ONLY_TEAM_SIZE (10000), NEW_ONLY_IMPORT_PARTS (1: all users in the
# realm import; more: the rest in partial imports), NEW_ONLY_INBOXES (20), NEW_ONLY_SAVES (5),
# NEW_ONLY_REFRESHES (50), KC_HEAP (-Xms1g -Xmx1g), KC_TX_TIMEOUT (5m, Keycloak's default),
# NEW_ONLY_SKIP_BUILD (0; 1 keeps the jars already built, e.g. while tests run from spi-provider/target),
# NEW_ONLY_PROVIDERS_FROM (this tree; another source tree with built spi-provider and keycloak-probe
# jars, e.g. an export of a commit: `git archive HEAD | tar -x -C DIR`, then `mvn -q package
# -DskipTests -pl spi-provider,keycloak-probe -am` there) and NEW_ONLY_PROVIDERS_NOTE (its description).
# Quick smoke run: NEW_ONLY_TEAM_SIZE=200 bench/new-only.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/benchmarks/target/new-only"
KC_VERSION=26.7.0
KC_HOME="$OUT/keycloak-$KC_VERSION"
HTTP_PORT=8680
MANAGEMENT_PORT=9680
KC_HEAP=${KC_HEAP:--Xms1g -Xmx1g}
# the realm import of every user runs in one transaction, aborted at this timeout
KC_TX_TIMEOUT=${KC_TX_TIMEOUT:-5m}
# a source tree whose spi-provider/ and keycloak-probe/ hold built jars (default: this one)
PROVIDERS_FROM=${NEW_ONLY_PROVIDERS_FROM:-$ROOT}

log() { echo "[new-only.sh $(date +%T)] $*" >&2; }

for port in $HTTP_PORT $MANAGEMENT_PORT; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "port $port is in use" >&2
    exit 1
  fi
done

if [ "${NEW_ONLY_SKIP_BUILD:-0}" = 1 ]; then
  log "NEW_ONLY_SKIP_BUILD=1: using the jars and classes already built"
else
  log "building the provider, the probe and the benchmarks"
  # no format check here: a colleague's unformatted work in progress must not stop a benchmark
  mvn -B -q install -DskipTests -Dspotless.check.skip=true -pl benchmarks,keycloak-probe -am
fi
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
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

log "unpacking and building Keycloak $KC_VERSION for H2 (dev-file)"
mkdir -p "$OUT"
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  mvn -B -q -N dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip \
    -DoutputDirectory="$OUT"
  unzip -q -o "$OUT/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$OUT"
fi
rm -rf "$KC_HOME/providers/"*.jar "$KC_HOME/data"
cp "$PROVIDERS_FROM"/spi-provider/target/chat-access-provider-*-SNAPSHOT.jar \
  "$KC_HOME/providers/chat-access-provider.jar"
cp "$PROVIDERS_FROM"/keycloak-probe/target/keycloak-probe-*-SNAPSHOT.jar \
  "$KC_HOME/providers/keycloak-probe.jar"
"$KC_HOME/bin/kc.sh" build --db=dev-file --health-enabled=true >"$OUT/keycloak-build.log" 2>&1

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

if [ "$PROVIDERS_FROM" = "$ROOT" ]; then
  CODE="commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown),"
  CODE="$CODE $(git status --porcelain -- spi-provider keycloak-probe 2>/dev/null | wc -l)"
  CODE="$CODE uncommitted path(s) in spi-provider/keycloak-probe"
else
  CODE="providers built in $PROVIDERS_FROM ${NEW_ONLY_PROVIDERS_NOTE:-}"
fi
NOTES="Database: Keycloak's embedded H2 (\`--db=dev-file\`, fresh for the run)"
NOTES="$NOTES;;Keycloak: \`start --optimized --cache=local\`, heap \`$KC_HEAP\`, transaction"
NOTES="$NOTES timeout $KC_TX_TIMEOUT, providers: chat-access-provider + keycloak-probe"
NOTES="$NOTES;;Code: $CODE"
NEW_ONLY_BASE_URL="http://127.0.0.1:$HTTP_PORT" NEW_ONLY_REPORT="$OUT/report.md" \
  NEW_ONLY_SETUP_NOTES="$NOTES" \
  java -Xmx512m -cp "$CP" io.chataccess.bench.newonly.NewOnlyAtScale
