#!/usr/bin/env bash
# Starts one organisation's Fabric CA server as a native process on the host the topology gives it, with TLS (a
# certificate it issues itself, for that host, and localhost when the host is 127.0.0.1). Its first start creates the CA: key, self-signed certificate, SQLite database and the
# bootstrap registrar `ca-admin`, whose secret is kept in .anchor/ca/ORG/secrets/. Later starts reuse all of it,
# so a restarted CA keeps the identities registered with it.
# Usage: start-ca.sh ORG   (an organisation of the topology: manufacturer, distributor, ...)
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric_ca

org="${1:?usage: start-ca.sh ORG}"
[[ -n "${CA_PORT[$org]:-}" ]] || fail "unknown organisation '$org' (expected one of: ${CA_ORGS[*]})"
name="$(ca_name "$org")"
if is_running "$name"; then
  exit 0
fi
home="$(ca_home "$org")"
secret_file="$CA_STATE_DIR/$org/secrets/ca-admin"
mkdir -p "$home" "$(dirname "$secret_file")"
chmod 700 "$(dirname "$secret_file")"
[[ -f "$secret_file" ]] || (umask 077 && random_secret >"$secret_file")

port="${CA_PORT[$org]}"
host="${CA_HOST[$org]}"
csr_hosts="$host"
[[ "$host" != 127.0.0.1 ]] || csr_hosts+=",localhost"
log "starting $name on $host:$port (operations $host:${CA_OPERATIONS_PORT[$org]})"
# The CRL the CA signs is valid for a year: it is put into the channel configuration, where peers read it.
FABRIC_CA_SERVER_OPERATIONS_LISTENADDRESS="$host:${CA_OPERATIONS_PORT[$org]}" \
  FABRIC_CA_SERVER_METRICS_PROVIDER=disabled \
  start_process "$name" fabric-ca-server start --home "$home" \
  --boot "ca-admin:$(<"$secret_file")" \
  --address "$host" --port "$port" \
  --ca.name "$name" \
  --csr.cn "ca.$(org_domain "$org")" --csr.hosts "$csr_hosts" \
  --tls.enabled \
  --crl.expiry 8760h
wait_for_port "$name" "$port" 30
