#!/usr/bin/env bash
# Writes .anchor/network.json: how a client reaches each organisation's peer and which user identity
# it acts as, and its Fabric CA (address, TLS root, the admin identity that registers and revokes users).
# The anchor CLI, the SDK's LocalNetwork and the tests read it.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

entries=()
for org in "${ORGS[@]}"; do
  user="$(org_dir "$org")/users/$DEFAULT_USER@$org.$DOMAIN/msp"
  key="$(find "$user/keystore" -type f | head -n 1)"
  [[ -n "$key" ]] || fail "no private key in $user/keystore"
  cert="$(find "$user/signcerts" -type f | head -n 1)"
  [[ -n "$cert" ]] || fail "no certificate in $user/signcerts"
  admin="$(org_dir "$org")/users/Admin@$org.$DOMAIN/msp"
  custody=false
  [[ " ${CUSTODY_ORGS[*]} " != *" $org "* ]] || custody=true
  entries+=("$(printf '    "%s": {\n      "mspId": "%s",\n      "holdsCustody": %s,\n      "peerEndpoint": "%s:%s",\n      "peerHostAlias": "%s",\n      "tlsCaCert": "%s",\n      "userCert": "%s",\n      "userKey": "%s",\n      "ca": {"url": "https://%s:%s", "name": "%s", "tlsCaCert": "%s", "adminMsp": "%s"}\n    }' \
    "$org" "${MSP_ID[$org]}" "$custody" "$HOST" "${PEER_PORT[$org]}" "$(peer_name "$org")" \
    "$(peer_dir "$org")/tls/ca.crt" "$cert" "$key" \
    "$HOST" "${CA_PORT[$org]}" "$(ca_name "$org")" "$(ca_cert "$org")" "$admin")")
done
{
  printf '{\n  "channel": "%s",\n  "chaincode": "%s",\n  "organizations": {\n' "$CHANNEL" "$CHAINCODE_NAME"
  (IFS=$'\n'; printf '%s' "${entries[0]}")
  for entry in "${entries[@]:1}"; do printf ',\n%s' "$entry"; done
  printf '\n  }\n}\n'
} >"$DESCRIPTOR.tmp"
mv "$DESCRIPTOR.tmp" "$DESCRIPTOR"
