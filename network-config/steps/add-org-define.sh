#!/usr/bin/env bash
# Defines an organisation to add to the running channel, in one file: .anchor/orgs/NAME.env (name, MSP ID, ports,
# capabilities), which lib/common.sh reads into its arrays, so that every step and network.sh up/down/status know it.
# The k-th added organisation takes ports 12000 + 100*(k-1) + {051 peer, 052 chaincode callback, 059 chaincode
# server, 054 CA, 055 CA operations} and 12443 + 100*(k-1) for the peer's operations (before ANCHOR_PORT_OFFSET).
# Its peer, CA and chaincode server listen on ANCHOR_ADDED_ORG_HOST (default 127.0.0.1). A definition already there
# is left alone.
# Usage: add-org-define.sh NAME HOLDS_CUSTODY RECORDS_PRODUCTION   (NAME: a-z then a-z/0-9; flags: true | false)
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

name="${1:?usage: add-org-define.sh NAME HOLDS_CUSTODY RECORDS_PRODUCTION}"
custody="${2:?usage: add-org-define.sh NAME HOLDS_CUSTODY RECORDS_PRODUCTION}"
production="${3:?usage: add-org-define.sh NAME HOLDS_CUSTODY RECORDS_PRODUCTION}"
file="$ADDED_ORGS_DIR/$name.env"
[[ -f "$file" ]] && exit 0

[[ "$name" =~ ^[a-z][a-z0-9]{1,30}$ ]] ||
  fail "an organisation's name is 2 to 31 lower-case letters and digits, starting with a letter, not '$name'"
[[ "$name" != orderer ]] || fail "'orderer' names the ordering organisation; choose another name"
for org in "${ORGS[@]}"; do
  [[ "$org" != "$name" ]] || fail "$name is already an organisation of the network"
done
for flag in "$custody" "$production"; do
  [[ "$flag" == true || "$flag" == false ]] || fail "the capabilities are true or false, not '$flag'"
done
[[ "$production" == false || "$custody" == true ]] ||
  fail "an organisation that records production holds the batches it makes: --production needs --custody"

mkdir -p "$ADDED_ORGS_DIR"
count="$(find "$ADDED_ORGS_DIR" -maxdepth 1 -name '*.env' | wc -l)"
((count < 5)) || fail "the port range 12000-12999 holds five added organisations; $count are added already"
base=$((12000 + 100 * count))
msp="${name^}MSP"
if [[ "$production" == true ]]; then role=quality; else role=operator; fi

cat >"$file.tmp" <<DEFINITION
# $name, added to the running channel by network.sh add-org (ports before ANCHOR_PORT_OFFSET).
ORG_NAME=$name
ORG_MSP_ID=$msp
ORG_HOST=${ANCHOR_ADDED_ORG_HOST:-127.0.0.1}
ORG_PEER_PORT=$((base + 51))
ORG_PEER_CHAINCODE_PORT=$((base + 52))
ORG_CHAINCODE_SERVER_PORT=$((base + 59))
ORG_CA_PORT=$((base + 54))
ORG_CA_OPERATIONS_PORT=$((base + 55))
ORG_PEER_OPERATIONS_PORT=$((base + 443))
ORG_HOLDS_CUSTODY=$custody
ORG_RECORDS_PRODUCTION=$production
ORG_DEFAULT_USER_ROLE=$role
DEFINITION
mv "$file.tmp" "$file"
log "defined $name ($msp): peer port $(port $((base + 51))), CA port $(port $((base + 54))), holds custody $custody, records production $production"
