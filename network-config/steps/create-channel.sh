#!/usr/bin/env bash
# Creates channel `supplychain` on the orderer (channel participation API, no system channel) and
# joins every organisation's peer to it. Steps already done are skipped.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

block="$CONFIG_DIR/$CHANNEL.block"
if [[ ! -f "$block" ]]; then
  log "creating the genesis block of channel $CHANNEL"
  configtxgen -configPath "$CONFIG_DIR/configtx" -profile SupplyChain -channelID "$CHANNEL" \
    -outputBlock "$block" 2>>"$(log_file configtxgen)" ||
    fail "configtxgen could not create the channel's genesis block; read $(log_file configtxgen)"
fi

tls="$(orderer_dir)/tls"
admin=(--orderer-address "$HOST:$ORDERER_ADMIN_PORT" --ca-file "$tls/ca.crt"
  --client-cert "$tls/server.crt" --client-key "$tls/server.key")
# A process that has just started may answer its first list call with an error; a join that then fails because
# the channel is already there ("ledger already exists") is success, so each join is retried and re-checked.
orderer_joined() { osnadmin channel list "${admin[@]}" --channelID "$CHANNEL" 2>/dev/null | grep -q "Status: 200"; }
peer_joined() { as_admin "$1" peer channel list 2>/dev/null | grep -qx "$CHANNEL"; }

if ! orderer_joined; then
  log "joining the orderer to channel $CHANNEL"
  attempt=1
  until osnadmin channel join "${admin[@]}" --channelID "$CHANNEL" --config-block "$block" \
    >>"$(log_file osnadmin)" 2>&1 || orderer_joined; do
    ((attempt < 10)) || fail "the orderer refused to join channel $CHANNEL; read $(log_file osnadmin) and $(log_file orderer)"
    attempt=$((attempt + 1))
    sleep 1
  done
fi

for org in "${ORGS[@]}"; do
  peer_joined "$org" && continue
  log "joining $(peer_name "$org") to channel $CHANNEL"
  attempt=1
  until as_admin "$org" peer channel join -b "$block" >/dev/null 2>>"$(log_file "peer-cli")" || peer_joined "$org"; do
    ((attempt < 10)) || fail "$(peer_name "$org") could not join $CHANNEL; read $(log_file "$(peer_name "$org")") and $(log_file peer-cli)"
    attempt=$((attempt + 1))
    sleep 1
  done
done
