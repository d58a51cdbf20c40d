#!/usr/bin/env bash
# Checks both regions of a deployment, then fails over from the primary and measures the RTO clients see.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/test-failover.sh DOMAIN [--service-subdomain api] [--failback]

1. Checks each region's /health (https://<region>.<service>.<DOMAIN>/health).
2. Starts polling https://<service>.<DOMAIN>/health with the harness's RTO meter (./dr rto).
3. Starts the Failover state machine in the secondary region (ungraceful, forced), waits for it.
4. Stops the meter and prints its report: outage, recovery, RTO, the regions that served before and after.
With --failback, returns traffic afterwards with the Failback state machine.
Needs: aws, jq, terraform (outputs), java and mvn (./dr), and AWS credentials.
USAGE
}

[[ $# -ge 1 ]] || { usage >&2; exit 2; }
case "$1" in -h|--help) usage; exit 0 ;; esac
domain="$1"; shift
subdomain="api"
failback=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --service-subdomain) subdomain="${2:?--service-subdomain needs a label}"; shift 2 ;;
    --failback) failback=true; shift ;;
    *) echo "test-failover.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

for tool in aws jq terraform curl java mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "test-failover.sh: '$tool' is not installed or not on the PATH" >&2; exit 1; }
done
aws sts get-caller-identity >/dev/null 2>&1 || { echo "test-failover.sh: no usable AWS credentials" >&2; exit 1; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
outputs="$(terraform -chdir="$root/infra-terraform" output -json)"
primary="$(jq -r '.primary_region.value' <<<"$outputs")"
target="$(jq -r '.secondary_region.value' <<<"$outputs")"
regions=("$primary" "$target")
service="https://${subdomain}.${domain}"

echo "== checking both regions"
for region in "${regions[@]}"; do
  url="https://${region}.${subdomain}.${domain}/health"
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)"
  echo "  $region: $url -> HTTP $code"
  [[ "$code" == "200" ]] || { echo "test-failover.sh: $region is not healthy; not failing over" >&2; exit 1; }
done

machine="$(jq -r --arg r "$target" '.state_machine_arns.value[$r].failover' <<<"$outputs")"

report="$(mktemp)"
echo "== measuring $service while failing over from $primary to $target"
"$root/dr" rto --endpoint "$service" --interval-ms 250 --duration-seconds 300 --stop-after-recovery-seconds 30 \
  >"$report" &
meter=$!
sleep 10

input="$(jq -n --arg f "$primary" --arg t "$target" \
  '{failedRegion: $f, targetRegion: $t, mode: "ungraceful", force: true, detectedAt: (now | todate)}')"
execution="$(aws stepfunctions start-execution --region "$target" --state-machine-arn "$machine" \
  --input "$input" --query executionArn --output text)"
echo "started $execution"
while [[ "$(aws stepfunctions describe-execution --region "$target" --execution-arn "$execution" \
  --query status --output text)" == "RUNNING" ]]; do
  sleep 2
done
aws stepfunctions describe-execution --region "$target" --execution-arn "$execution" --query '{status: status}'

wait "$meter" || true
echo "== RTO report"
cat "$report"

if [[ "$failback" == true ]]; then
  back="$(jq -r --arg r "$target" '.state_machine_arns.value[$r].failback' <<<"$outputs")"
  aws stepfunctions start-execution --region "$target" --state-machine-arn "$back" \
    --input "$(jq -n --arg f "$primary" --arg t "$target" '{failedRegion: $f, targetRegion: $t}')" \
    --query executionArn --output text
fi
