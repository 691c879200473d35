# An organisation's definition in the channel's application group, as configtx.yaml gives it: its members read, its
# clients and admins write, its admins administer, its peers endorse, and its peer is its anchor peer.
# Sourced by steps/write-config.sh (the channel's first configuration) and steps/add-org-channel.sh (an organisation
# added later), so both define an organisation alike; not a program of its own.

# application_org ORG MSPDIR: the YAML list entry (with the anchor &MSPID, for a channel profile to refer to).
application_org() {
  local org="$1" msp_dir="$2" msp="${MSP_ID[$1]}"
  cat <<YAML
  - &$msp
    Name: $msp
    ID: $msp
    MSPDir: $msp_dir
    Policies:
      Readers: {Type: Signature, Rule: "OR('$msp.admin', '$msp.peer', '$msp.client')"}
      Writers: {Type: Signature, Rule: "OR('$msp.admin', '$msp.client')"}
      Admins: {Type: Signature, Rule: "OR('$msp.admin')"}
      Endorsement: {Type: Signature, Rule: "OR('$msp.peer')"}
    AnchorPeers:
      - {Host: ${PEER_HOST[$org]}, Port: ${PEER_PORT[$org]}}
YAML
}
