#!/usr/bin/env bash
# Quick start: builds everything, then starts Keycloak with the extension, the quick-start realm and
# the five example realms (each with its chat-access document, applied by the startup import) on the
# embedded H2 database (kept in realm-examples/target/quickstart between runs).
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

  Admin console      http://localhost:8080/admin/   (admin / admin, master realm)
  Chat access API    http://localhost:8080/admin/realms/<realm>/chat-access/
  Token claim        POST http://localhost:8080/realms/<realm>/protocol/openid-connect/token
                     (client chat-app, grant_type=password), then GET .../realms/<realm>/chat-access/me

  Realms and demo logins (every password equals the username; <realm>-admin is the realm's admin):
    chat-demo            alice, sam, vic, chat-admin              realm-examples/quickstart/README.md
    licensed-reps        alice, bob, dan, sue, vic                realm-examples/licensed-reps/README.md
    three-tier           ada, sam, ash, lee                       realm-examples/three-tier/README.md
    multi-location       carl, bea, mia, max, ann                 realm-examples/multi-location/README.md
    contact-centre       olga, pete, quinn, hana, raj             realm-examples/contact-centre/README.md
    permission-profiles  paula, erik, tara, nico, omar            realm-examples/permission-profiles/README.md

  Account page       http://localhost:8080/realms/<realm>/account/

TXT

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
exec "${HOME_DIR}/bin/kc.sh" start-dev --import-realm \
  "--spi-chat-access-import--default--dir=${DOCUMENTS_DIR}" "$@"
