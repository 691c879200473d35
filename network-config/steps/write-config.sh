#!/usr/bin/env bash
# Writes the nodes' and the channel's configuration files into .anchor/config/ (the crypto material they name
# comes from the organisations' CAs: enroll-identities.sh). The channel's organisations, anchor peers, ordering
# endpoints and Raft consenters come from the topology (network-config/topology.yaml).
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$(dirname "$0")/../lib/application-org.sh"
use_fabric

# Node configuration: Fabric's own sample core.yaml / orderer.yaml, overridden per process by environment
# variables (see start-peer.sh and start-orderer.sh).
mkdir -p "$CONFIG_DIR/peer" "$CONFIG_DIR/orderer" "$CONFIG_DIR/configtx"
cp -f "$FABRIC_SAMPLE_CONFIG/core.yaml" "$CONFIG_DIR/peer/core.yaml"
cp -f "$FABRIC_SAMPLE_CONFIG/orderer.yaml" "$CONFIG_DIR/orderer/orderer.yaml"

crypto=../../crypto/peerOrganizations

# The same MSP in the orderer group: its ordering nodes' endpoints, and its nodes (OU orderer) sign the blocks
# (BlockValidation: ANY Writers of the orderer group); its admins take part in the orderer group's MAJORITY Admins.
ordering_org() {
  local org="$1" msp="${MSP_ID[$1]}" node
  cat <<YAML
  - &${msp}Ordering
    Name: $msp
    ID: $msp
    MSPDir: $crypto/$org.$DOMAIN/msp
    Policies:
      Readers: {Type: Signature, Rule: "OR('$msp.member')"}
      Writers: {Type: Signature, Rule: "OR('$msp.orderer')"}
      Admins: {Type: Signature, Rule: "OR('$msp.admin')"}
    OrdererEndpoints:
YAML
  for node in $(orgs_orderers "$org"); do
    echo "      - $(orderer_endpoint "$node")"
  done
}

consenter() {
  local node="$1" tls
  tls="$crypto/${ORDERER_ORG[$1]}.$DOMAIN/orderers/$node/tls/server.crt"
  cat <<YAML
      - Host: ${ORDERER_HOST[$node]}
        Port: ${ORDERER_PORT[$node]}
        ClientTLSCert: $tls
        ServerTLSCert: $tls
YAML
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for org in "${ORGS[@]}"; do application_org "$org" "$crypto/$org.$DOMAIN/msp"; done >"$work/organizations"
for org in $(ordering_orgs); do ordering_org "$org"; done >>"$work/organizations"
for node in "${ORDERERS[@]}"; do consenter "$node"; done >"$work/consenters"
application="$(for org in "${ORGS[@]}"; do printf '*%s, ' "${MSP_ID[$org]}"; done)"
ordering="$(for org in $(ordering_orgs); do printf '*%sOrdering, ' "${MSP_ID[$org]}"; done)"

awk -v orgs="$work/organizations" -v consenters="$work/consenters" \
  -v application="${application%, }" -v ordering="${ordering%, }" '
  $0 == "@ORGANIZATIONS@" { while ((getline line < orgs) > 0) print line; next }
  $0 == "@CONSENTERS@" { while ((getline line < consenters) > 0) print line; next }
  { gsub(/@APPLICATION_ORGANIZATIONS@/, application); gsub(/@ORDERER_ORGANIZATIONS@/, ordering); print }
' "$NETWORK_CONFIG_DIR/config/configtx.yaml" >"$CONFIG_DIR/configtx/configtx.yaml"
