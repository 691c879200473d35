#!/usr/bin/env bash
# Starts one organisation's peer as a native process on the host the topology gives it: TLS, gateway on, no Docker
# (chaincode runs as a service, reached through the external builder in network-config/builders/ccaas). The peer finds
# the ordering nodes in the channel configuration (each ordering organisation's OrdererEndpoints), pulls blocks from
# any of them and, as the gateway, submits to them in random order, passing over one that is down or without a Raft
# leader; the gateway's timeouts below are short so that a dead ordering node costs seconds, not minutes.
# Usage: start-peer.sh ORG   (an organisation of the topology: manufacturer, distributor, ...)
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

org="${1:?usage: start-peer.sh ORG}"
[[ -n "${MSP_ID[$org]:-}" ]] || fail "unknown organisation '$org' (expected one of: ${ORGS[*]})"
name="$(peer_name "$org")"
if is_running "$name"; then
  exit 0
fi
port="${PEER_PORT[$org]}"
host="${PEER_HOST[$org]}"
tls="$(peer_dir "$org")/tls"
mkdir -p "$LEDGER_DIR/$name"
log "starting $name (${MSP_ID[$org]}) on $host:$port"
FABRIC_CFG_PATH="$CONFIG_DIR/peer" \
  FABRIC_LOGGING_SPEC=INFO \
  FABRIC_LOGGING_FORMAT="$FABRIC_LOG_FORMAT" \
  CORE_PEER_ID="$name" \
  CORE_PEER_ADDRESS="$host:$port" \
  CORE_PEER_LISTENADDRESS="$host:$port" \
  CORE_PEER_CHAINCODEADDRESS="$host:${PEER_CHAINCODE_PORT[$org]}" \
  CORE_PEER_CHAINCODELISTENADDRESS="$host:${PEER_CHAINCODE_PORT[$org]}" \
  CORE_PEER_GOSSIP_BOOTSTRAP="$host:$port" \
  CORE_PEER_GOSSIP_EXTERNALENDPOINT="$host:$port" \
  CORE_PEER_LOCALMSPID="${MSP_ID[$org]}" \
  CORE_PEER_MSPCONFIGPATH="$(peer_dir "$org")/msp" \
  CORE_PEER_TLS_ENABLED=true \
  CORE_PEER_TLS_CERT_FILE="$tls/server.crt" \
  CORE_PEER_TLS_KEY_FILE="$tls/server.key" \
  CORE_PEER_TLS_ROOTCERT_FILE="$tls/ca.crt" \
  CORE_PEER_FILESYSTEMPATH="$LEDGER_DIR/$name" \
  CORE_LEDGER_SNAPSHOTS_ROOTDIR="$LEDGER_DIR/$name/snapshots" \
  CORE_PEER_GATEWAY_ENABLED=true \
  CORE_PEER_GATEWAY_BROADCASTTIMEOUT=3s \
  CORE_PEER_GATEWAY_DIALTIMEOUT=5s \
  CORE_OPERATIONS_LISTENADDRESS="$host:${PEER_OPERATIONS_PORT[$org]}" \
  CORE_METRICS_PROVIDER=prometheus \
  CORE_VM_ENDPOINT="" \
  CORE_CHAINCODE_EXTERNALBUILDERS="[{name: anchor-ccaas, path: $NETWORK_CONFIG_DIR/builders/ccaas, propagateEnvironment: [HOME]}]" \
  start_process "$name" peer node start
wait_for_port "$name" "$port" 60
