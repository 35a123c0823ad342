import type { AdminEnvironment } from "@keycloak/keycloak-admin-ui";
import { getInjectedEnvironment } from "@keycloak/keycloak-ui-shared";

/** What Keycloak's index.ftl injects into the page (the #environment script). */
export const environment = getInjectedEnvironment<AdminEnvironment>();
