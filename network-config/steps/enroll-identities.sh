#!/usr/bin/env bash
# Registers with one organisation's Fabric CA, and enrols from it, the identities the network needs, in the folder
# folder layout the channel configuration, the nodes and the clients read (.anchor/crypto/, as cryptogen wrote it):
#   peer0.ORG.anchor.local (peer, with a TLS certificate), Admin@ORG.anchor.local (admin, anchor.role=admin, may
#   register, revoke and list client identities), the default user User1@ORG.anchor.local (client, with the role the
#   topology gives it) and each ordering node the organisation operates, e.g. orderer0.ORG.anchor.local (orderer,
#   with a TLS certificate)
# The TLS certificates come from the same CA, under its `tls` signing profile, and name the node and the host the
# topology gives it (subject alternative names; localhost too when that host is 127.0.0.1). Identities already enrolled are left
# alone; each secret is kept in .anchor/ca/ORG/secrets/, so a step interrupted between registering and enrolling
# resumes. MSP folders carry a config.yaml with NodeOUs, so the OU of a certificate (client, peer, admin, orderer)
# is its role in the channel.
# Usage: enroll-identities.sh ORG   (an organisation of the topology: manufacturer, distributor, ...)
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
use_fabric_ca

org="${1:?usage: enroll-identities.sh ORG}"
[[ -n "${CA_PORT[$org]:-}" ]] || fail "unknown organisation '$org' (expected one of: ${CA_ORGS[*]})"
domain="$(org_domain "$org")"
org_crypto="$(org_crypto_dir "$org")"
secrets="$CA_STATE_DIR/$org/secrets"
ca_url_host="${CA_HOST[$org]}:${CA_PORT[$org]}"
client_log="$(log_file "ca-client-$org")"

ca_client() {
  FABRIC_CA_CLIENT_HOME="$CA_STATE_DIR/$org/client" fabric-ca-client "$@" \
    --tls.certfiles "$(ca_cert "$org")" >>"$client_log" 2>&1
}

# secret ID: the identity's enrolment secret, made once.
secret() {
  local file="$secrets/$1"
  [[ -f "$file" ]] || (umask 077 && random_secret >"$file")
  cat "$file"
}

# enroll_into ID MSP [fabric-ca-client options]: enrols ID into a fresh folder and returns it in MSP_OUT. The
# certificate's subject names the organisation (O=ORG.anchor.local), not fabric-ca-client's default (O=Hyperledger, ...).
enroll_into() {
  local id="$1" out="$2"
  shift 2
  rm -rf "$out"
  ca_client enroll -u "https://$id:$(secret "$id")@$ca_url_host" -M "$out" --csr.names "O=$(org_domain "$org")" "$@" ||
    fail "enrolling $id with $(ca_name "$org") failed; read $client_log"
}

# The NodeOUs of an MSP folder: the OU that Fabric CA writes for the identity type is its role.
write_node_ous() {
  local msp="$1" ou cert="cacerts/ca.$domain-cert.pem"
  {
    echo "NodeOUs:"
    echo "  Enable: true"
    for ou in client peer admin orderer; do
      printf '  %sOUIdentifier:\n    Certificate: %s\n    OrganizationalUnitIdentifier: %s\n' \
        "${ou^}" "$cert" "$ou"
    done
  } >"$msp/config.yaml"
}

# An MSP folder holding only the CA's certificate (for verifying), as the channel configuration reads it.
write_verifying_msp() {
  local msp="$1"
  mkdir -p "$msp/cacerts" "$msp/tlscacerts"
  cp -f "$(ca_cert "$org")" "$msp/cacerts/ca.$domain-cert.pem"
  cp -f "$(ca_cert "$org")" "$msp/tlscacerts/tlsca.$domain-cert.pem"
  write_node_ous "$msp"
}

