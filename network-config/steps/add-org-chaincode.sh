#!/usr/bin/env bash
# Brings chaincode `anchor` to an added organisation: its own package (the address of its own chaincode server),
# installed on its peer, its chaincode server started, and a new sequence of the chaincode definition, approved by
# every organisation (the existing ones and the new one, each with its own package ID) and committed with every peer's
# endorsement. The definition names no endorsement policy, so the channel's default applies (/Channel/Application/
# Endorsement, MAJORITY Endorsement): it counts the new organisation as soon as the channel has it (3 of 5). The
# private data collections of commercial terms get the pairs with the new organisation if it holds custody.
# Skipped when the committed definition has the new organisation's approval.
# Usage: add-org-chaincode.sh NAME
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric
STEPS="$(dirname "$0")"

org="${1:?usage: add-org-chaincode.sh NAME}"
[[ -n "${MSP_ID[$org]:-}" ]] || fail "unknown organisation '$org'; define it first (add-org-define.sh)"
cli_log="$(log_file peer-cli)"
orderer=(-o "$HOST:$ORDERER_PORT" --tls --cafile "$(orderer_ca)")

# Packages for every organisation, the new one included (the committed definition stops it there).
"$STEPS/deploy-chaincode.sh"
package_id="$(cat "$CHAINCODE_STATE_DIR/$org/package-id")"
if ! as_admin "$org" peer lifecycle chaincode queryinstalled 2>/dev/null | grep -qF "$package_id"; then
  log "installing $CHAINCODE_LABEL on $(peer_name "$org")"
  as_admin "$org" peer lifecycle chaincode install "$CHAINCODE_STATE_DIR/$org/$CHAINCODE_LABEL.tar.gz" \
    >/dev/null 2>>"$cli_log" || fail "installing the chaincode on $(peer_name "$org") failed; read $cli_log"
fi
"$STEPS/start-chaincode.sh" "$org"

committed="$(as_admin "${ORGS[0]}" peer lifecycle chaincode querycommitted -C "$CHANNEL" -n "$CHAINCODE_NAME" 2>>"$cli_log")" ||
  fail "reading the committed definition of $CHAINCODE_NAME failed; read $cli_log"
if grep -q "${MSP_ID[$org]}: true" <<<"$committed"; then
  exit 0
fi
current="$(sed -n 's/.*Sequence: \([0-9]*\),.*/\1/p' <<<"$committed")"
[[ -n "$current" ]] || fail "no sequence in the committed definition of $CHAINCODE_NAME: $committed"
sequence=$((current + 1))

collections="$CHAINCODE_STATE_DIR/collections-$sequence.json"
"$NETWORK_CONFIG_DIR/lib/terms-collections.sh" "${CUSTODY_ORGS[@]}" >"$collections"
definition=(-C "$CHANNEL" -n "$CHAINCODE_NAME" -v "$CHAINCODE_VERSION" --sequence "$sequence"
  --collections-config "$collections")

readiness="$(as_admin "${ORGS[0]}" peer lifecycle chaincode checkcommitreadiness "${definition[@]}" 2>/dev/null || true)"
for approver in "${ORGS[@]}"; do
  grep -q "${MSP_ID[$approver]}: true" <<<"$readiness" && continue
  log "approving sequence $sequence of $CHAINCODE_NAME for ${MSP_ID[$approver]}"
  as_admin "$approver" peer lifecycle chaincode approveformyorg "${orderer[@]}" "${definition[@]}" \
    --package-id "$(cat "$CHAINCODE_STATE_DIR/$approver/package-id")" --waitForEvent >/dev/null 2>>"$cli_log" ||
    fail "${MSP_ID[$approver]} could not approve sequence $sequence; read $cli_log"
done

peers=()
for endorser in "${ORGS[@]}"; do
  peers+=(--peerAddresses "$HOST:${PEER_PORT[$endorser]}" --tlsRootCertFiles "$(peer_dir "$endorser")/tls/ca.crt")
done
log "committing sequence $sequence of $CHAINCODE_NAME (collections of ${CUSTODY_ORGS[*]})"
as_admin "${ORGS[0]}" peer lifecycle chaincode commit "${orderer[@]}" "${definition[@]}" "${peers[@]}" \
  --waitForEvent >/dev/null 2>>"$cli_log" || fail "committing sequence $sequence failed; read $cli_log"
