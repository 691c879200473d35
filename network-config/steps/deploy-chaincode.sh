#!/usr/bin/env bash
# Deploys chaincode `anchor` as a service through the full lifecycle: package (once), install on every
# peer, approve by every organisation, commit. The channel's default MAJORITY endorsement policy applies.
# Steps already done are skipped, so this is safe to run again.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

mkdir -p "$CHAINCODE_STATE_DIR"
package="$CHAINCODE_STATE_DIR/$CHAINCODE_LABEL.tar.gz"
package_id_file="$CHAINCODE_STATE_DIR/package-id"
orderer=(-o "$HOST:$ORDERER_PORT" --tls --cafile "$(orderer_ca)")
sequence=1

# 1. Package, once: the package holds only where the chaincode server listens. gzip output differs
#    between runs, and the package ID is the hash of the file, so the file is kept.
if [[ ! -f "$package" ]]; then
  log "packaging $CHAINCODE_LABEL (chaincode-as-a-service at $HOST:$CHAINCODE_SERVER_PORT)"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  printf '{"address":"%s:%s","dial_timeout":"10s","tls_required":false}\n' "$HOST" "$CHAINCODE_SERVER_PORT" >"$work/connection.json"
  printf '{"type":"ccaas","label":"%s"}\n' "$CHAINCODE_LABEL" >"$work/metadata.json"
  tar -C "$work" -czf "$work/code.tar.gz" connection.json
  tar -C "$work" -czf "$package" metadata.json code.tar.gz
  rm -f "$package_id_file"
fi
if [[ ! -f "$package_id_file" ]]; then
  as_admin manufacturer peer lifecycle chaincode calculatepackageid "$package" >"$package_id_file"
fi
package_id="$(cat "$package_id_file")"

if as_admin manufacturer peer lifecycle chaincode querycommitted -C "$CHANNEL" -n "$CHAINCODE_NAME" 2>/dev/null |
  grep -q "Sequence: $sequence,"; then
  exit 0
fi

# 2. Install on every peer.
for org in "${ORGS[@]}"; do
  if ! as_admin "$org" peer lifecycle chaincode queryinstalled 2>/dev/null | grep -qF "$package_id"; then
    log "installing $CHAINCODE_LABEL on $(peer_name "$org")"
    as_admin "$org" peer lifecycle chaincode install "$package" >/dev/null 2>>"$(log_file peer-cli)" ||
      fail "installing the chaincode on $(peer_name "$org") failed; read $(log_file peer-cli) and $(log_file "$(peer_name "$org")")"
  fi
done

# 3. Approve by every organisation.
definition=(-C "$CHANNEL" -n "$CHAINCODE_NAME" -v "$CHAINCODE_VERSION" --sequence "$sequence")
readiness="$(as_admin manufacturer peer lifecycle chaincode checkcommitreadiness "${definition[@]}" 2>/dev/null || true)"
for org in "${ORGS[@]}"; do
  if grep -q "${MSP_ID[$org]}: true" <<<"$readiness"; then
    continue
  fi
  log "approving $CHAINCODE_NAME for ${MSP_ID[$org]}"
  as_admin "$org" peer lifecycle chaincode approveformyorg "${orderer[@]}" "${definition[@]}" \
    --package-id "$package_id" --waitForEvent >/dev/null 2>>"$(log_file peer-cli)" ||
    fail "${MSP_ID[$org]} could not approve the chaincode; read $(log_file peer-cli)"
done

# 4. Commit, endorsed by every organisation's peer.
peers=()
for org in "${ORGS[@]}"; do
  peers+=(--peerAddresses "$HOST:${PEER_PORT[$org]}" --tlsRootCertFiles "$(peer_dir "$org")/tls/ca.crt")
done
log "committing $CHAINCODE_NAME to channel $CHANNEL"
as_admin manufacturer peer lifecycle chaincode commit "${orderer[@]}" "${definition[@]}" "${peers[@]}" \
  --waitForEvent >/dev/null 2>>"$(log_file peer-cli)" ||
  fail "committing the chaincode definition failed; read $(log_file peer-cli)"
