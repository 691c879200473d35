#!/usr/bin/env bash
# Waits until the chaincode answers a query through a peer (the JVM start and the peer's first dial
# take seconds), so that `up` returns only when the network is usable.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

seconds="${1:-90}"
for ((i = 0; i < seconds; i++)); do
  if as_admin manufacturer peer chaincode query -C "$CHANNEL" -n "$CHAINCODE_NAME" \
    -c '{"Args":["org.hyperledger.fabric:GetMetadata"]}' >/dev/null 2>>"$(log_file peer-cli)"; then
    exit 0
  fi
  is_running chaincode || fail "the chaincode server exited; read $(log_file chaincode)"
  sleep 1
done
fail "the chaincode did not answer within ${seconds}s; read $(log_file chaincode) and $(log_file "$(peer_name manufacturer)")"
