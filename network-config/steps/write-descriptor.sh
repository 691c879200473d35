#!/usr/bin/env bash
# Writes .anchor/network.json: how a client reaches each organisation's peer and which user identity
# it acts as. The anchor CLI, the SDK's LocalNetwork and the tests read it.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

entries=()
for org in "${ORGS[@]}"; do
  user="$(org_dir "$org")/users/User1@$org.$DOMAIN/msp"
  key="$(find "$user/keystore" -type f | head -n 1)"
  [[ -n "$key" ]] || fail "no private key in $user/keystore"
  entries+=("$(printf '    "%s": {\n      "mspId": "%s",\n      "peerEndpoint": "%s:%s",\n      "peerHostAlias": "%s",\n      "tlsCaCert": "%s",\n      "userCert": "%s",\n      "userKey": "%s"\n    }' \
    "$org" "${MSP_ID[$org]}" "$HOST" "${PEER_PORT[$org]}" "$(peer_name "$org")" \
    "$(peer_dir "$org")/tls/ca.crt" "$user/signcerts/User1@$org.$DOMAIN-cert.pem" "$key")")
done
{
  printf '{\n  "channel": "%s",\n  "chaincode": "%s",\n  "organizations": {\n' "$CHANNEL" "$CHAINCODE_NAME"
  (IFS=$'\n'; printf '%s' "${entries[0]}")
  for entry in "${entries[@]:1}"; do printf ',\n%s' "$entry"; done
  printf '\n  }\n}\n'
} >"$DESCRIPTOR.tmp"
mv "$DESCRIPTOR.tmp" "$DESCRIPTOR"
