#!/usr/bin/env bash
# Quick start: builds everything, then starts Keycloak with the extension and the example realm
# on the embedded H2 database (kept in realm-examples/target/quickstart between runs).
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q -DskipTests package

KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
HOME_DIR="realm-examples/target/quickstart/keycloak-${KEYCLOAK_VERSION}"
mkdir -p "${HOME_DIR}/data/import"
cp realm-examples/quickstart/*-realm.json "${HOME_DIR}/data/import/"

cat <<TXT

  Keycloak Chat Access: quick start (Keycloak ${KEYCLOAK_VERSION}, embedded H2)

  Admin console      http://localhost:8080/admin/   (admin / admin, master realm)
  Demo realm         http://localhost:8080/admin/master/console/#/chat-demo
  Chat access API    http://localhost:8080/admin/realms/chat-demo/chat-access/
  Demo logins        realm chat-demo: alice/alice (agent), sam/sam (supervisor), vic/vic,
                     chat-admin/chat-admin (realm admin); account page
                     http://localhost:8080/realms/chat-demo/account/
  What to try        realm-examples/quickstart/README.md

TXT

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
exec "${HOME_DIR}/bin/kc.sh" start-dev --import-realm "$@"
