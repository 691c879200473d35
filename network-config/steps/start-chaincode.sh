#!/usr/bin/env bash
# Starts one organisation's Java chaincode as a chaincode server (chaincode-as-a-service), dialled by that
# organisation's peer. Restarts it when the chaincode jar is newer than the running process, or when it runs
# in the other benchmark mode.
# Usage: [ANCHOR_BENCHMARK=enabled] start-chaincode.sh ORG   (an organisation of the topology: manufacturer, ...)
#
# ANCHOR_BENCHMARK=enabled lets the server accept the measurement-only BenchmarkFloor transaction (see
# docs/benchmarks.md); without it the server refuses that transaction. The mode a server was started in is
# recorded beside its pid (.anchor/pids/chaincode-ORG.mode), so a plain `up` puts a benchmark server back.
#
# Why one server per organisation: besides being how separate companies would run it, the Java shim keeps
# its connection state per process, so a second peer registering with a shared server while the first is
# mid-transaction makes the shim drop that transaction's messages (logged as "Received RESPONSE: cannot
# handle"), and the endorsement times out.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

org="${1:?usage: start-chaincode.sh ORG}"
[[ -n "${MSP_ID[$org]:-}" ]] || fail "unknown organisation '$org' (expected one of: ${ORGS[*]})"
name="$(chaincode_name "$org")"
port="${CHAINCODE_SERVER_PORT[$org]}"
[[ -f "$CHAINCODE_JAR" ]] || fail "the chaincode jar $CHAINCODE_JAR is missing (build it with: mvn -pl chaincode package)"
package_id="$(cat "$CHAINCODE_STATE_DIR/$org/package-id")"
mode="$(benchmark_mode)"

if is_running "$name"; then
  if [[ "$CHAINCODE_JAR" -nt "$(pid_file "$name")" ]]; then
    log "the chaincode jar changed; restarting $name"
    stop_process "$name"
  elif [[ "$(running_benchmark_mode "$name")" != "$mode" ]]; then
    log "restarting $name with the benchmark floor $mode"
    stop_process "$name"
  else
    exit 0
  fi
fi
log "starting $name on ${CHAINCODE_SERVER_HOST[$org]}:$port (benchmark floor $mode)"
(
  # The shim expects TLS files when CORE_PEER_TLS_ENABLED leaks into its environment; the
  # peer-to-chaincode connection is plain (each organisation's peer and chaincode server sit together), so it is unset.
  unset CORE_PEER_TLS_ENABLED
  export CHAINCODE_SERVER_ADDRESS="${CHAINCODE_SERVER_HOST[$org]}:$port"
  export CORE_CHAINCODE_ID_NAME="$package_id"
  # The shim logs three INFO lines for every transaction it runs; at WARNING it still logs refusals and
  # errors and spends its CPU on transactions instead (docs/benchmarks.md). ANCHOR_CHAINCODE_LOG_LEVEL=INFO
  # (or DEBUG) brings the per-transaction lines back.
  export CORE_CHAINCODE_LOGGING_LEVEL="${ANCHOR_CHAINCODE_LOG_LEVEL:-WARNING}"
  export CORE_CHAINCODE_LOGGING_SHIM="${ANCHOR_CHAINCODE_LOG_LEVEL:-WARNING}"
  if [[ "$mode" == enabled ]]; then
    export ANCHOR_BENCHMARK=enabled
  else
    unset ANCHOR_BENCHMARK
  fi
  # Each collection is logged (one line: heap before -> after) to its own file, rewritten at each start: the
  # benchmark reads the heap peaks from it. ANCHOR_CHAINCODE_JAVA_OPTS replaces the heap settings.
  # shellcheck disable=SC2086 # the options are words
  start_process "$name" java ${ANCHOR_CHAINCODE_JAVA_OPTS:--Xms64m -Xmx256m} \
    "-Xlog:gc:file=$(log_file "$name-gc")::filecount=0" -jar "$CHAINCODE_JAR"
)
echo "$mode" >"$(mode_file "$name")"
