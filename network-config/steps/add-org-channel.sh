#!/usr/bin/env bash
# Adds an organisation's MSP (with its anchor peer) to channel `supplychain` by a channel configuration update:
# fetches the latest configuration block, adds the organisation's group (configtxgen -printOrg, from its verifying MSP
# folder), computes the update with configtxlator, has it signed by the admins of a majority of the channel's member
# organisations (the /Channel/Application/Admins policy, MAJORITY Admins) with `peer channel signconfigtx`, and
# submits it. Skipped when the channel already has the organisation. The files it makes stay in
# .anchor/config/add-org/NAME/ for reading.
# Usage: add-org-channel.sh NAME
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../lib/application-org.sh"
use_fabric

org="${1:?usage: add-org-channel.sh NAME}"
[[ -n "${MSP_ID[$org]:-}" ]] || fail "unknown organisation '$org'; define it first (add-org-define.sh)"
msp="${MSP_ID[$org]}"
work="$CONFIG_DIR/add-org/$org"
mkdir -p "$work"
cli_log="$(log_file peer-cli)"
read -ra orderer <<<"$(orderer_cli_args)"

# The existing members sign and submit; any of them can read the configuration.
members=()
for other in "${ORGS[@]}"; do
  [[ "$other" == "$org" ]] || members+=("$other")
done

as_admin "${members[0]}" peer channel fetch config "$work/config_block.pb" "${orderer[@]}" -c "$CHANNEL" \
  >/dev/null 2>>"$cli_log" || fail "fetching the configuration of $CHANNEL failed; read $cli_log"
configtxlator proto_decode --input "$work/config_block.pb" --type common.Block |
  jq '.data.data[0].payload.data.config' >"$work/config.json"
if jq -e --arg msp "$msp" '.channel_group.groups.Application.groups | has($msp)' "$work/config.json" >/dev/null; then
  log "channel $CHANNEL already has $msp"
  exit 0
fi

# The organisation's definition, as configtx.yaml would give it in a channel profile.
{
  echo "Organizations:"
  application_org "$org" "$(org_dir "$org")/msp"
} >"$work/configtx.yaml"
configtxgen -configPath "$work" -printOrg "$msp" >"$work/org.json" 2>>"$(log_file configtxgen)" ||
  fail "configtxgen could not print $msp's definition; read $(log_file configtxgen)"

# The group, with its anchor peer (the peers of the other organisations find it through it).
jq --arg msp "$msp" --slurpfile group "$work/org.json" --arg host "${PEER_HOST[$org]}" --argjson port "${PEER_PORT[$org]}" \
  '.channel_group.groups.Application.groups[$msp] = $group[0]
   | .channel_group.groups.Application.groups[$msp].values.AnchorPeers =
       {"mod_policy": "Admins", "value": {"anchor_peers": [{"host": $host, "port": $port}]}, "version": "0"}' \
  "$work/config.json" >"$work/modified_config.json"

configtxlator proto_encode --input "$work/config.json" --type common.Config --output "$work/config.pb"
configtxlator proto_encode --input "$work/modified_config.json" --type common.Config --output "$work/modified_config.pb"
configtxlator compute_update --channel_id "$CHANNEL" --original "$work/config.pb" --updated "$work/modified_config.pb" \
  --output "$work/update.pb"
configtxlator proto_decode --input "$work/update.pb" --type common.ConfigUpdate |
  jq --arg channel "$CHANNEL" '{payload: {header: {channel_header: {channel_id: $channel, type: 2}}, data: {config_update: .}}}' \
    >"$work/update_in_envelope.json"
configtxlator proto_encode --input "$work/update_in_envelope.json" --type common.Envelope --output "$work/update_in_envelope.pb"

# A majority of the channel's member organisations, counted from the configuration itself.
count="$(jq '.channel_group.groups.Application.groups | length' "$work/config.json")"
needed=$((count / 2 + 1))
signers=()
for other in "${members[@]}"; do
  if jq -e --arg msp "${MSP_ID[$other]}" '.channel_group.groups.Application.groups | has($msp)' "$work/config.json" >/dev/null; then
    signers+=("$other")
  fi
done
((${#signers[@]} >= needed)) || fail "the channel has $count members but only ${#signers[@]} admins are at hand here; $needed must sign"
signers=("${signers[@]:0:needed}")

# Each admin but the last signs the envelope; the last signs it by submitting it.
for signer in "${signers[@]:0:needed-1}"; do
  log "signing the update that adds $msp as the admin of ${MSP_ID[$signer]}"
  as_admin "$signer" peer channel signconfigtx -f "$work/update_in_envelope.pb" >/dev/null 2>>"$cli_log" ||
    fail "the admin of ${MSP_ID[$signer]} could not sign the update; read $cli_log"
done
submitter="${signers[needed - 1]}"
log "submitting the update that adds $msp to $CHANNEL as the admin of ${MSP_ID[$submitter]} ($needed of $count admins sign)"
as_admin "$submitter" peer channel update -f "$work/update_in_envelope.pb" -c "$CHANNEL" "${orderer[@]}" \
  >/dev/null 2>>"$cli_log" || fail "the orderer refused the channel update that adds $msp; read $cli_log and $(log_file orderer)"
