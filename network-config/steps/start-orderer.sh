#!/usr/bin/env bash
# Starts the Raft orderer (OrdererMSP) as a native process, TLS on its client, cluster and admin endpoints.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric

name=orderer
if is_running "$name"; then
  exit 0
fi
tls="$(orderer_dir)/tls"
mkdir -p "$LEDGER_DIR/orderer"
wal="$LEDGER_DIR/orderer/etcdraft/wal/$CHANNEL"

launch() {
  FABRIC_CFG_PATH="$CONFIG_DIR/orderer" \
    FABRIC_LOGGING_SPEC=INFO \
    FABRIC_LOGGING_FORMAT="$FABRIC_LOG_FORMAT" \
    ORDERER_GENERAL_LISTENADDRESS="$HOST" \
    ORDERER_GENERAL_LISTENPORT="$ORDERER_PORT" \
    ORDERER_GENERAL_LOCALMSPID=OrdererMSP \
    ORDERER_GENERAL_LOCALMSPDIR="$(orderer_dir)/msp" \
    ORDERER_GENERAL_TLS_ENABLED=true \
    ORDERER_GENERAL_TLS_PRIVATEKEY="$tls/server.key" \
    ORDERER_GENERAL_TLS_CERTIFICATE="$tls/server.crt" \
    ORDERER_GENERAL_TLS_ROOTCAS="[$tls/ca.crt]" \
    ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE="$tls/server.crt" \
    ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY="$tls/server.key" \
    ORDERER_GENERAL_CLUSTER_ROOTCAS="[$tls/ca.crt]" \
    ORDERER_GENERAL_BOOTSTRAPMETHOD=none \
    ORDERER_CHANNELPARTICIPATION_ENABLED=true \
    ORDERER_ADMIN_LISTENADDRESS="$HOST:$ORDERER_ADMIN_PORT" \
    ORDERER_ADMIN_TLS_ENABLED=true \
    ORDERER_ADMIN_TLS_PRIVATEKEY="$tls/server.key" \
    ORDERER_ADMIN_TLS_CERTIFICATE="$tls/server.crt" \
    ORDERER_ADMIN_TLS_ROOTCAS="[$tls/ca.crt]" \
    ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true \
    ORDERER_ADMIN_TLS_CLIENTROOTCAS="[$tls/ca.crt]" \
    ORDERER_FILELEDGER_LOCATION="$LEDGER_DIR/orderer/chains" \
    ORDERER_CONSENSUS_WALDIR="$LEDGER_DIR/orderer/etcdraft/wal" \
    ORDERER_CONSENSUS_SNAPDIR="$LEDGER_DIR/orderer/etcdraft/snapshot" \
    ORDERER_OPERATIONS_LISTENADDRESS="$HOST:$ORDERER_OPERATIONS_PORT" \
    ORDERER_METRICS_PROVIDER=disabled \
    start_process "$name" orderer
  wait_for_port "$name" "$ORDERER_PORT" 30
  wait_for_port "$name" "$ORDERER_ADMIN_PORT" 30
}

# Restarted on an existing channel, the Raft node first replays its write-ahead log, and with it the configuration
# that makes this node the channel's one voter ("switched to configuration voters=(1)"), then elects itself.
# Fabric v2.5.0 sometimes stalls before that step: the orderer then serves, but refuses every block request and
# transaction ("consenter error") for good. A second start recovers; this waits for the step and starts it again once.
raft_configured() {
  local from="$1" seconds="$2" i
  for ((i = 0; i < seconds * 4; i++)); do
    if [[ "$(tail -c +"$((from + 1))" "$(log_file "$name")" | grep -c 'switched to configuration voters=([0-9]' || true)" != 0 ]]; then
      return 0
    fi
    is_running "$name" || fail "$name exited during start-up; read $(log_file "$name")"
    sleep 0.25
  done
  return 1
}

for attempt in 1 2; do
  from="$(stat -c %s "$(log_file "$name")" 2>/dev/null || echo 0)"
  log "starting orderer on $HOST:$ORDERER_PORT (admin $ORDERER_ADMIN_PORT)"
  launch
  if [[ ! -d "$wal" ]] || raft_configured "$from" 20; then
    exit 0
  fi
  if ((attempt == 1)); then
    log "orderer did not apply its Raft configuration from its log within 20 s (a Fabric v2.5.0 restart stall); starting it again"
    stop_process "$name"
  fi
done
fail "orderer did not apply its Raft configuration after two starts; read $(log_file "$name")"
