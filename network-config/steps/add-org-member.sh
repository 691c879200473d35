#!/usr/bin/env bash
# Admits an added organisation to the chaincode's members (docs/membership.md): the admins of the existing member
# organisations approve it one by one (transaction ApproveMember, each signed by that organisation's admin, whose
# certificate carries the NodeOU role admin) until a majority has; the chaincode then knows its MSP ID with the
# capabilities of its definition (.anchor/orgs/NAME.env). Skipped when GetMembers already lists it.
# Usage: add-org-member.sh NAME
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

org="${1:?usage: add-org-member.sh NAME}"
definition="$ADDED_ORGS_DIR/$org.env"
[[ -f "$definition" ]] || fail "unknown organisation '$org'; define it first (add-org-define.sh)"
# shellcheck disable=SC1090 # written by add-org-define.sh
source "$definition"
msp="${MSP_ID[$org]}"
cli_log="$(log_file peer-cli)"

is_member() {
  as_admin "${ORGS[0]}" peer chaincode query -C "$CHANNEL" -n "$CHAINCODE_NAME" -c '{"Args":["GetMembers"]}' \
    2>>"$cli_log" | jq -e --arg msp "$msp" 'any(.[]; .mspId == $msp)' >/dev/null
}

is_member && exit 0
peers=()
for endorser in "${ORGS[@]}"; do
  peers+=(--peerAddresses "$(peer_endpoint "$endorser")" --tlsRootCertFiles "$(peer_dir "$endorser")/tls/ca.crt")
done
args="$(jq -cn --arg msp "$msp" --arg custody "$ORG_HOLDS_CUSTODY" --arg production "$ORG_RECORDS_PRODUCTION" \
  '{Args: ["ApproveMember", $msp, $custody, $production]}')"
for approver in "${ORGS[@]}"; do
  [[ "$approver" != "$org" ]] || continue
  log "the admin of ${MSP_ID[$approver]} approves $msp as a member (holds custody $ORG_HOLDS_CUSTODY, records production $ORG_RECORDS_PRODUCTION)"
  read -ra orderer <<<"$(orderer_cli_args)"
  if ! answer="$(as_admin "$approver" peer chaincode invoke "${orderer[@]}" \
    -C "$CHANNEL" -n "$CHAINCODE_NAME" "${peers[@]}" -c "$args" --waitForEvent 2>&1)"; then
    printf '%s\n' "$answer" >>"$cli_log"
    grep -q "ALREADY_APPROVED" <<<"$answer" ||
      fail "the admin of ${MSP_ID[$approver]} could not approve $msp; read $cli_log"
  fi
  if is_member; then
    log "$msp is a member of the chaincode"
    exit 0
  fi
done
fail "$msp is not a member after every existing organisation's approval; read $cli_log"
