#!/usr/bin/env bash
# Validates deploy/ on a machine with no container engine and no cluster:
#   1. the compose file, with `docker-compose config` (Debian's docker-compose 1.29);
#   2. the kustomize base and every overlay, rendered with `kubectl kustomize`;
#   3. deploy/checks/check_deploy.py on the rendered objects, the Dockerfile, .dockerignore and
#      README, plus its self-test (each check must catch a defect planted on purpose).
# Usage: bash deploy/validate.sh   (from anywhere; run as root it installs what it lacks)
# Last line: `deploy-checks: N passed, M failed`; exit status 1 when anything failed.
# Not done here: building the image, starting the compose stack, applying to a cluster.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "validate: $*" >&2
  echo "deploy-checks: 0 passed, 1 failed"
  exit 1
}

apt_updated=""
apt_install() {
  [ "$(id -u)" = 0 ] || fail "missing $*; install it with: apt-get install $*"
  if [ -z "$apt_updated" ]; then
    apt-get update -q >/dev/null || fail "apt-get update failed"
    apt_updated=1
  fi
  echo "validate: installing $* (Debian packages)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null || fail "apt-get install $* failed"
}

command -v docker-compose >/dev/null || apt_install docker-compose
command -v kubectl >/dev/null || fail "kubectl not found: it renders the kustomize manifests (kubectl >= 1.27)"
command -v python3 >/dev/null || apt_install python3

# docker-compose 1.x prints YAML only; PyYAML (python3-yaml, a dependency of Debian's
# docker-compose) turns it into JSON so the checker itself needs nothing beyond the standard library.
yaml_python=""
for py in /usr/bin/python3 python3; do
  if command -v "$py" >/dev/null && "$py" -c 'import yaml' 2>/dev/null; then yaml_python=$py; break; fi
done
if [ -z "$yaml_python" ]; then
  apt_install python3-yaml
  yaml_python=/usr/bin/python3
fi

# The compose file is checked with its own defaults, not with whatever the caller exported.
compose() {
  env -i PATH="$PATH" HOME="${HOME:-/root}" LANG=C.UTF-8 docker-compose -f deploy/docker-compose.yml "$@"
}
echo "validate: docker-compose $(docker-compose version --short 2>/dev/null || echo '?') config"
compose config -q || fail "docker-compose config rejected deploy/docker-compose.yml"
compose config > "$work/compose.yaml" 2> "$work/compose.err" || fail "docker-compose config: $(cat "$work/compose.err")"
"$yaml_python" -c 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout, indent=1)' \
  < "$work/compose.yaml" > "$work/compose.json" || fail "could not read the docker-compose config output"

# `kubectl annotate --local` only rewrites the YAML stream as JSON: it talks to no cluster.
for variant in base production dev; do
  case $variant in
    base) dir=deploy/k8s/base ;;
    *) dir=deploy/k8s/overlays/$variant ;;
  esac
  echo "validate: kubectl kustomize $dir"
  kubectl kustomize "$dir" > "$work/k8s-$variant.yaml" 2> "$work/k8s.err" \
    || fail "kubectl kustomize $dir failed: $(cat "$work/k8s.err")"
  kubectl annotate --local -f "$work/k8s-$variant.yaml" -o json errdex.dev/validate- \
    > "$work/k8s-$variant.json" 2> "$work/k8s.err" \
    || fail "could not convert the $variant render to JSON: $(cat "$work/k8s.err")"
done

python3 deploy/checks/check_deploy.py --rendered "$work" --repo "$PWD" --self-test