# register ID TYPE [ATTRIBUTES]: registers ID with its secret; an ID already registered is fine.
register() {
  local id="$1" type="$2" attrs="${3:-}" args
  args=(register -M "$CA_STATE_DIR/$org/registrar/msp" -u "https://$ca_url_host"
    --id.name "$id" --id.secret "$(secret "$id")" --id.type "$type")
  [[ -z "$attrs" ]] || args+=(--id.attrs "$attrs")
  if ! ca_client "${args[@]}"; then
    tail -n 3 "$client_log" | grep -q "is already registered" ||
      fail "registering $id with $(ca_name "$org") failed; read $client_log"
  fi
}

# identity ID TYPE MSP [ATTRIBUTES]: registers and enrols ID into MSP, unless it is there already. The certificate and
# key keep the names fabric-ca-client gives them (signcerts/cert.pem, keystore/<SKI>_sk), so that an admin's MSP
# folder also serves fabric-ca-client (anchor user register, revoke).
identity() {
  local id="$1" type="$2" msp="$3" attrs="${4:-}" tmp
  [[ -f "$msp/signcerts/cert.pem" ]] && return 0
  log "enrolling $id ($type${attrs:+, ${attrs%%:*}}) from $(ca_name "$org")"
  register "$id" "$type" "$attrs"
  tmp="$msp.enrolling"
  enroll_into "$id" "$tmp"
  rm -rf "$msp" "$tmp/cacerts" "$tmp/intermediatecerts" "$tmp/tlscacerts" "$tmp/user"
  mv "$tmp" "$msp"
  write_verifying_msp "$msp"
}

# tls NODE HOST DIR: the node's TLS key pair (server.crt, server.key) for its name and host, and the TLS root (ca.crt),
# unless there already.
tls() {
  local id="$1" host="$2" dir="$3" tmp hosts
  [[ -f "$dir/server.crt" ]] && return 0
  hosts="$id,$host"
  [[ "$host" != 127.0.0.1 ]] || hosts+=",localhost"
  tmp="$dir.enrolling"
  enroll_into "$id" "$tmp" --enrollment.profile tls --csr.hosts "$hosts"
  mkdir -p "$dir"
  mv "$tmp/signcerts/cert.pem" "$dir/server.crt"
  mv "$tmp"/keystore/*_sk "$dir/server.key"
  cp -f "$(ca_cert "$org")" "$dir/ca.crt"
  rm -rf "$tmp"
}

mkdir -p "$secrets" "$LOG_DIR"
chmod 700 "$secrets"
# The CA's bootstrap registrar, which registers the identities below.
if [[ ! -f "$CA_STATE_DIR/$org/registrar/msp/signcerts/cert.pem" ]]; then
  rm -rf "$CA_STATE_DIR/$org/registrar"
  ca_client enroll -u "https://ca-admin:$(<"$secrets/ca-admin")@$ca_url_host" -M "$CA_STATE_DIR/$org/registrar/msp" ||
    fail "enrolling the bootstrap registrar of $(ca_name "$org") failed; read $client_log"
fi

write_verifying_msp "$org_crypto/msp"
mkdir -p "$org_crypto/ca" "$org_crypto/tlsca"
cp -f "$(ca_cert "$org")" "$org_crypto/ca/ca.$domain-cert.pem"
cp -f "$(ca_cert "$org")" "$org_crypto/tlsca/tlsca.$domain-cert.pem"

admin_attrs="anchor.role=admin:ecert,hf.Registrar.Roles=client,hf.Registrar.Attributes=anchor.role,hf.Revoker=true,hf.GenCRL=true"
identity "Admin@$domain" admin "$org_crypto/users/Admin@$domain/msp" "$admin_attrs"
identity "$(peer_name "$org")" peer "$(peer_dir "$org")/msp"
tls "$(peer_name "$org")" "${PEER_HOST[$org]}" "$(peer_dir "$org")/tls"
identity "$DEFAULT_USER@$domain" client "$org_crypto/users/$DEFAULT_USER@$domain/msp" \
  "anchor.role=${DEFAULT_USER_ROLE[$org]}:ecert"
for node in $(orgs_orderers "$org"); do
  identity "$node" orderer "$(orderer_dir "$node")/msp"
  tls "$node" "${ORDERER_HOST[$node]}" "$(orderer_dir "$node")/tls"
done
