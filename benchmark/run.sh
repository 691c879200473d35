#!/usr/bin/env bash
# Runs the Anchor benchmark on the local network in one command:
#   1. builds the chaincode and the benchmark tool when their sources changed,
#   2. when a floor round (floor, bulk-floor) is among the rounds (both are by default): starts the network, or restarts its chaincode
#      servers, with the benchmark floor enabled (ANCHOR_BENCHMARK=enabled network-config/network.sh up);
#      without it: starts the network only when it is not running (network-config/network.sh up),
#   3. runs the rounds (floor, production, bulk-floor, bulk, handoff, provenance, trace, epcis, epcis-sdk, epcis-http,
#      epcis-query)
#      and writes benchmark/results/<UTC time>/result.json and summary.md,
#   4. after a floor round, puts the chaincode servers back in the normal mode (network-config/network.sh up), also
#      when it fails.
#
#   benchmark/run.sh [OPTIONS]      options go to the tool; benchmark/run.sh --help lists them
#   e.g. benchmark/run.sh --rounds floor,production --workers 64 --duration 60
#        benchmark/run.sh --rounds epcis-sdk,epcis-http,epcis-query --query-events 100000
#
# ANCHOR_NETWORK_HOME=DIR measures the network already running from the repository DIR (its .anchor/: descriptor,
# pids, logs) and never starts, restarts or switches it: its chaincode servers must already be in benchmark mode for
# a floor round. Results still go to this repository's benchmark/results/.
set -euo pipefail
ANCHOR_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NETWORK="$ANCHOR_HOME/network-config/network.sh"
JAR="$ANCHOR_HOME/benchmark/target/anchor-benchmark.jar"
BUILD_LOG="$ANCHOR_HOME/.anchor/logs/build-benchmark.log"

log() { printf '[benchmark] %s\n' "$*" >&2; }
fail() { printf '[benchmark] error: %s\n' "$*" >&2; exit 1; }

# Help and version need neither a build of the network nor the network.
for arg in "$@"; do
  if [[ "$arg" == -h || "$arg" == --help || "$arg" == -V || "$arg" == --version ]]; then
    [[ -f "$JAR" ]] || fail "the benchmark is not built yet; run benchmark/run.sh once, or: mvn -pl benchmark -am -DskipTests package"
    exec java -jar "$JAR" "$@"
  fi
done

command -v java >/dev/null 2>&1 || fail "Java 17 or newer is needed (java is not on the PATH)"

stale() {
  [[ ! -f "$JAR" ]] && return 0
  [[ -n "$(find "$ANCHOR_HOME/pom.xml" "$ANCHOR_HOME/client/sdk" "$ANCHOR_HOME/benchmark" \
    \( -path '*/target' -o -path '*/results' \) -prune -o -type f -newer "$JAR" -print -quit)" ]]
}

if stale; then
  command -v mvn >/dev/null 2>&1 || fail "Maven is needed to build the benchmark (mvn is not on the PATH)"
  log "building the benchmark tool (mvn package; log: $BUILD_LOG)"
  mkdir -p "$(dirname "$BUILD_LOG")"
  (cd "$ANCHOR_HOME" && mvn -B -q -DskipTests -pl benchmark -am package >"$BUILD_LOG" 2>&1) ||
    { tail -n 30 "$BUILD_LOG" >&2; fail "building the benchmark failed; the whole log is $BUILD_LOG"; }
fi

# The rounds asked for (--rounds A,B or --rounds=A,B); the default runs them all, the floors (floor, bulk-floor) among
# them.
rounds="floor"
previous=""
for arg in "$@"; do
  [[ "$previous" == --rounds ]] && rounds="$arg"
  [[ "$arg" == --rounds=* ]] && rounds="${arg#--rounds=}"
  previous="$arg"
done

NETWORK_HOME="${ANCHOR_NETWORK_HOME:-$ANCHOR_HOME}"
[[ -d "$NETWORK_HOME" ]] || fail "ANCHOR_NETWORK_HOME is not a directory: $NETWORK_HOME"
NETWORK_HOME="$(cd "$NETWORK_HOME" && pwd)"
if [[ "$NETWORK_HOME" != "$ANCHOR_HOME" ]]; then
  log "measuring the network running from $NETWORK_HOME as it is (not started, restarted or switched)"
elif [[ ",$rounds," == *,floor,* || ",$rounds," == *,bulk-floor,* ]]; then
  # shellcheck source=lib/benchmark-mode.sh
  source "$ANCHOR_HOME/benchmark/lib/benchmark-mode.sh"
elif ! "$NETWORK" status >/dev/null 2>&1; then
  log "starting the network (no floor round: the normal mode)"
  "$NETWORK" up
fi

# The client gets a fixed heap so that its own garbage collection does not vary between runs; the epcis-query
# round's store (H2) and the in-process server of epcis-http live in it too.
java -Xms512m -Xmx512m -Danchor.home="$NETWORK_HOME" -Danchor.results="$ANCHOR_HOME/benchmark/results" \
  -jar "$JAR" "$@"
