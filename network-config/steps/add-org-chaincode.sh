#!/usr/bin/env bash
# Brings chaincode `anchor` to an added organisation: a new sequence of the chaincode definition by deploy-chaincode.sh
# (the organisation's own package, with the address of its own chaincode server, installed on its peer; the definition
# approved by every organisation, the existing ones and the new one, each with its own package ID, and committed with
# every peer's endorsement), then its chaincode server started. The definition names no endorsement policy, so the channel's default applies (/Channel/Application/
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

committed="$(as_admin "${ORGS[0]}" peer lifecycle chaincode querycommitted -C "$CHANNEL" -n "$CHAINCODE_NAME" 2>>"$cli_log")" ||
  fail "reading the committed definition of $CHAINCODE_NAME failed; read $cli_log"
if ! grep -q "${MSP_ID[$org]}: true" <<<"$committed"; then
  current="$(sed -n 's/.*Sequence: \([0-9]*\),.*/\1/p' <<<"$committed")"
  [[ -n "$current" ]] || fail "no sequence in the committed definition of $CHAINCODE_NAME: $committed"
  log "redefining $CHAINCODE_NAME as sequence $((current + 1)) with ${MSP_ID[$org]} (collections of ${CUSTODY_ORGS[*]})"
  "$STEPS/deploy-chaincode.sh" --sequence "$((current + 1))"
fi
"$STEPS/start-chaincode.sh" "$org"

