#!/usr/bin/env bash
# Runs the Anchor benchmark on the local network in one command:
#   1. builds the chaincode and the benchmark tool when their sources changed,
#   2. starts the network, or restarts its chaincode servers, with the benchmark floor enabled
#      (ANCHOR_BENCHMARK=enabled network-config/network.sh up),
#   3. runs the rounds (floor, production, handoff, provenance) and writes
#      benchmark/results/<UTC time>/result.json and summary.md,
#   4. puts the chaincode servers back in the normal mode (network-config/network.sh up), also when it fails.
#
#   benchmark/run.sh [OPTIONS]      options go to the tool; benchmark/run.sh --help lists them
#   e.g. benchmark/run.sh --rounds floor,production --workers 64 --duration 60
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

# shellcheck source=lib/benchmark-mode.sh
source "$ANCHOR_HOME/benchmark/lib/benchmark-mode.sh"

# The client gets a fixed heap so that its own garbage collection does not vary between runs.
java -Xms512m -Xmx512m -Danchor.home="$ANCHOR_HOME" -jar "$JAR" "$@"
