import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Button,
  Label,
  LabelGroup,
  PageSection,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ProblemError } from "../api/ChatAccessApi";
import type { License } from "../api/types";
import {
  ConfirmModal,
  PagedList,
  ReadOnlyNotice,
  usePaging,
} from "../components/common";
import { LicenseModal } from "../components/LicenseModal";
import { SeatsBar } from "../components/SeatsBar";
import { useChatAccess } from "../components/useChatAccess";
import { useLimits } from "../components/useLimits";
import { useLoad } from "../components/useLoad";
import { toChatPage } from "../routes";

/** License types with their seat usage; a type's holders are on its own page. */
export const LicensesPage = () => {
  const { api, realm, t, canManageRealm, notifyError, notifySuccess } = useChatAccess();
  // read before the license form opens
  useLimits();
  const { first, max, setPaging } = usePaging(10);
  const { data, loading, reload } = useLoad(
    () => api.get<License[]>("/licenses"),
    [api],
    (error) => notifyError(t("chatLoadLicenses"), error),
  );
  const [editing, setEditing] = useState<{ license?: License }>();
  const [deleting, setDeleting] = useState<{ license: License; cascadeDetail?: string }>();
  const licenses = data ?? [];
  const rows = licenses.slice(first, first + max);

  const remove = async (license: License, cascade: boolean) => {
    try {
      await api.delete(`/licenses/${license.id}`, { cascade });
      setDeleting(undefined);
      notifySuccess(t("chatLicenseDeleted", { name: license.name }));
      reload();
    } catch (error) {
      if (!cascade && error instanceof ProblemError && error.status === 409) {
        setDeleting({ license, cascadeDetail: error.detail ?? "" });
      } else {
        setDeleting(undefined);
        notifyError(t("chatDeleteLicense"), error);
      }
    }
  };

  const addButton = (
    <Button
      data-testid="chat-add-license"
      isDisabled={!canManageRealm}
      onClick={() => setEditing({})}
    >
      {t("chatAddLicense")}
    </Button>
  );

  return (
    <>
      <ViewHeader titleKey={t("chatLicenses")} subKey={t("chatLicensesIntro")} />
      <PageSection variant="light" className="chat-access-page" data-testid="chat-licenses-page">
        <ReadOnlyNotice show={!canManageRealm} text={t("chatReadOnlyRealm")} />
        <PagedList
          loading={loading && !data}
          empty={licenses.length === 0}
          emptyHint={{
            id: "chat-licenses-empty",
            title: t("chatLicensesEmptyTitle"),
            body: t("chatLicensesEmptyBody"),
            action: addButton,
          }}
          actions={<ToolbarItem>{addButton}</ToolbarItem>}
          pager={{
            id: "chat-licenses-pager",
            first,
            max,
            count: rows.length,
            hasMore: first + max < licenses.length,
            onChange: setPaging,
          }}
        >
            <Table aria-label={t("chatLicenses")} data-testid="chat-license-table">
              <Thead>
                <Tr>
                  <Th>{t("chatName")}</Th>
                  <Th>{t("chatKey")}</Th>
                  <Th>{t("chatLicenseChannels")}</Th>
                  <Th width={30}>{t("chatSeatsUsed")}</Th>
                  <Th screenReaderText={t("chatActions")} />
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((license) => (
                  <Tr key={license.id} data-testid={`chat-license-${license.key}`}>
                    <Td dataLabel={t("chatName")}>
                      <Link
                        to={toChatPage(realm, `licenses/${license.id}`)}
                        data-testid={`chat-license-link-${license.key}`}
                      >
                        {license.name}
                      </Link>
                    </Td>
                    <Td dataLabel={t("chatKey")}>
                      <code>{license.key}</code>
                    </Td>
                    <Td dataLabel={t("chatLicenseChannels")}>
                      {license.channels.length === 0 ? (
                        t("chatAllChannels")
                      ) : (
                        <LabelGroup>
                          {license.channels.map((c) => (
                            <Label key={c} isCompact>
                              {c}
                            </Label>
                          ))}
                        </LabelGroup>
                      )}
                    </Td>
                    <Td dataLabel={t("chatSeatsUsed")}>
                      <SeatsBar license={license} />
                    </Td>
                    <Td isActionCell>
                      <Button
                        variant="link"
                        data-testid={`chat-license-edit-${license.key}`}
                        isDisabled={!canManageRealm}
                        onClick={() => setEditing({ license })}
                      >
                        {t("chatEdit")}
                      </Button>
                      <Button
                        variant="link"
                        isDanger
                        data-testid={`chat-license-delete-${license.key}`}
                        isDisabled={!canManageRealm}
                        onClick={() => setDeleting({ license })}
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
      {editing && (
        <LicenseModal
          license={editing.license}
          onClose={() => setEditing(undefined)}
          onSaved={(license) => {
            setEditing(undefined);
            notifySuccess(
              t(editing.license ? "chatLicenseSaved" : "chatLicenseCreated", {
                name: license.name,
              }),
            );
            reload();
          }}
        />
      )}
      {deleting && (
        <ConfirmModal
          id={deleting.cascadeDetail === undefined ? "chat-delete-license" : "chat-delete-license-cascade"}
          title={t("chatDeleteLicenseTitle", { name: deleting.license.name })}
          body={
            deleting.cascadeDetail === undefined ? (
              t("chatDeleteLicenseBody", { key: deleting.license.key })
            ) : (
              <>
                <p>{deleting.cascadeDetail}</p>
                <p className="pf-v5-u-mt-sm">{t("chatDeleteLicenseCascadeBody")}</p>
              </>
            )
          }
          confirmLabel={
            deleting.cascadeDetail === undefined ? t("chatDelete") : t("chatDeleteEverything")
          }
          danger
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => void remove(deleting.license, deleting.cascadeDetail !== undefined)}
        />
      )}
    </>
  );
};
