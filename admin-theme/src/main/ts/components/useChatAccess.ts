import {
  useAccess,
  useAdminClient,
  useRealm,
} from "@keycloak/keycloak-admin-ui";
import type { AccessType } from "@keycloak/keycloak-admin-client/lib/defs/whoAmIRepresentation";
import { useAlerts } from "@keycloak/keycloak-ui-shared";
import { AlertVariant } from "@patternfly/react-core";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ChatAccessApi, ProblemError } from "../api/ChatAccessApi";
import { CHAT_NS } from "../i18n";

/** Who may read chat access: the realm's view rights (manage-realm includes them). */
export const viewChatAccess: AccessType = ({ hasAny }) =>
  hasAny("view-realm", "manage-realm");

/**
 * What every page of the section needs: the API with the console's session, the caller's rights as
 * the server checks them (docs/rest-api.md "Rights"), translations, and the console's alerts.
 */
export function useChatAccess() {
  const { adminClient } = useAdminClient();
  const { realm } = useRealm();
  const { hasAccess } = useAccess();
  const { t } = useTranslation(CHAT_NS);
  const { addAlert } = useAlerts();

  const api = useMemo(() => new ChatAccessApi(adminClient, realm), [adminClient, realm]);

  const notifyError = useCallback(
    (what: string, error: unknown) => {
      if (error instanceof ProblemError) {
        addAlert(
          t("chatErrorAlert", { what, title: error.title }),
          AlertVariant.danger,
          error.describe(),
        );
      } else {
        addAlert(
          t("chatErrorAlert", { what, title: String((error as Error)?.message ?? error) }),
          AlertVariant.danger,
        );
      }
    },
    [addAlert, t],
  );

  const notifySuccess = useCallback(
    (message: string) => addAlert(message, AlertVariant.success),
    [addAlert],
  );

  return {
    api,
    adminClient,
    realm,
    t,
    notifyError,
    notifySuccess,
    /** inboxes, licenses, roles, permissions, settings, assignments of groups and roles */
    canManageRealm: hasAccess("manage-realm"),
    /** license holders, assignments to users, suspension */
    canManageUsers: hasAccess("manage-users"),
    canViewUsers: hasAccess("view-users") || hasAccess("manage-users") || hasAccess("query-users"),
    canViewClients: hasAccess("view-clients") || hasAccess("manage-clients"),
  };
}

/** Whether a subject type's assignments may be changed with these rights. */
export function canManageSubject(
  type: string,
  rights: { canManageRealm: boolean; canManageUsers: boolean },
) {
  return type === "user" ? rights.canManageUsers : rights.canManageRealm;
}
