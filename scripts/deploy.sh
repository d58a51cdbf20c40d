#!/usr/bin/env bash
# Builds the Lambda packages and deploys both regions with Terraform.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/deploy.sh [--auto-approve] [--var-file FILE]

Builds the deployment packages (mvn package), then in infra-terraform/: terraform init, terraform plan to a plan
file, and terraform apply of that plan (after you confirm, unless --auto-approve), and prints the outputs.
Needs: java, mvn, terraform, and AWS credentials (AWS_PROFILE or the usual environment variables).
USAGE
}

auto_approve=false
var_file=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --auto-approve) auto_approve=true; shift ;;
    --var-file) var_file="${2:?--var-file needs a file}"; shift 2 ;;
    *) echo "deploy.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

for tool in java mvn terraform aws; do
  command -v "$tool" >/dev/null 2>&1 || { echo "deploy.sh: '$tool' is not installed or not on the PATH" >&2; exit 1; }
done
aws sts get-caller-identity >/dev/null 2>&1 || {
  echo "deploy.sh: no usable AWS credentials (set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)" >&2
  exit 1
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
echo "== building the deployment packages"
mvn -B -q -DskipTests package

cd infra-terraform
if [[ -z "$var_file" && ! -f terraform.tfvars ]]; then
  echo "deploy.sh: no terraform.tfvars: copy terraform.tfvars.example and fill it in" >&2
  exit 1
fi
plan_args=(-out=deploy.tfplan)
if [[ -n "$var_file" ]]; then
  plan_args+=("-var-file=$var_file")
fi

echo "== terraform init"
terraform init -input=false
echo "== terraform plan"
terraform plan -input=false "${plan_args[@]}"
if [[ "$auto_approve" != true ]]; then
  read -r -p "Apply this plan? [y/N] " answer
  [[ "$answer" == "y" || "$answer" == "Y" ]] || { echo "not applied"; exit 0; }
fi
echo "== terraform apply"
terraform apply -input=false deploy.tfplan
echo "== outputs"
terraform output
