#!/usr/bin/env bash
# Prints the private data collections of commercial terms (docs/private-terms.md) as the collections config JSON
# of the chaincode definition: one collection per pair of the organisations named (their short names), called
# terms-<MSP A>-<MSP B> with the MSP IDs in alphabetical order, readable, writable and stored only by the two, every
# write endorsed by both, kept for 1,000,000 blocks unless purged earlier. Adding an organisation here and to the
# definition (a new sequence) adds its pairs; the chaincode derives the name, so no code changes.
set -euo pipefail
source "$(dirname "$0")/common.sh"

msps=()
for org in "$@"; do
  msps+=("${MSP_ID[$org]}")
done
mapfile -t msps < <(printf '%s\n' "${msps[@]}" | LC_ALL=C sort)

separator=""
printf '['
for ((i = 0; i < ${#msps[@]}; i++)); do
  for ((j = i + 1; j < ${#msps[@]}; j++)); do
    a="${msps[$i]}" b="${msps[$j]}"
    printf '%s\n  {"name":"terms-%s-%s","policy":"OR('"'"'%s.member'"'"','"'"'%s.member'"'"')",' "$separator" "$a" "$b" "$a" "$b"
    printf '"requiredPeerCount":0,"maxPeerCount":1,"blockToLive":1000000,"memberOnlyRead":true,"memberOnlyWrite":true,'
    printf '"endorsementPolicy":{"signaturePolicy":"AND('"'"'%s.peer'"'"','"'"'%s.peer'"'"')"}}' "$a" "$b"
    separator=","
  done
done
printf '\n]\n'
