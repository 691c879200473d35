#!/usr/bin/env bash
# One organisation's part of the Anchor network, run on that organisation's own host: its Fabric CA, its ordering
# nodes, its peer and its chaincode server, listening on the addresses the topology gives its host
# (network-config/topology.yaml, or the file ANCHOR_TOPOLOGY names). Its private keys stay in this host's state folder
# (ANCHOR_STATE_DIR, default .anchor/); only public certificates and the channel's genesis block cross between hosts,
# through the exchange folder (ANCHOR_EXCHANGE_DIR, default .anchor/exchange/), which the operators copy between their
# machines (docs/deployment.md). network.sh runs every organisation on one machine with the same steps.
#
#   network-config/host.sh init ORG     start ORG's CA, enrol its identities, and export its public material (MSP and
#                                       TLS CA certificates, NodeOUs, its ordering nodes' TLS certificates, its peer's
#                                       TLS root) into the exchange folder: EXCHANGE/ORG/
#   network-config/host.sh channel      on one host, once every organisation's material is in the exchange folder:
#                                       the channel's genesis block, written to EXCHANGE/CHANNEL.block
#   network-config/host.sh up ORG       start ORG's ordering nodes and join them to the channel (osnadmin), its peer
#                                       and join it, install and approve the chaincode, commit it once a majority
#                                       approved (whichever host sees the majority first commits; `up` waits for the
#                                       other hosts, ANCHOR_COMMIT_WAIT seconds), start its chaincode server; writes
#                                       ORG's client descriptor (network.json in the state folder)
#   network-config/host.sh down ORG     stop ORG's processes (ledgers and keys are kept)
#   network-config/host.sh status ORG   what of ORG runs; exit 0 only when everything runs
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
STEPS="$NETWORK_CONFIG_DIR/steps"
EXCHANGE_DIR="${ANCHOR_EXCHANGE_DIR:-$STATE_DIR/exchange}"
# Every host starts on its own: the others may come up minutes later.
export ANCHOR_GOSSIP_WAIT="${ANCHOR_GOSSIP_WAIT:-300}"

usage() {
  sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# The one organisation a command names.
the_org() {
  (($# == 1)) || usage
  selected_orgs "$1"
}

org_process_names() {
  local org="$1"
  echo "$(ca_name "$org")"
  orgs_orderers "$org"
  echo "$(peer_name "$org")"
  echo "$(chaincode_name "$org")"
}

# Copies ORG's public material, in the folder layout of its crypto folder, to EXCHANGE/ORG/. No private key leaves.
export_public() {
  local org="$1" to="$EXCHANGE_DIR/$1" node files
  files=(msp/config.yaml msp/cacerts msp/tlscacerts "peers/$(peer_name "$org")/tls/ca.crt")
  for node in $(orgs_orderers "$org"); do
    files+=("orderers/$node/tls/server.crt" "orderers/$node/tls/ca.crt")
  done
  rm -rf "$to.tmp"
  mkdir -p "$to.tmp"
  (cd "$(org_dir "$org")" && cp -r --parents "${files[@]}" "$to.tmp/")
  [[ -z "$(find "$to.tmp" -name '*_sk' -o -name '*.key' -o -name keystore)" ]] ||
    fail "refusing to export a private key from $(org_dir "$org")"
  rm -rf "$to"
  mv "$to.tmp" "$to"
  log "exported ${MSP_ID[$org]}'s public material to $to"
}

# Copies the public material of every organisation but the one(s) this host runs (those whose CA state is here)
# from the exchange folder into this host's crypto folder, failing when one is missing.
import_public() {
  local org missing=()
  for org in "${ORGS[@]}"; do
    [[ ! -d "$(ca_home "$org")" ]] || continue
    if [[ ! -d "$EXCHANGE_DIR/$org/msp/cacerts" ]]; then
      missing+=("$org")
      continue
    fi
    mkdir -p "$(org_dir "$org")"
    cp -r "$EXCHANGE_DIR/$org/." "$(org_dir "$org")/"
  done
  ((${#missing[@]} == 0)) ||
    fail "no public material of ${missing[*]} in $EXCHANGE_DIR: run host.sh init on their hosts and copy EXCHANGE/ORG/ here"
}

cmd_init() {
  local org
  org="$(the_org "$@")"
  use_fabric_ca
  "$STEPS/start-ca.sh" "$org"
  "$STEPS/enroll-identities.sh" "$org"
  export_public "$org"
}

cmd_channel() {
  (($# == 0)) || usage
  local block="$EXCHANGE_DIR/$CHANNEL.block"
  if [[ -f "$block" ]]; then
    log "the genesis block of $CHANNEL is in $block already (the channel was made with it)"
    return 0
  fi
  import_public
  "$STEPS/write-config.sh"
  rm -f "$CONFIG_DIR/$CHANNEL.block"
  "$STEPS/write-genesis-block.sh"
  cp "$CONFIG_DIR/$CHANNEL.block" "$block"
  log "wrote $block: send it to every organisation's host"
}

cmd_up() {
  local org start=$SECONDS node
  org="$(the_org "$@")"
  [[ -f "$CHAINCODE_JAR" ]] || fail "the chaincode jar $CHAINCODE_JAR is missing (build it with: mvn -pl chaincode -am package)"
  [[ -f "$EXCHANGE_DIR/$CHANNEL.block" ]] ||
    fail "no genesis block at $EXCHANGE_DIR/$CHANNEL.block: run host.sh channel on one host and copy it here"
  [[ -d "$(ca_home "$org")" ]] || fail "$org has no CA on this host: run host.sh init $org first"
  use_fabric
  use_fabric_ca
  import_public
  "$STEPS/write-config.sh"
  cp "$EXCHANGE_DIR/$CHANNEL.block" "$CONFIG_DIR/$CHANNEL.block"
  "$STEPS/start-ca.sh" "$org"
  for node in $(orgs_orderers "$org"); do
    "$STEPS/start-orderer.sh" "$node"
  done
  "$STEPS/start-peer.sh" "$org"
  "$STEPS/create-channel.sh" "$org"
  "$STEPS/deploy-chaincode.sh" "$org"
  "$STEPS/start-chaincode.sh" "$org"
  "$STEPS/wait-for-chaincode.sh" "$org"
  log "waiting for $(peer_name "$org") to know the other organisations' peers (gossip)"
  "$STEPS/wait-for-gossip.sh" "$org"
  "$STEPS/write-descriptor.sh" "$org"
  log "$org up in $((SECONDS - start)) s: peer $(peer_endpoint "$org"), descriptor $DESCRIPTOR"
}

cmd_down() {
  local org name
  org="$(the_org "$@")"
  for name in $(org_process_names "$org" | tac); do
    if is_running "$name"; then
      log "stopping $name (pid $(cat "$(pid_file "$name")"))"
    fi
    stop_process "$name"
  done
}

cmd_status() {
  local org
  org="$(the_org "$@")"
  print_process_states $(org_process_names "$org")
}

case "${1:-}" in
  init) shift; cmd_init "$@" ;;
  channel) shift; cmd_channel "$@" ;;
  up) shift; cmd_up "$@" ;;
  down) shift; cmd_down "$@" ;;
  status) shift; cmd_status "$@" ;;
  *) usage ;;
esac
