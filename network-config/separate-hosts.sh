#!/usr/bin/env bash
# The Anchor network with every organisation on a test host of its own (network-config/test-hosts.sh: a network
# namespace with its own address on a bridge), each host running network-config/host.sh for its organisation with its
# own state folder (.anchor/hosts/ORG/) and only public material crossing between hosts (.anchor/exchange/). Used by
# the integration test SeparateHostsIT; needs root (CAP_NET_ADMIN).
#
#   network-config/separate-hosts.sh up     make the hosts, write their topology (the default one with each
#                                           organisation's nodes on its host's address), init every organisation,
#                                           make the channel on the manufacturer's host, bring all hosts up at once;
#                                           writes the client descriptor of all of them: .anchor/separate-hosts/network.json
#   network-config/separate-hosts.sh down   stop every host's processes, remove the hosts and all their state
#
# ANCHOR_TEST_SUBNET chooses the hosts' /24 (test-hosts.sh); the hosts are named after the organisations.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
WORK_DIR="$STATE_DIR/separate-hosts"
HOSTS_STATE_DIR="$STATE_DIR/hosts"
EXCHANGE="$STATE_DIR/exchange"
TEST_HOSTS="$NETWORK_CONFIG_DIR/test-hosts.sh"
HOST_TOPOLOGY="$WORK_DIR/topology.yaml"

usage() {
  sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# on_host ORG host.sh ARGS...: runs host.sh inside ORG's test host, with ORG's own state folder.
on_host() {
  local org="$1"
  shift
  "$TEST_HOSTS" exec "$org" env ANCHOR_STATE_DIR="$HOSTS_STATE_DIR/$org" ANCHOR_TOPOLOGY="$HOST_TOPOLOGY" \
    ANCHOR_EXCHANGE_DIR="$EXCHANGE" "$NETWORK_CONFIG_DIR/host.sh" "$@"
}

cmd_up() {
  local start=$SECONDS org address pids=() failed=()
  mkdir -p "$WORK_DIR" "$LOG_DIR"
  [[ -f "$CHAINCODE_JAR" ]] || fail "the chaincode jar $CHAINCODE_JAR is missing (build it with: mvn -pl chaincode -am package)"
  "$TEST_HOSTS" up "${ORGS[@]}" >/dev/null
  cp "$TOPOLOGY" "$HOST_TOPOLOGY.tmp"
  for org in "${ORGS[@]}"; do
    address="$("$TEST_HOSTS" address "$org")"
    ORG="$org" ADDRESS="$address" yq -i '
      (.organizations[] | select(.name == strenv(ORG)) | (.peers[].host, .ca.host, .chaincodeServer.host)) = strenv(ADDRESS) |
      (.orderers[] | select(.organization == strenv(ORG)) | .host) = strenv(ADDRESS)' "$HOST_TOPOLOGY.tmp"
    log "$org's host: $address"
  done
  mv "$HOST_TOPOLOGY.tmp" "$HOST_TOPOLOGY"
  for org in "${ORGS[@]}"; do
    on_host "$org" init "$org"
  done
  on_host "${ORGS[0]}" channel
  # Every host at once, as separate companies would: each waits for the others (Raft quorum, approvals, gossip).
  for org in "${ORGS[@]}"; do
    log "bringing $org up on its host (log: $(log_file "separate-hosts-$org"))"
    on_host "$org" up "$org" >"$(log_file "separate-hosts-$org")" 2>&1 &
    pids+=($!)
  done
  for i in "${!ORGS[@]}"; do
    wait "${pids[$i]}" || failed+=("${ORGS[$i]}")
  done
  ((${#failed[@]} == 0)) || fail "host.sh up failed on the hosts of ${failed[*]}; read $(log_file "separate-hosts-${failed[0]}")"
  for org in "${ORGS[@]}"; do echo "$HOSTS_STATE_DIR/$org/network.json"; done |
    xargs jq -s '{channel: .[0].channel, chaincode: .[0].chaincode,
      organizations: (map(.organizations) | add), orderers: (map(.orderers) | add)}' >"$WORK_DIR/network.json"
  log "all hosts up in $((SECONDS - start)) s; client descriptor $WORK_DIR/network.json"
}

cmd_down() {
  local org
  if [[ -f "$HOST_TOPOLOGY" ]]; then
    for org in "${ORGS[@]}"; do
      [[ -d "$HOSTS_STATE_DIR/$org" ]] || continue
      ANCHOR_STATE_DIR="$HOSTS_STATE_DIR/$org" ANCHOR_TOPOLOGY="$HOST_TOPOLOGY" "$NETWORK_CONFIG_DIR/host.sh" down "$org" || true
    done
  fi
  "$TEST_HOSTS" down
  rm -rf "$HOSTS_STATE_DIR" "$EXCHANGE" "$WORK_DIR"
}

case "${1:-}" in
  up) shift; cmd_up ;;
  down) shift; cmd_down ;;
  *) usage ;;
esac
