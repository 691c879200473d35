#!/usr/bin/env bash
# The local Anchor network, as network-config/topology.yaml describes it (ANCHOR_TOPOLOGY names another file): one
# peer per organisation (manufacturer, distributor, retailer, auditor), three Raft ordering nodes operated by three of
# them, as native processes on the topology's hosts (127.0.0.1 for all by default), TLS everywhere, channel
# `supplychain`, and the `anchor` chaincode running as a service; one Fabric CA per organisation issues every
# identity of that organisation, its ordering nodes' included. No Docker.
#
#   network-config/network.sh up            start (or complete) the network; a running one is left alone
#   ANCHOR_BENCHMARK=enabled network-config/network.sh up
#                                           the same, with the chaincode servers accepting the measurement-only
#                                           BenchmarkFloor transaction (a plain `up` turns it off again)
#   network-config/network.sh down          stop every process it started (ledgers are kept)
#   network-config/network.sh status        what runs, where; exit 0 only when everything runs
#   network-config/network.sh logs [NAME]   list the logs, or print the end of one (e.g. retailer, chaincode-retailer,
#                                           ca-retailer, orderer0.retailer.anchor.local)
#   network-config/network.sh reset         down, then delete ledgers, crypto material, the CAs and logs
#   network-config/network.sh add-org NAME [--custody true|false] [--production true|false]
#                                           add an organisation to the running channel (docs/membership.md); it
#                                           stays part of the network through down and up
#
# Generated material lives in .anchor/ at the repository root (git-ignored).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
STEPS="$NETWORK_CONFIG_DIR/steps"

usage() {
  sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2
  exit 2
}

require() {
  command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed; $2"
}

# Rebuilds the chaincode jar when it is missing or older than its sources.
build_chaincode() {
  if [[ -f "$CHAINCODE_JAR" ]] &&
    [[ -z "$(find "$ANCHOR_HOME/chaincode/src/main" "$ANCHOR_HOME/chaincode/pom.xml" "$ANCHOR_HOME/pom.xml" -newer "$CHAINCODE_JAR" -print -quit)" ]]; then
    return 0
  fi
  require mvn "Anchor builds with Maven"
  log "building the chaincode (mvn package)"
  mkdir -p "$LOG_DIR"
  (cd "$ANCHOR_HOME" && mvn -q -B -pl chaincode -am -Dmaven.test.skip=true package >"$(log_file build-chaincode)" 2>&1) ||
    fail "building the chaincode failed; read $(log_file build-chaincode)"
}

# Fails when a port that a stopped process needs is taken by another program.
check_ports() {
  local name="$1" port
  shift
  is_running "$name" && return 0
  for port in "$@"; do
    if port_in_use "$port"; then
      fail "port $port, needed by $name, is in use by another program: $(ss -ltnpH "sport = :$port" | sed -n 's/.*users:((\(.*\)))/\1/p' | head -n 1)"
    fi
  done
}

# The channel's genesis block records the ordering nodes' and the anchor peers' ports, so a network keeps the
# ANCHOR_PORT_OFFSET it was made with.
check_port_offset() {
  local recorded="$STATE_DIR/port-offset"
  if [[ ! -f "$recorded" ]]; then
    mkdir -p "$STATE_DIR"
    echo "$PORT_OFFSET" >"$recorded"
  elif [[ "$(<"$recorded")" != "$PORT_OFFSET" ]]; then
    fail "the network in $STATE_DIR was made with ANCHOR_PORT_OFFSET=$(<"$recorded"), not $PORT_OFFSET; set it back, or run network.sh reset to make a new network"
  fi
}

# A network made before the Fabric CAs (cryptogen's crypto material, no .anchor/ca) cannot take identities from new
# CAs: its channel trusts cryptogen's CAs.
check_made_with_cas() {
  if [[ -d "$CRYPTO_DIR/peerOrganizations" && ! -d "$CA_STATE_DIR" ]]; then
    fail "the network in $STATE_DIR was made with cryptogen, before the organisations' Fabric CAs; run network.sh reset to make a new network"
  fi
}

# A network made with one ordering node of its own organisation (OrdererMSP, .anchor/crypto/ordererOrganizations)
# cannot become the Raft cluster of the topology: its channel names one consenter and trusts OrdererMSP.
check_made_with_raft_cluster() {
  if [[ -d "$CRYPTO_DIR/ordererOrganizations" || -d "$LEDGER_DIR/orderer" ]]; then
    fail "the network in $STATE_DIR was made with a single orderer (OrdererMSP), before the three Raft ordering nodes of network-config/topology.yaml; run network.sh reset to make a new network"
  fi
}

