#!/usr/bin/env bash
# Starts the Java chaincode as a chaincode server (chaincode-as-a-service): one process that every peer
# dials. Restarts it when the chaincode jar is newer than the running process.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

name=chaincode
[[ -f "$CHAINCODE_JAR" ]] || fail "the chaincode jar $CHAINCODE_JAR is missing (build it with: mvn -pl chaincode package)"
package_id="$(cat "$CHAINCODE_STATE_DIR/package-id")"

if is_running "$name"; then
  if [[ "$CHAINCODE_JAR" -nt "$(pid_file "$name")" ]]; then
    log "the chaincode jar changed; restarting the chaincode server"
    stop_process "$name"
  else
    exit 0
  fi
fi
log "starting the chaincode server on $HOST:$CHAINCODE_SERVER_PORT ($package_id)"
(
  # The shim expects TLS files when CORE_PEER_TLS_ENABLED leaks into its environment; the
  # peer-to-chaincode connection is plain loopback, so it is unset.
  unset CORE_PEER_TLS_ENABLED
  export CHAINCODE_SERVER_ADDRESS="$HOST:$CHAINCODE_SERVER_PORT"
  export CORE_CHAINCODE_ID_NAME="$package_id"
  # shellcheck disable=SC2086 # the options are words
  start_process "$name" java ${ANCHOR_CHAINCODE_JAVA_OPTS:--Xms64m -Xmx384m} -jar "$CHAINCODE_JAR"
)
wait_for_port "$name" "$CHAINCODE_SERVER_PORT" 60
