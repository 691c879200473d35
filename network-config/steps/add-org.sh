#!/usr/bin/env bash
# Adds an organisation to the running network and channel (network.sh add-org): defines it (.anchor/orgs/NAME.env),
# starts its Fabric CA and enrols its identities, adds its MSP to the channel (an update signed by a majority of the
# members' admins), starts its peer and joins it (it catches up from the orderer), brings it the chaincode (its own
# server, a new sequence of the definition), has the chaincode admit it as a member (a majority of the members' admins
# approve) and rewrites the client descriptor. Each step skips what is done, so an interrupted run can be repeated.
# Usage: add-org.sh NAME [--custody true|false] [--production true|false]   (both true unless told)
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
STEPS="$(dirname "$0")"

usage() { fail "usage: network.sh add-org NAME [--custody true|false] [--production true|false]"; }
name="${1:-}"
[[ -n "$name" && "$name" != -* ]] || usage
shift
custody=true production=true
while (($#)); do
  case "$1" in
    --custody) custody="${2:-}"; shift 2 || usage ;;
    --production) production="${2:-}"; shift 2 || usage ;;
    *) usage ;;
  esac
done
running=false
for node in "${ORDERERS[@]}"; do ! is_running "$node" || running=true; done
$running || fail "the network is not running; start it with network.sh up"

start=$SECONDS
phase=$SECONDS
timed() {
  log "  $1: $((SECONDS - phase)) s"
  phase=$SECONDS
}

"$STEPS/add-org-define.sh" "$name" "$custody" "$production"
# The definition joins the arrays of common.sh in every step from here on (not in this script: it read them before).
"$STEPS/start-ca.sh" "$name"
"$STEPS/enroll-identities.sh" "$name"
timed "CA and identities"
"$STEPS/add-org-channel.sh" "$name"
timed "channel configuration update"
"$STEPS/start-peer.sh" "$name"
"$STEPS/add-org-join.sh" "$name"
timed "peer started, joined and caught up"
"$STEPS/add-org-chaincode.sh" "$name"
"$STEPS/wait-for-chaincode.sh"
"$STEPS/wait-for-gossip.sh"
timed "chaincode installed, new definition committed"
"$STEPS/add-org-member.sh" "$name"
timed "admitted as a member by the chaincode"
"$STEPS/write-descriptor.sh"
source "$ADDED_ORGS_DIR/$name.env"
log "added $name ($ORG_MSP_ID) in $((SECONDS - start)) s: peer $ORG_HOST:$(port "$ORG_PEER_PORT"), CA $ORG_HOST:$(port "$ORG_CA_PORT"), chaincode $ORG_HOST:$(port "$ORG_CHAINCODE_SERVER_PORT"); client descriptor $DESCRIPTOR"
