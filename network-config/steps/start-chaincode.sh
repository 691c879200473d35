#!/usr/bin/env bash
# Starts one organisation's Java chaincode as a chaincode server (chaincode-as-a-service), dialled by that
# organisation's peer. Restarts it when the chaincode jar is newer than the running process.
# Usage: start-chaincode.sh ORG   (manufacturer | distributor | retailer | auditor)
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

if is_running "$name"; then
  if [[ "$CHAINCODE_JAR" -nt "$(pid_file "$name")" ]]; then
    log "the chaincode jar changed; restarting $name"
    stop_process "$name"
  else
    exit 0
  fi
fi
log "starting $name on $HOST:$port"
(
  # The shim expects TLS files when CORE_PEER_TLS_ENABLED leaks into its environment; the
  # peer-to-chaincode connection is plain loopback, so it is unset.
  unset CORE_PEER_TLS_ENABLED
  export CHAINCODE_SERVER_ADDRESS="$HOST:$port"
  export CORE_CHAINCODE_ID_NAME="$package_id"
  # shellcheck disable=SC2086 # the options are words
  start_process "$name" java ${ANCHOR_CHAINCODE_JAVA_OPTS:--Xms64m -Xmx256m} -jar "$CHAINCODE_JAR"
)
