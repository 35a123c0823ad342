#!/usr/bin/env bash
# Quick start: builds everything, then starts Keycloak with the extension, its admin console theme,
# the quick-start realm, the five scenario realms and the two AuthZEN example realms (each with its
# chat-access document, applied by the startup import) on the embedded H2 database (kept in
# realm-examples/target/quickstart between runs). The example realms select the admin theme
# chat-access in their JSON; the master realm gets it through the admin REST API once the server is
# up (Keycloak has no server option for the admin theme alone).
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q -DskipTests package

KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
HOME_DIR="realm-examples/target/quickstart/keycloak-${KEYCLOAK_VERSION}"
DOCUMENTS_DIR="${PWD}/${HOME_DIR}/data/chat-access"
mkdir -p "${HOME_DIR}/data/import" "${DOCUMENTS_DIR}"
cp realm-examples/*/*-realm.json "${HOME_DIR}/data/import/"
cp realm-examples/*/*.chat-access.json "${DOCUMENTS_DIR}/"

cat <<TXT

  Keycloak Chat Access: quick start (Keycloak ${KEYCLOAK_VERSION}, embedded H2)

  Admin console      http://localhost:8080/admin/   (admin / admin, master realm; the realms'
                     consoles have a "Chat access" section: .../admin/<realm>/console/)
  Chat access API    http://localhost:8080/admin/realms/<realm>/chat-access/
  Token claim        POST http://localhost:8080/realms/<realm>/protocol/openid-connect/token
                     (client chat-app, grant_type=password), then GET .../realms/<realm>/chat-access/me
  AuthZEN PDP        POST http://localhost:8080/realms/<realm>/chat-access/authzen/access/v1/evaluation
                     (token of a PEP client, grant_type=client_credentials: todo-pep / todo-pep-secret
                     in authzen-todo, authzen-pep / authzen-pep-secret in authzen-certification)

  Realms and demo logins (every password equals the username; <realm>-admin is the realm's admin):
    chat-demo              alice, sam, vic, chat-admin        realm-examples/quickstart/README.md
    licensed-reps          alice, bob, dan, sue, vic          realm-examples/licensed-reps/README.md
    three-tier             ada, sam, ash, lee                 realm-examples/three-tier/README.md
    multi-location         carl, bea, mia, max, ann           realm-examples/multi-location/README.md
    contact-centre         olga, pete, quinn, hana, raj       realm-examples/contact-centre/README.md
    permission-profiles    paula, erik, tara, nico, omar      realm-examples/permission-profiles/README.md
    authzen-todo           rick, morty, summer, beth, jerry   realm-examples/authzen-todo/README.md
    authzen-certification  alice, bob                         realm-examples/authzen-certification/README.md

  Account page       http://localhost:8080/realms/<realm>/account/

TXT

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"

# Once the server answers, make chat-access the master realm's admin theme (kcadm.sh ships with
# Keycloak; its credentials go to a file of the quick start, not to ~/.keycloak).
select_master_admin_theme() {
  local kcadm="${HOME_DIR}/bin/kcadm.sh" config="${HOME_DIR}/data/kcadm.config"
  for _ in $(seq 1 120); do
    if "$kcadm" config credentials --config "$config" --server "http://localhost:${KC_HTTP_PORT:-8080}" \
      --realm master --user "$KC_BOOTSTRAP_ADMIN_USERNAME" \
      --password "$KC_BOOTSTRAP_ADMIN_PASSWORD" >/dev/null 2>&1; then
      "$kcadm" update realms/master --config "$config" -s adminTheme=chat-access >/dev/null 2>&1 \
        && echo "  Admin theme of the master realm: chat-access"
      return
    fi
    sleep 2
  done
}
select_master_admin_theme &
exec "${HOME_DIR}/bin/kc.sh" start-dev --import-realm \
  "--spi-chat-access-import--default--dir=${DOCUMENTS_DIR}" "$@"
