import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Button,
  Label,
  PageSection,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { ProblemError } from "../api/ChatAccessApi";
import type { ChatRole } from "../api/types";
import {
  ConfirmModal,
  PagedList,
  ReadOnlyNotice,
  usePaging,
} from "../components/common";
import { GrantLabels } from "../components/GrantLabels";
import { useChatAccess } from "../components/useChatAccess";
import { useLoad } from "../components/useLoad";
import { toChatPage } from "../routes";

/** Chat roles (profiles) at their current versions. */
export const RolesPage = () => {
  const { api, realm, t, canManageRealm, notifyError, notifySuccess } = useChatAccess();
  const navigate = useNavigate();
  const { first, max, setPaging } = usePaging(10);
  const { data, loading, reload } = useLoad(
    () => api.get<ChatRole[]>("/roles"),
    [api],
    (error) => notifyError(t("chatLoadRoles"), error),
  );
  const [deleting, setDeleting] = useState<{ role: ChatRole; cascadeDetail?: string }>();
  const roles = data ?? [];
  const rows = roles.slice(first, first + max);

  const remove = async (role: ChatRole, cascade: boolean) => {
    try {
      await api.delete(`/roles/${role.id}`, { cascade });
      setDeleting(undefined);
      notifySuccess(t("chatRoleDeleted", { name: role.name }));
      reload();
    } catch (error) {
      if (!cascade && error instanceof ProblemError && error.status === 409) {
        setDeleting({ role, cascadeDetail: error.detail ?? "" });
      } else {
        setDeleting(undefined);
        notifyError(t("chatDeleteRole"), error);
      }
    }
  };

  const createButton = (
    <Button
      data-testid="chat-create-role"
      isDisabled={!canManageRealm}
      onClick={() => navigate(toChatPage(realm, "roles/new"))}
    >
      {t("chatCreateRole")}
    </Button>
  );

  return (
    <>
      <ViewHeader titleKey={t("chatRoles")} subKey={t("chatRolesIntro")} />
      <PageSection variant="light" className="chat-access-page" data-testid="chat-roles-page">
        <ReadOnlyNotice show={!canManageRealm} text={t("chatReadOnlyRealm")} />
        <PagedList
          loading={loading && !data}
          empty={roles.length === 0}
          emptyHint={{
            id: "chat-roles-empty",
            title: t("chatRolesEmptyTitle"),
            body: t("chatRolesEmptyBody"),
            action: createButton,
          }}
          actions={<ToolbarItem>{createButton}</ToolbarItem>}
          pager={{
            id: "chat-roles-pager",
            first,
            max,
            count: rows.length,
            hasMore: first + max < roles.length,
            onChange: setPaging,
          }}
        >
            <Table aria-label={t("chatRoles")} data-testid="chat-role-table">
              <Thead>
                <Tr>
                  <Th>{t("chatName")}</Th>
                  <Th>{t("chatKey")}</Th>
                  <Th>{t("chatVersion")}</Th>
                  <Th>{t("chatRequiresLicense")}</Th>
                  <Th>{t("chatGrants")}</Th>
                  <Th screenReaderText={t("chatActions")} />
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((role) => (
                  <Tr key={role.id} data-testid={`chat-role-${role.key}`}>
                    <Td dataLabel={t("chatName")}>
                      <Link
                        to={toChatPage(realm, `roles/${role.id}`)}
                        data-testid={`chat-role-link-${role.key}`}
                      >
                        {role.name}
                      </Link>
                      {role.description && (
                        <div className="chat-access-muted">{role.description}</div>
                      )}
                    </Td>
                    <Td dataLabel={t("chatKey")}>
                      <code>{role.key}</code>
                    </Td>
                    <Td dataLabel={t("chatVersion")}>
                      <Label isCompact>v{role.version}</Label>
                    </Td>
                    <Td dataLabel={t("chatRequiresLicense")}>
                      {role.requiresLicense ? t("chatYes") : t("chatNo")}
                    </Td>
                    <Td dataLabel={t("chatGrants")}>
                      <GrantLabels grants={role.grants} numLabels={3} />
                    </Td>
                    <Td isActionCell>
                      <Button
                        variant="link"
                        isDanger
                        data-testid={`chat-role-delete-${role.key}`}
                        isDisabled={!canManageRealm}
                        onClick={() => setDeleting({ role })}
                      >
                        {t("chatDelete")}
                      </Button>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
        </PagedList>
      </PageSection>
      {deleting && (
        <ConfirmModal
          id={deleting.cascadeDetail === undefined ? "chat-delete-role" : "chat-delete-role-cascade"}
          title={t("chatDeleteRoleTitle", { name: deleting.role.name })}
          body={
            deleting.cascadeDetail === undefined ? (
              t("chatDeleteRoleBody", { key: deleting.role.key })
            ) : (
              <>
                <p>{deleting.cascadeDetail}</p>
                <p className="pf-v5-u-mt-sm">{t("chatDeleteRoleCascadeBody")}</p>
              </>
            )
          }
          confirmLabel={
            deleting.cascadeDetail === undefined ? t("chatDelete") : t("chatDeleteEverything")
          }
          danger
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => void remove(deleting.role, deleting.cascadeDetail !== undefined)}
        />
      )}
    </>
  );
};
