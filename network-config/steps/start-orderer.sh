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
log "starting orderer on $HOST:$ORDERER_PORT (admin $ORDERER_ADMIN_PORT)"
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
