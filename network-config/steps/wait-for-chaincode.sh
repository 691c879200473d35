#!/usr/bin/env bash
# Waits until every organisation's chaincode server listens and answers a query through its peer (the
# JVM start and each peer's first dial take seconds), so that `up` returns only when the network is usable.
# Usage: wait-for-chaincode.sh [ORG...]   the organisations named (default: all); ANCHOR_CHAINCODE_WAIT seconds (120)
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

seconds="${ANCHOR_CHAINCODE_WAIT:-120}"
orgs=($(selected_orgs "$@"))
for org in "${orgs[@]}"; do
  wait_for_port "$(chaincode_name "$org")" "${CHAINCODE_SERVER_PORT[$org]}" "$seconds"
done
for org in "${orgs[@]}"; do
  name="$(chaincode_name "$org")"
  answered=false
  for ((i = 0; i < seconds; i++)); do
    if as_admin "$org" peer chaincode query -C "$CHANNEL" -n "$CHAINCODE_NAME" \
      -c '{"Args":["org.hyperledger.fabric:GetMetadata"]}' >/dev/null 2>>"$(log_file peer-cli)"; then
      answered=true
      break
    fi
    is_running "$name" || fail "$name exited; read $(log_file "$name")"
    sleep 1
  done
  $answered || fail "$name did not answer through $(peer_name "$org") within ${seconds}s; read $(log_file "$name") and $(log_file "$(peer_name "$org")")"
done
