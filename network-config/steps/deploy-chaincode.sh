#!/usr/bin/env bash
# Deploys chaincode `anchor` as a service through the full lifecycle: package, install on every peer,
# approve by every organisation, commit. The channel's default MAJORITY endorsement policy applies, except to
# the private data collections of commercial terms (one per pair of custody organisations, docs/private-terms.md):
# their writes need the endorsement of both members.
#
# Each organisation packages its own connection.json (the address of its own chaincode server), so its
# package ID is its own: approvals name the package ID per organisation, the definition is shared.
# Steps already done are skipped, so this is safe to run again.
#
# Usage: deploy-chaincode.sh [ORG...]   package, install and approve for the organisations named (default: all), then
#   commit once a majority of all organisations approved, endorsed by the approving organisations' peers. On a host of
#   its own (host.sh) an organisation runs it for itself: its approval waits for the ordering service to have a Raft
#   leader, and it then waits (ANCHOR_COMMIT_WAIT seconds, default 600) until the definition is committed, committing
#   it itself when it sees a majority approved first (whoever commits first wins; the others find it committed).
#   --sequence N (default 1): a later sequence redefines the chaincode, as add-org-chaincode.sh does when an
#   organisation joins; a committed definition of this sequence or a later one stands.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

sequence=1
if [[ "${1:-}" == --sequence ]]; then
  [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || fail "--sequence takes a whole number from 1, not \"${2:-}\""
  sequence="$2"
  shift 2
fi
orgs=($(selected_orgs "$@"))
# On one machine (no organisation named) everything is up already: a refusal is final, as it always was.
if (($# > 0)); then wait_seconds="${ANCHOR_COMMIT_WAIT:-600}"; else wait_seconds=0; fi
collections="$CHAINCODE_STATE_DIR/collections.json"
mkdir -p "$CHAINCODE_STATE_DIR"
"$(dirname "$0")/../lib/terms-collections.sh" "${CUSTODY_ORGS[@]}" >"$collections"
definition=(-C "$CHANNEL" -n "$CHAINCODE_NAME" -v "$CHAINCODE_VERSION" --sequence "$sequence"
  --collections-config "$collections")

# 1. Package, once per organisation. gzip output differs between runs and the package ID is the hash of
#    the file, so the file is kept.
for org in "${orgs[@]}"; do
  dir="$CHAINCODE_STATE_DIR/$org"
  package="$dir/$CHAINCODE_LABEL.tar.gz"
  if [[ ! -f "$package" ]]; then
    log "packaging $CHAINCODE_LABEL for ${MSP_ID[$org]} (chaincode server at ${CHAINCODE_SERVER_HOST[$org]}:${CHAINCODE_SERVER_PORT[$org]})"
    mkdir -p "$dir/work"
    printf '{"address":"%s:%s","dial_timeout":"10s","tls_required":false}\n' \
      "${CHAINCODE_SERVER_HOST[$org]}" "${CHAINCODE_SERVER_PORT[$org]}" >"$dir/work/connection.json"
    printf '{"type":"ccaas","label":"%s"}\n' "$CHAINCODE_LABEL" >"$dir/work/metadata.json"
    tar -C "$dir/work" -czf "$dir/work/code.tar.gz" connection.json
    tar -C "$dir/work" -czf "$package" metadata.json code.tar.gz
    rm -rf "$dir/work" "$dir/package-id"
  fi
  if [[ ! -f "$dir/package-id" ]]; then
    as_admin "$org" peer lifecycle chaincode calculatepackageid "$package" >"$dir/package-id"
  fi
done

# Whether a definition of this sequence or a later one is committed.
committed() {
  local current
  current="$(as_admin "${orgs[0]}" peer lifecycle chaincode querycommitted -C "$CHANNEL" -n "$CHAINCODE_NAME" 2>/dev/null |
    sed -n 's/.*Sequence: \([0-9]*\),.*/\1/p' || true)"
  [[ -n "$current" ]] && ((current >= sequence))
}
approved() {
  as_admin "$1" peer lifecycle chaincode queryapproved -C "$CHANNEL" -n "$CHAINCODE_NAME" --sequence "$sequence" \
    >/dev/null 2>&1
}
# Run for every organisation on one machine, a committed definition means the work is done.
if (($# == 0)) && committed; then
  exit 0
fi

# 2. Install on the organisations' peers.
for org in "${orgs[@]}"; do
  package_id="$(cat "$CHAINCODE_STATE_DIR/$org/package-id")"
  if ! as_admin "$org" peer lifecycle chaincode queryinstalled 2>/dev/null | grep -qF "$package_id"; then
    log "installing $CHAINCODE_LABEL on $(peer_name "$org")"
    as_admin "$org" peer lifecycle chaincode install "$CHAINCODE_STATE_DIR/$org/$CHAINCODE_LABEL.tar.gz" \
      >/dev/null 2>>"$(log_file peer-cli)" ||
      fail "installing the chaincode on $(peer_name "$org") failed; read $(log_file peer-cli) and $(log_file "$(peer_name "$org")")"
  fi
done

# 3. Approve by each organisation, with its own package ID. Until the ordering service has a Raft leader (a
#    majority of its nodes up, on their hosts) the approval is refused: it is tried again, for up to wait_seconds.
for org in "${orgs[@]}"; do
  approved "$org" && continue
  log "approving $CHAINCODE_NAME for ${MSP_ID[$org]}"
  start=$SECONDS
  until read -ra orderer <<<"$(orderer_cli_args)" &&
    as_admin "$org" peer lifecycle chaincode approveformyorg "${orderer[@]}" "${definition[@]}" \
      --package-id "$(cat "$CHAINCODE_STATE_DIR/$org/package-id")" --waitForEvent >/dev/null 2>>"$(log_file peer-cli)"; do
    approved "$org" && break
    ((SECONDS - start < wait_seconds)) || fail "${MSP_ID[$org]} could not approve the chaincode; read $(log_file peer-cli)"
    sleep 2
  done
done

# 4. Commit once a majority of all organisations approved (the LifecycleEndorsement policy), endorsed by the peers of
#    the organisations that approved.
majority=$((${#ORGS[@]} / 2 + 1))
start=$SECONDS
until committed; do
  readiness="$(as_admin "${orgs[0]}" peer lifecycle chaincode checkcommitreadiness "${definition[@]}" 2>/dev/null || true)"
  peers=()
  for org in "${ORGS[@]}"; do
    grep -q "${MSP_ID[$org]}: true" <<<"$readiness" || continue
    peers+=(--peerAddresses "$(peer_endpoint "$org")" --tlsRootCertFiles "$(peer_dir "$org")/tls/ca.crt")
  done
  if ((${#peers[@]} / 4 >= majority)); then
    log "committing $CHAINCODE_NAME to channel $CHANNEL ($((${#peers[@]} / 4)) of ${#ORGS[@]} organisations approved)"
    read -ra orderer <<<"$(orderer_cli_args)"
    as_admin "${orgs[0]}" peer lifecycle chaincode commit "${orderer[@]}" "${definition[@]}" "${peers[@]}" \
      --waitForEvent >/dev/null 2>>"$(log_file peer-cli)" || committed ||
      fail "committing the chaincode definition failed; read $(log_file peer-cli)"
    break
  fi
  ((SECONDS - start < wait_seconds)) ||
    fail "the chaincode definition was not committed within ${wait_seconds}s: $((${#peers[@]} / 4)) of ${#ORGS[@]} organisations approved, $majority needed"
  sleep 2
done
