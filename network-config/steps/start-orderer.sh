#!/usr/bin/env bash
# Starts one Raft ordering node as a native process on the host the topology gives it, under the MSP of the
# organisation that operates it, TLS on its client, cluster and admin endpoints. Its cluster peers are the other
# ordering nodes, whose TLS certificates come from their own organisations' CAs: it trusts those CAs' certificates.
# Usage: start-orderer.sh NODE   (an ordering node of the topology, e.g. orderer0.manufacturer.anchor.local)
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

name="${1:?usage: start-orderer.sh NODE}"
[[ -n "${ORDERER_ORG[$name]:-}" ]] || fail "unknown ordering node '$name' (expected one of: ${ORDERERS[*]})"
if is_running "$name"; then
  exit 0
fi
org="${ORDERER_ORG[$name]}"
host="${ORDERER_HOST[$name]}"
port="${ORDERER_PORT[$name]}"
admin_port="${ORDERER_ADMIN_PORT[$name]}"
tls="$(orderer_dir "$name")/tls"
ledger="$LEDGER_DIR/$name"
mkdir -p "$ledger"
wal="$ledger/etcdraft/wal/$CHANNEL"
roots="$(ordering_tls_roots)"

launch() {
  FABRIC_CFG_PATH="$CONFIG_DIR/orderer" \
    FABRIC_LOGGING_SPEC=INFO \
    FABRIC_LOGGING_FORMAT="$FABRIC_LOG_FORMAT" \
    ORDERER_GENERAL_LISTENADDRESS="$host" \
    ORDERER_GENERAL_LISTENPORT="$port" \
    ORDERER_GENERAL_LOCALMSPID="${MSP_ID[$org]}" \
    ORDERER_GENERAL_LOCALMSPDIR="$(orderer_dir "$name")/msp" \
    ORDERER_GENERAL_TLS_ENABLED=true \
    ORDERER_GENERAL_TLS_PRIVATEKEY="$tls/server.key" \
    ORDERER_GENERAL_TLS_CERTIFICATE="$tls/server.crt" \
    ORDERER_GENERAL_TLS_ROOTCAS="[$roots]" \
    ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE="$tls/server.crt" \
    ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY="$tls/server.key" \
    ORDERER_GENERAL_CLUSTER_ROOTCAS="[$roots]" \
    ORDERER_GENERAL_BOOTSTRAPMETHOD=none \
    ORDERER_CHANNELPARTICIPATION_ENABLED=true \
    ORDERER_ADMIN_LISTENADDRESS="$host:$admin_port" \
    ORDERER_ADMIN_TLS_ENABLED=true \
    ORDERER_ADMIN_TLS_PRIVATEKEY="$tls/server.key" \
    ORDERER_ADMIN_TLS_CERTIFICATE="$tls/server.crt" \
    ORDERER_ADMIN_TLS_ROOTCAS="[$tls/ca.crt]" \
    ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true \
    ORDERER_ADMIN_TLS_CLIENTROOTCAS="[$tls/ca.crt]" \
    ORDERER_FILELEDGER_LOCATION="$ledger/chains" \
    ORDERER_CONSENSUS_WALDIR="$ledger/etcdraft/wal" \
    ORDERER_CONSENSUS_SNAPDIR="$ledger/etcdraft/snapshot" \
    ORDERER_OPERATIONS_LISTENADDRESS="$host:${ORDERER_OPERATIONS_PORT[$name]}" \
    ORDERER_METRICS_PROVIDER=prometheus \
    start_process "$name" orderer
  wait_for_port "$name" "$port" 30
  wait_for_port "$name" "$admin_port" 30
}

# Restarted on an existing channel, the Raft node first replays its write-ahead log, and with it the configuration
# changes that made the channel's voters, one node at a time ("switched to configuration voters=(1)", "(1 2)",
# "(1 2 3)"), then campaigns or follows. Fabric v2.5.0 can deadlock part way (seen after "voters=(1)" with three
# consenters, a race between its chain and node goroutines): the node then serves, but refuses every block request
# and transaction ("consenter error") for good. The channel's frequent Raft snapshots (configtx.yaml) keep those
# changes out of the replay; when one is replayed all the same, another start usually passes: this waits until the
# node knows as many voters as the topology has ordering nodes, and starts it again, up to three starts in all.
voters_known() {
  tail -c +"$(($1 + 1))" "$(log_file "$name")" | grep -o 'switched to configuration voters=([0-9 ]*)' | tail -n 1 |
    grep -o '[0-9]\+' | wc -l
}
raft_configured() {
  local from="$1" seconds="$2" i
  for ((i = 0; i < seconds * 4; i++)); do
    if (($(voters_known "$from") >= ${#ORDERERS[@]})); then
      return 0
    fi
    is_running "$name" || fail "$name exited during start-up; read $(log_file "$name")"
    sleep 0.25
  done
  return 1
}

for attempt in 1 2 3; do
  from="$(stat -c %s "$(log_file "$name")" 2>/dev/null || echo 0)"
  log "starting $name (${MSP_ID[$org]}) on $host:$port (admin $admin_port)"
  launch
  if [[ ! -d "$wal" ]] || raft_configured "$from" 20; then
    exit 0
  fi
  if ((attempt < 3)); then
    log "$name did not apply its Raft configuration from its log within 20 s (a Fabric v2.5.0 restart stall); starting it again"
    stop_process "$name"
  fi
done
fail "$name did not apply its Raft configuration after three starts; read $(log_file "$name")"
