#!/usr/bin/env bash
# Checks the deployment files without a Docker engine or a cluster, and exits non-zero on any problem:
#   1. lints the five Dockerfiles (npm dockerfile-utils) and the shell scripts (shellcheck)
#   2. validates docker-compose.yml with Debian's docker-compose 1.29 (`docker-compose config`), with the built-in
#      defaults and with .env.example
#   3. renders both Kubernetes overlays with `kubectl kustomize`: Debian's kubectl 1.20 (kustomize v2, extracted
#      from the kubernetes-client package, so it never replaces an installed kubectl) and, if one is on the PATH,
#      the installed kubectl as well
#   4. validates every rendered object against the Kubernetes OpenAPI schemas (npm kubernetes-models)
#   5. checks compose, manifests, Dockerfiles, .env.example and the topic script against the services' own
#      configuration (deploy/checks/check_deploy.py)
# Installs what it needs with apt and npm; downloads are cached in $DEPLOY_CHECK_CACHE.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${DEPLOY_CHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/plex-recommend-deploy-check}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$CACHE"
cd "$ROOT"

step() { printf '\n== %s\n' "$*"; }
as_root() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }

step "tools"
missing=()
command -v docker-compose >/dev/null || missing+=(docker-compose)
command -v shellcheck >/dev/null || missing+=(shellcheck)
/usr/bin/python3 -c 'import yaml' 2>/dev/null || missing+=(python3-yaml)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  echo "installing with apt: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
KUBECTL_DEB=$CACHE/kubernetes-client/usr/bin/kubectl
if [[ ! -x $KUBECTL_DEB ]]; then
  echo "extracting Debian's kubernetes-client (kubectl 1.20) into $CACHE"
  if ! (cd "$WORK" && apt-get download kubernetes-client >/dev/null 2>&1); then
    as_root apt-get update -qq
    (cd "$WORK" && apt-get download kubernetes-client >/dev/null)
  fi
  dpkg -x "$WORK"/kubernetes-client_*.deb "$CACHE/kubernetes-client"
fi
NPM_DIR=$CACHE/npm
if [[ ! -x $NPM_DIR/node_modules/.bin/dockerfile-utils || ! -d $NPM_DIR/node_modules/kubernetes-models ]]; then
  echo "installing npm packages kubernetes-models, dockerfile-utils into $NPM_DIR"
  mkdir -p "$NPM_DIR"
  (cd "$NPM_DIR" && { [[ -f package.json ]] || echo '{"private":true}' >package.json; } \
    && npm install --no-audit --no-fund --loglevel=error kubernetes-models@5.1.0 dockerfile-utils@0.16.3 >/dev/null)
fi
RENDERERS=("$KUBECTL_DEB")
if command -v kubectl >/dev/null && [[ $(command -v kubectl) != "$KUBECTL_DEB" ]]; then
  RENDERERS+=("$(command -v kubectl)")
fi
echo "docker-compose $(docker-compose version --short 2>/dev/null), $(shellcheck --version | sed -n 2p)," \
  "node $(node --version)"
for k in "${RENDERERS[@]}"; do
  echo "renderer: $k ($("$k" version --client 2>/dev/null | grep -Eo 'GitVersion:"[^"]+"|Client Version: v[0-9.]+' | head -1))"
done

step "Dockerfiles (dockerfile-utils lint)"
for f in scanner-service embedding-service graph-service recommender-service ui-service; do
  "$NPM_DIR/node_modules/.bin/dockerfile-utils" lint "$f/Dockerfile"
  echo "  ok    $f/Dockerfile"
done

step "shell scripts (shellcheck)"
shellcheck deploy/check.sh deploy/kubernetes/base/topics/create-topics.sh
echo "  ok    deploy/check.sh, deploy/kubernetes/base/topics/create-topics.sh"

step "docker-compose config"
: >"$WORK/empty.env"
docker-compose --env-file "$WORK/empty.env" config -q
echo "  ok    docker-compose.yml with its built-in defaults"
docker-compose --env-file .env.example config -q
echo "  ok    docker-compose.yml with .env.example"
docker-compose --env-file "$WORK/empty.env" --profile build config -q
echo "  ok    docker-compose.yml with the build profile"
docker-compose --env-file "$WORK/empty.env" config >"$WORK/compose.yaml"

step "kubectl kustomize"
i=0
for k in "${RENDERERS[@]}"; do
  for overlay in bundled-kafka external-kafka; do
    "$k" kustomize "deploy/kubernetes/overlays/$overlay" >"$WORK/$overlay.$i.yaml" 2>"$WORK/kustomize.err" \
      || { cat "$WORK/kustomize.err" >&2; exit 1; }
    echo "  ok    overlays/$overlay renders with $k ($(grep -c '^kind:' "$WORK/$overlay.$i.yaml") objects)"
  done
  i=$((i + 1))
done

step "Kubernetes schemas (kubernetes-models)"
cp deploy/checks/validate-k8s.mjs "$NPM_DIR/"
for f in "$WORK"/*-kafka.*.yaml; do
  echo "$(basename "$f"):"
  /usr/bin/python3 -c 'import json, sys, yaml; print(json.dumps([d for d in yaml.safe_load_all(open(sys.argv[1])) if d]))' "$f" \
    | (cd "$NPM_DIR" && node validate-k8s.mjs)
done

step "deployment files against the services' configuration"
for ((j = 0; j < i; j++)); do
  echo "-- rendered with ${RENDERERS[$j]}"
  /usr/bin/python3 deploy/checks/check_deploy.py "$ROOT" "$WORK/compose.yaml" \
    "$WORK/bundled-kafka.$j.yaml" "$WORK/external-kafka.$j.yaml"
done

printf '\nall deployment checks passed\n'
