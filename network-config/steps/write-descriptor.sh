#!/usr/bin/env bash
# Writes .anchor/network.json: how a client reaches each organisation's peer (the peer's host and port from the
# topology) and which user identity it acts as, its Fabric CA (address, TLS root, the admin identity that registers and
# revokes users), and the ordering service's nodes (operator, client, admin and operations addresses, TLS root), which
# clients do not dial (the peers' gateways do) but operators and tests read. The anchor CLI, the SDK's LocalNetwork
# and the tests read it.
# Usage: write-descriptor.sh [ORG...]   the organisations named, with their ordering nodes (default: all); on a host of
#                                       its own (host.sh), an organisation describes only itself
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

orgs=($(selected_orgs "$@"))
entries=()
for org in "${orgs[@]}"; do
  user="$(org_dir "$org")/users/$DEFAULT_USER@$org.$DOMAIN/msp"
  key="$(find "$user/keystore" -type f | head -n 1)"
  [[ -n "$key" ]] || fail "no private key in $user/keystore"
  cert="$(find "$user/signcerts" -type f | head -n 1)"
  [[ -n "$cert" ]] || fail "no certificate in $user/signcerts"
  admin="$(org_dir "$org")/users/Admin@$org.$DOMAIN/msp"
  custody=false
  [[ " ${CUSTODY_ORGS[*]} " != *" $org "* ]] || custody=true
  entries+=("$(printf '    "%s": {\n      "mspId": "%s",\n      "holdsCustody": %s,\n      "peerEndpoint": "%s",\n      "peerHostAlias": "%s",\n      "peerOperationsEndpoint": "%s:%s",\n      "tlsCaCert": "%s",\n      "userCert": "%s",\n      "userKey": "%s",\n      "ca": {"url": "https://%s:%s", "name": "%s", "tlsCaCert": "%s", "adminMsp": "%s"}\n    }' \
    "$org" "${MSP_ID[$org]}" "$custody" "$(peer_endpoint "$org")" "$(peer_name "$org")" "${PEER_HOST[$org]}" "${PEER_OPERATIONS_PORT[$org]}" \
    "$(peer_dir "$org")/tls/ca.crt" "$cert" "$key" \
    "${CA_HOST[$org]}" "${CA_PORT[$org]}" "$(ca_name "$org")" "$(ca_cert "$org")" "$admin")")
done
orderers=()
for node in $(for org in "${orgs[@]}"; do orgs_orderers "$org"; done); do
  orderers+=("$(printf '    {"name": "%s", "organization": "%s", "mspId": "%s", "endpoint": "%s", "adminEndpoint": "%s:%s", "operationsEndpoint": "%s:%s", "tlsCaCert": "%s"}' \
    "$node" "${ORDERER_ORG[$node]}" "${MSP_ID[${ORDERER_ORG[$node]}]}" "$(orderer_endpoint "$node")" \
    "${ORDERER_HOST[$node]}" "${ORDERER_ADMIN_PORT[$node]}" "${ORDERER_HOST[$node]}" "${ORDERER_OPERATIONS_PORT[$node]}" \
    "$(orderer_dir "$node")/tls/ca.crt")")
done
join() {
  (($# > 0)) || return 0
  local first="$1"
  shift
  printf '%s' "$first"
  for item in "$@"; do printf ',\n%s' "$item"; done
}
{
  printf '{\n  "channel": "%s",\n  "chaincode": "%s",\n  "organizations": {\n' "$CHANNEL" "$CHAINCODE_NAME"
  join "${entries[@]}"
  printf '\n  },\n  "orderers": [\n'
  join "${orderers[@]}"
  printf '\n  ]\n}\n'
} >"$DESCRIPTOR.tmp"
mv "$DESCRIPTOR.tmp" "$DESCRIPTOR"
