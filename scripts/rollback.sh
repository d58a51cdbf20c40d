#!/usr/bin/env bash
# Starts the Rollback state machine in one region and waits for its result.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/rollback.sh [--region REGION] [--target lambda|table|routing|full] [--snapshot ID]
                           [--restore-time ISO-8601] [--to-version N]

Without --target, offers a menu: 1) Lambda (the traffic-router's live alias back to its previous version),
2) table restore (point in time, into a new table), 3) routing records (from a snapshot), 4) full (all three).
Starts the region's Rollback state machine (from the Terraform outputs) and waits for it, then prints its result.
Needs: aws, jq, terraform (to read the outputs), and AWS credentials.
USAGE
}

region=""
target=""
snapshot=""
restore_time=""
to_version=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --region) region="${2:?--region needs a region}"; shift 2 ;;
    --target) target="${2:?--target needs a value}"; shift 2 ;;
    --snapshot) snapshot="${2:?--snapshot needs an id}"; shift 2 ;;
    --restore-time) restore_time="${2:?--restore-time needs an instant}"; shift 2 ;;
    --to-version) to_version="${2:?--to-version needs a version}"; shift 2 ;;
    *) echo "rollback.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

for tool in aws jq terraform; do
  command -v "$tool" >/dev/null 2>&1 || { echo "rollback.sh: '$tool' is not installed or not on the PATH" >&2; exit 1; }
done
aws sts get-caller-identity >/dev/null 2>&1 || { echo "rollback.sh: no usable AWS credentials" >&2; exit 1; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
outputs="$(terraform -chdir="$root/infra-terraform" output -json)"
if [[ -z "$region" ]]; then
  region="$(jq -r '.state_machine_arns.value | keys[0]' <<<"$outputs")"
fi
machine="$(jq -r --arg r "$region" '.state_machine_arns.value[$r].rollback // empty' <<<"$outputs")"
[[ -n "$machine" ]] || { echo "rollback.sh: no Rollback state machine for region $region in the outputs" >&2; exit 1; }

if [[ -z "$target" ]]; then
  echo "What to roll back in $region?"
  select choice in lambda table routing full; do
    target="$choice"
    [[ -n "$target" ]] && break
  done
fi
case "$target" in
  lambda) targets='["alias"]' ;;
  table) targets='["table"]' ;;
  routing) targets='["routing"]' ;;
  full) targets='["alias","table","routing"]' ;;
  *) echo "rollback.sh: --target must be lambda, table, routing or full" >&2; exit 2 ;;
esac
if [[ "$targets" == *routing* && -z "$snapshot" ]]; then
  echo "rollback.sh: restoring routing needs --snapshot (the name of an earlier rollback execution)" >&2
  exit 2
fi

peer="$(jq -r --arg r "$region" '.state_machine_arns.value | keys | map(select(. != $r))[0]' <<<"$outputs")"
input="$(jq -n --arg f "$peer" --arg t "$region" --argjson targets "$targets" --arg s "$snapshot" \
  --arg rt "$restore_time" --arg v "$to_version" '{
    failedRegion: $f, targetRegion: $t, targets: $targets,
    snapshotId: (if $s == "" then null else $s end),
    toVersion: (if $v == "" then null else $v end),
    restore: {source: "point-in-time", restoreTime: (if $rt == "" then null else $rt end)}
  }')"

execution="$(aws stepfunctions start-execution --region "$region" --state-machine-arn "$machine" \
  --input "$input" --query executionArn --output text)"
echo "started $execution"
while true; do
  status="$(aws stepfunctions describe-execution --region "$region" --execution-arn "$execution" --query status --output text)"
  [[ "$status" != "RUNNING" ]] && break
  sleep 5
done
aws stepfunctions describe-execution --region "$region" --execution-arn "$execution" \
  --query '{status: status, output: output, error: error, cause: cause}'
[[ "$status" == "SUCCEEDED" ]]
