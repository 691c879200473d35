#!/usr/bin/env bash
# Writes the channel's genesis block (.anchor/config/CHANNEL.block) from the configuration write-config.sh wrote and
# every organisation's public material (MSP and TLS CA certificates, NodeOUs, the ordering nodes' TLS certificates):
# it names the member organisations, their anchor peers and ordering endpoints, and the Raft consenters. A block
# already there is kept (the channel was made with it).
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

block="$CONFIG_DIR/$CHANNEL.block"
[[ ! -f "$block" ]] || exit 0
log "creating the genesis block of channel $CHANNEL"
configtxgen -configPath "$CONFIG_DIR/configtx" -profile SupplyChain -channelID "$CHANNEL" \
  -outputBlock "$block" 2>>"$(log_file configtxgen)" ||
  fail "configtxgen could not create the channel's genesis block; read $(log_file configtxgen)"