cmd_up() {
  local start=$SECONDS org node
  check_made_with_cas
  check_made_with_raft_cluster
  check_port_offset
  require java "the chaincode runs on Java 17"
  use_fabric
  use_fabric_ca
  build_chaincode

  for org in "${CA_ORGS[@]}"; do
    check_ports "$(ca_name "$org")" "${CA_PORT[$org]}" "${CA_OPERATIONS_PORT[$org]}"
  done
  for node in "${ORDERERS[@]}"; do
    check_ports "$node" "${ORDERER_PORT[$node]}" "${ORDERER_ADMIN_PORT[$node]}" "${ORDERER_OPERATIONS_PORT[$node]}"
  done
  for org in "${ORGS[@]}"; do
    check_ports "$(peer_name "$org")" "${PEER_PORT[$org]}" "${PEER_CHAINCODE_PORT[$org]}" "${PEER_OPERATIONS_PORT[$org]}"
  done
  for org in "${ORGS[@]}"; do
    check_ports "$(chaincode_name "$org")" "${CHAINCODE_SERVER_PORT[$org]}"
  done

  for org in "${CA_ORGS[@]}"; do
    "$STEPS/start-ca.sh" "$org"
    "$STEPS/enroll-identities.sh" "$org"
  done
  "$STEPS/write-config.sh"
  for node in "${ORDERERS[@]}"; do
    "$STEPS/start-orderer.sh" "$node"
  done
  for org in "${ORGS[@]}"; do
    "$STEPS/start-peer.sh" "$org"
  done
  "$STEPS/create-channel.sh"
  "$STEPS/deploy-chaincode.sh"
  for org in "${ORGS[@]}"; do
    "$STEPS/start-chaincode.sh" "$org"
  done
  log "waiting for the chaincode servers to answer"
  "$STEPS/wait-for-chaincode.sh"
  log "waiting for the peers to know each other (gossip), which the gateway's discovery needs"
  "$STEPS/wait-for-gossip.sh"
  "$STEPS/write-descriptor.sh"
  log "network up in $((SECONDS - start)) s: channel $CHANNEL, chaincode $CHAINCODE_NAME"
  for node in "${ORDERERS[@]}"; do
    log "  $(printf '%-12s' "${ORDERER_ORG[$node]}") orderer $(orderer_endpoint "$node") (admin ${ORDERER_ADMIN_PORT[$node]}, operations ${ORDERER_OPERATIONS_PORT[$node]})"
  done
  for org in "${CA_ORGS[@]}"; do
    log "  $(printf '%-12s' "$org") CA ${CA_HOST[$org]}:${CA_PORT[$org]} (TLS root $(ca_cert "$org"))"
  done
  for org in "${ORGS[@]}"; do
    log "  $(printf '%-12s' "$org") peer $(peer_endpoint "$org"), chaincode ${CHAINCODE_SERVER_HOST[$org]}:${CHAINCODE_SERVER_PORT[$org]}  (${MSP_ID[$org]})"
  done
  if [[ "$(benchmark_mode)" == enabled ]]; then
    log "  benchmark floor enabled (ANCHOR_BENCHMARK=enabled); a plain 'up' disables it"
  fi
  log "logs: $LOG_DIR   client descriptor: $DESCRIPTOR"
}

cmd_down() {
  local name
  for name in $(all_process_names | tac); do
    if is_running "$name"; then
      log "stopping $name (pid $(cat "$(pid_file "$name")"))"
    fi
    stop_process "$name"
  done
}

cmd_status() {
  local all=0
  print_process_states $(all_process_names) || all=$?
  printf 'logs: %s\n' "$LOG_DIR"
  return "$all"
}

cmd_logs() {
  if [[ $# -eq 0 ]]; then
    [[ -d "$LOG_DIR" ]] || fail "no logs yet ($LOG_DIR does not exist)"
    ls -1 "$LOG_DIR"
    return 0
  fi
  local name="$1" file
  file="$(log_file "$name")"
  [[ -f "$file" ]] || file="$(log_file "$(peer_name "$name")")"
  [[ -f "$file" ]] || fail "no log named '$name'; the logs are: $(ls "$LOG_DIR" 2>/dev/null | sed 's/\.log$//' | tr '\n' ' ')"
  tail -n "${LINES:-200}" "$file"
}

cmd_reset() {
  cmd_down
  log "deleting $STATE_DIR (ledgers, crypto material, the CAs and their users, logs)"
  rm -rf "$STATE_DIR"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  logs) shift; cmd_logs "$@" ;;
  reset) cmd_reset ;;
  add-org) shift; "$STEPS/add-org.sh" "$@" ;;
  *) usage ;;
esac
