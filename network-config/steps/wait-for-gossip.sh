#!/usr/bin/env bash
# Waits until every peer's gossip knows the other organisations' peers on the channel, read from the peer's
# operations endpoint (metric gossip_membership_total_peers_known). Until then the gateway's discovery cannot find
# peers of enough organisations for the endorsement policy, and the first write after `up` fails with "no
# combination of peers can be derived". A peer started before metrics were enabled serves no metrics: it is skipped.
# Usage: wait-for-gossip.sh [ORG...]   the organisations' peers named (default: all); ANCHOR_GOSSIP_WAIT seconds (60)
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

seconds="${ANCHOR_GOSSIP_WAIT:-60}"
others=$((${#ORGS[@]} - 1))
orgs=($(selected_orgs "$@"))
for org in "${orgs[@]}"; do
  name="$(peer_name "$org")"
  url="http://${PEER_HOST[$org]}:${PEER_OPERATIONS_PORT[$org]}/metrics"
  known=""
  for ((i = 0; i < seconds * 4; i++)); do
    if ! metrics="$(curl -sf "$url" 2>/dev/null)"; then
      if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null || true)" == 404 ]]; then
        log "$name serves no metrics (started before they were enabled): not waiting for its gossip"
        known=skip
        break
      fi
    else
      known="$(printf '%s\n' "$metrics" | awk -v ch="channel=\"$CHANNEL\"" \
        '/^gossip_membership_total_peers_known/ && index($0, ch) { print $NF }' | tail -n 1)"
      if [[ -n "$known" ]] && awk -v k="$known" -v n="$others" 'BEGIN { exit !(k + 0 >= n) }'; then
        break
      fi
    fi
    is_running "$name" || fail "$name exited; read $(log_file "$name")"
    sleep 0.25
  done
  if [[ "$known" != skip ]] && ! awk -v k="${known:-0}" -v n="$others" 'BEGIN { exit !(k + 0 >= n) }'; then
    fail "$name knows ${known:-no} other peers on $CHANNEL after ${seconds}s, not $others; read $(log_file "$name")"
  fi
done
