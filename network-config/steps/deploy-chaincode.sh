#!/usr/bin/env bash
# Deploys chaincode `anchor` as a service through the full lifecycle: package, install on every peer,
# approve by every organisation, commit. The channel's default MAJORITY endorsement policy applies, except to
# the private data collections of commercial terms (one per pair of custody organisations, docs/private-terms.md):
# their writes need the endorsement of both members.
#
# Each organisation packages its own connection.json (the address of its own chaincode server), so its
# package ID is its own: approvals name the package ID per organisation, the definition is shared.
# Steps already done are skipped, so this is safe to run again.
# Usage: deploy-chaincode.sh [SEQUENCE]   (default 1; a later one redefines the chaincode for every organisation of
#        lib/common.sh, as add-org-chaincode.sh does when an organisation joins)
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

orderer=(-o "$HOST:$ORDERER_PORT" --tls --cafile "$(orderer_ca)")
sequence="${1:-1}"
collections="$CHAINCODE_STATE_DIR/collections.json"
mkdir -p "$CHAINCODE_STATE_DIR"
"$(dirname "$0")/../lib/terms-collections.sh" "${CUSTODY_ORGS[@]}" >"$collections"
definition=(-C "$CHANNEL" -n "$CHAINCODE_NAME" -v "$CHAINCODE_VERSION" --sequence "$sequence"
  --collections-config "$collections")

# 1. Package, once per organisation. gzip output differs between runs and the package ID is the hash of
#    the file, so the file is kept.
for org in "${ORGS[@]}"; do
  dir="$CHAINCODE_STATE_DIR/$org"
  package="$dir/$CHAINCODE_LABEL.tar.gz"
  if [[ ! -f "$package" ]]; then
    log "packaging $CHAINCODE_LABEL for ${MSP_ID[$org]} (chaincode server at $HOST:${CHAINCODE_SERVER_PORT[$org]})"
    mkdir -p "$dir/work"
    printf '{"address":"%s:%s","dial_timeout":"10s","tls_required":false}\n' \
      "$HOST" "${CHAINCODE_SERVER_PORT[$org]}" >"$dir/work/connection.json"
    printf '{"type":"ccaas","label":"%s"}\n' "$CHAINCODE_LABEL" >"$dir/work/metadata.json"
    tar -C "$dir/work" -czf "$dir/work/code.tar.gz" connection.json
    tar -C "$dir/work" -czf "$package" metadata.json code.tar.gz
    rm -rf "$dir/work" "$dir/package-id"
  fi
  if [[ ! -f "$dir/package-id" ]]; then
    as_admin "$org" peer lifecycle chaincode calculatepackageid "$package" >"$dir/package-id"
  fi
done

# A committed definition of this sequence or a later one stands.
committed="$(as_admin manufacturer peer lifecycle chaincode querycommitted -C "$CHANNEL" -n "$CHAINCODE_NAME" 2>/dev/null |
  sed -n 's/.*Sequence: \([0-9]*\),.*/\1/p' || true)"
if [[ -n "$committed" ]] && ((committed >= sequence)); then
  exit 0
fi

# 2. Install on every peer.
for org in "${ORGS[@]}"; do
  package_id="$(cat "$CHAINCODE_STATE_DIR/$org/package-id")"
  if ! as_admin "$org" peer lifecycle chaincode queryinstalled 2>/dev/null | grep -qF "$package_id"; then
    log "installing $CHAINCODE_LABEL on $(peer_name "$org")"
    as_admin "$org" peer lifecycle chaincode install "$CHAINCODE_STATE_DIR/$org/$CHAINCODE_LABEL.tar.gz" \
      >/dev/null 2>>"$(log_file peer-cli)" ||
      fail "installing the chaincode on $(peer_name "$org") failed; read $(log_file peer-cli) and $(log_file "$(peer_name "$org")")"
  fi
done

# 3. Approve by every organisation, each with its own package ID.
readiness="$(as_admin manufacturer peer lifecycle chaincode checkcommitreadiness "${definition[@]}" 2>/dev/null || true)"
for org in "${ORGS[@]}"; do
  if grep -q "${MSP_ID[$org]}: true" <<<"$readiness"; then
    continue
  fi
  log "approving $CHAINCODE_NAME for ${MSP_ID[$org]}"
  as_admin "$org" peer lifecycle chaincode approveformyorg "${orderer[@]}" "${definition[@]}" \
    --package-id "$(cat "$CHAINCODE_STATE_DIR/$org/package-id")" --waitForEvent >/dev/null 2>>"$(log_file peer-cli)" ||
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
