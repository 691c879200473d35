#!/usr/bin/env bash
# Joins an added organisation's (running) peer to channel `supplychain`: its admin fetches the channel's genesis block
# from the orderer (the channel's configuration now lists the organisation, so the orderer serves it), the peer joins
# with it and catches up block by block from the orderer; this waits until its height matches the height of an
# existing member's peer. Skipped when the peer has joined already (the wait still runs).
# Usage: add-org-join.sh NAME [SECONDS]
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

org="${1:?usage: add-org-join.sh NAME [SECONDS]}"
seconds="${2:-120}"
[[ -n "${MSP_ID[$org]:-}" ]] || fail "unknown organisation '$org'; define it first (add-org-define.sh)"
cli_log="$(log_file peer-cli)"
work="$CONFIG_DIR/add-org/$org"
mkdir -p "$work"
reference="${ORGS[0]}"

# A peer's height on the channel; empty while it cannot tell (it is still opening its ledger, say).
height() { as_admin "$1" peer channel getinfo -c "$CHANNEL" 2>/dev/null | sed -n 's/.*"height":\([0-9]*\).*/\1/p' || true; }

if ! as_admin "$org" peer channel list 2>/dev/null | grep -qx "$CHANNEL"; then
  attempt=1
  read -ra orderer <<<"$(orderer_cli_args)"
  until as_admin "$org" peer channel fetch 0 "$work/genesis.block" "${orderer[@]}" -c "$CHANNEL" \
    >/dev/null 2>>"$cli_log"; do
    # The orderer applies the configuration update that admits the organisation a moment after accepting it.
    ((attempt < 20)) || fail "${MSP_ID[$org]}'s admin could not fetch the genesis block of $CHANNEL; read $cli_log"
    attempt=$((attempt + 1))
    sleep 0.5
  done
  log "joining $(peer_name "$org") to channel $CHANNEL"
  as_admin "$org" peer channel join -b "$work/genesis.block" >/dev/null 2>>"$cli_log" ||
    fail "$(peer_name "$org") could not join $CHANNEL; read $cli_log and $(log_file "$(peer_name "$org")")"
fi

target="$(height "$reference")"
[[ -n "$target" ]] || fail "could not read the height of $CHANNEL on $(peer_name "$reference"); read $cli_log"
log "waiting for $(peer_name "$org") to catch up with $(peer_name "$reference") (height $target)"
for ((i = 0; i < seconds * 2; i++)); do
  current="$(height "$org")"
  if [[ -n "$current" ]] && ((current >= target)); then
    log "$(peer_name "$org") is at height $current"
    exit 0
  fi
  is_running "$(peer_name "$org")" || fail "$(peer_name "$org") exited; read $(log_file "$(peer_name "$org")")"
  sleep 0.5
done
fail "$(peer_name "$org") reached height ${current:-0} of $target within ${seconds}s; read $(log_file "$(peer_name "$org")")"
