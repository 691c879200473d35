#!/usr/bin/env bash
# Creates the channel (`supplychain`) on the ordering nodes (channel participation API, no system channel): the
# genesis block names the Raft consenters, and each node joins with it; then joins the organisations' peers to it.
# Steps already done are skipped.
# Usage: create-channel.sh [ORG...]   the nodes of the organisations named (default: all); on a host of its own
#                                     (host.sh), an organisation joins its own nodes with the block it was sent
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

orgs=($(selected_orgs "$@"))
block="$CONFIG_DIR/$CHANNEL.block"
"$(dirname "$0")/write-genesis-block.sh"

# Each ordering node is joined through its own admin endpoint (osnadmin, channel participation API) by its operator,
# with the node's TLS key pair as the client certificate its admin endpoint requires.
osn() {
  local node="$1" tls
  shift
  tls="$(orderer_dir "$node")/tls"
  osnadmin channel "$@" --orderer-address "${ORDERER_HOST[$node]}:${ORDERER_ADMIN_PORT[$node]}" --ca-file "$tls/ca.crt" \
    --client-cert "$tls/server.crt" --client-key "$tls/server.key" --channelID "$CHANNEL"
}
# A process that has just started may answer its first list call with an error; a join that then fails because
# the channel is already there ("ledger already exists") is success, so each join is retried and re-checked.
orderer_joined() { osn "$1" list 2>/dev/null | grep -q "Status: 200"; }
peer_joined() { as_admin "$1" peer channel list 2>/dev/null | grep -qx "$CHANNEL"; }

for node in $(for org in "${orgs[@]}"; do orgs_orderers "$org"; done); do
  orderer_joined "$node" && continue
  log "joining $node to channel $CHANNEL"
  attempt=1
  until osn "$node" join --config-block "$block" >>"$(log_file osnadmin)" 2>&1 || orderer_joined "$node"; do
    ((attempt < 10)) || fail "$node refused to join channel $CHANNEL; read $(log_file osnadmin) and $(log_file "$node")"
    attempt=$((attempt + 1))
    sleep 1
  done
done

for org in "${orgs[@]}"; do
  peer_joined "$org" && continue
  log "joining $(peer_name "$org") to channel $CHANNEL"
  attempt=1
  until as_admin "$org" peer channel join -b "$block" >/dev/null 2>>"$(log_file "peer-cli")" || peer_joined "$org"; do
    ((attempt < 10)) || fail "$(peer_name "$org") could not join $CHANNEL; read $(log_file "$(peer_name "$org")") and $(log_file peer-cli)"
    attempt=$((attempt + 1))
    sleep 1
  done
done
