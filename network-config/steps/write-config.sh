#!/usr/bin/env bash
# Writes the nodes' and the channel's configuration files into .anchor/config/ (the crypto material they name
# comes from the organisations' CAs: enroll-identities.sh).
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

# Node configuration: Fabric's own sample core.yaml / orderer.yaml, overridden per process by environment
# variables (see start-peer.sh and start-orderer.sh).
mkdir -p "$CONFIG_DIR/peer" "$CONFIG_DIR/orderer" "$CONFIG_DIR/configtx"
cp -f "$FABRIC_SAMPLE_CONFIG/core.yaml" "$CONFIG_DIR/peer/core.yaml"
cp -f "$FABRIC_SAMPLE_CONFIG/orderer.yaml" "$CONFIG_DIR/orderer/orderer.yaml"

# The channel profile, with this network's ports filled in.
sed -e "s/@ORDERER_PORT@/$ORDERER_PORT/g" \
  -e "s/@MANUFACTURER_PORT@/${PEER_PORT[manufacturer]}/g" \
  -e "s/@DISTRIBUTOR_PORT@/${PEER_PORT[distributor]}/g" \
  -e "s/@RETAILER_PORT@/${PEER_PORT[retailer]}/g" \
  -e "s/@AUDITOR_PORT@/${PEER_PORT[auditor]}/g" \
  "$NETWORK_CONFIG_DIR/config/configtx.yaml" >"$CONFIG_DIR/configtx/configtx.yaml"
