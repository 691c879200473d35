#!/usr/bin/env bash
# Puts an organisation's certificate revocation list into its MSP in the channel configuration, so that every
# peer refuses the revoked certificates: fetches the channel's configuration block, sets the organisation's MSP
# `revocation_list` to the CRL (its CA's whole list: it replaces the one there), computes the update with
# configtxlator, has the organisation's admin sign and submit it, and waits until every peer has committed it.
# The organisation's MSP is changed under its own Admins policy (OR(<Org>MSP.admin)), in the application group and,
# for an organisation that operates ordering nodes, in the orderer group, so its admin's signature is all the update
# needs.
#
#   network-config/publish-crl.sh ORG CRL.pem     (ORG: an organisation of the topology, e.g. retailer)
#
# `anchor user revoke` runs it. Log: .anchor/logs/publish-crl.log
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
use_fabric

org="${1:?usage: publish-crl.sh ORG CRL.pem}"
crl="${2:?usage: publish-crl.sh ORG CRL.pem}"
[[ -n "${MSP_ID[$org]:-}" ]] || fail "unknown organisation '$org' (expected one of: ${ORGS[*]})"
[[ -s "$crl" ]] || fail "no CRL at $crl"
grep -q -- "-----BEGIN X509 CRL-----" "$crl" || fail "$crl is not a PEM certificate revocation list"
msp="${MSP_ID[$org]}"
mkdir -p "$LOG_DIR"
# jq edits the decoded configuration; Debian's package is installed when missing (as root), as postgres.sh does.
if ! command -v jq >/dev/null 2>&1; then
  [[ "$(id -u)" == 0 ]] || fail "jq is not installed; install Debian's package: sudo apt-get install -y jq"
  log "installing jq (apt-get install jq)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq; } >"$LOG_DIR/jq-install.log" 2>&1 ||
    fail "installing jq failed; read $LOG_DIR/jq-install.log"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
read -ra orderer <<<"$(orderer_cli_args)"
logfile="$(log_file publish-crl)"

# config_block FILE: the channel's newest configuration block, fetched from the orderer.
config_block() {
  as_admin "$org" peer channel fetch config "$1" "${orderer[@]}" -c "$CHANNEL" >>"$logfile" 2>&1 ||
    fail "fetching the configuration of channel $CHANNEL failed; read $logfile"
}
decode() { configtxlator proto_decode --type "$1" --input "$2"; }
encode() { configtxlator proto_encode --type "$1" --input "$2" --output "$3"; }

config_block "$work/block.pb"
decode common.Block "$work/block.pb" | jq '.data.data[0].payload.data.config' >"$work/config.json"
jq -e --arg msp "$msp" '.channel_group.groups.Application.groups[$msp]' "$work/config.json" >/dev/null ||
  fail "channel $CHANNEL has no organisation $msp"
# An organisation that operates ordering nodes is in the orderer group too, with the same MSP: both copies change
# alike (a channel refuses two different definitions of one MSP).
jq --arg msp "$msp" --arg crl "$(base64 -w0 "$crl")" \
  '(.channel_group.groups.Application.groups[$msp], (.channel_group.groups.Orderer.groups[$msp] // empty))
     .values.MSP.value.config.revocation_list = [$crl]' \
  "$work/config.json" >"$work/modified.json"
if cmp -s <(jq -S . "$work/config.json") <(jq -S . "$work/modified.json"); then
  log "the channel configuration already holds this CRL for $msp"
  exit 0
fi

encode common.Config "$work/config.json" "$work/config.pb"
encode common.Config "$work/modified.json" "$work/modified.pb"
configtxlator compute_update --channel_id "$CHANNEL" --original "$work/config.pb" --updated "$work/modified.pb" \
  --output "$work/update.pb"
decode common.ConfigUpdate "$work/update.pb" |
  jq --arg channel "$CHANNEL" '{payload: {header: {channel_header: {channel_id: $channel, type: 2}}, data: {config_update: .}}}' \
    >"$work/envelope.json"
encode common.Envelope "$work/envelope.json" "$work/envelope.pb"

log "updating the CRL of $msp in channel $CHANNEL (signed by Admin@$org.$DOMAIN)"
start=$SECONDS
as_admin "$org" peer channel update -f "$work/envelope.pb" -c "$CHANNEL" "${orderer[@]}" >>"$logfile" 2>&1 ||
  fail "the channel configuration update was refused; read $logfile"

# Every peer applies the new configuration when it commits the block that carries it.
config_block "$work/new.pb"
number="$(decode common.Block "$work/new.pb" | jq -r '.header.number')"
for peer_org in "${ORGS[@]}"; do
  for ((i = 0; ; i++)); do
    height="$(as_admin "$peer_org" peer channel getinfo -c "$CHANNEL" 2>/dev/null | sed -n 's/.*"height":\([0-9]*\).*/\1/p')"
    [[ -n "$height" ]] && ((height > number)) && break
    ((i < 300)) || fail "$(peer_name "$peer_org") has not committed configuration block $number within 30 s"
    sleep 0.1
  done
done
log "every peer has committed configuration block $number (the new CRL of $msp) $((SECONDS - start)) s after the update"
