import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Button,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
  PageSection,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import type { Holder, License } from "../api/types";
import {
  ConfirmModal,
  EmptyHint,
  formatTime,
  Loading,
  Pager,
  pageOf,
  ReadOnlyNotice,
  usePaging,
} from "../components/common";
import { LicenseModal } from "../components/LicenseModal";
import { SeatsBar } from "../components/SeatsBar";
import { useChatAccess } from "../components/useChatAccess";
import { useLimits } from "../components/useLimits";
import { useLoad } from "../components/useLoad";
import { UserSearch } from "../components/UserSearch";
import { toChatPage } from "../routes";

/** One license type: its seats, its holders (paged), adding holders by user search. */
export const LicenseDetailPage = () => {
  const { licenseId } = useParams<{ licenseId: string }>();
  const chat = useChatAccess();
  const { api, realm, t, canManageRealm, canManageUsers, notifyError, notifySuccess } = chat;
  // read before the license form opens
  useLimits();
  const license = useLoad(
    () => api.get<License>(`/licenses/${licenseId}`),
    [api, licenseId],
    (error) => notifyError(t("chatLoadLicenses"), error),
  );
  const { first, max, setPaging } = usePaging(10);
  const holders = useLoad(
    () => api.get<Holder[]>(`/licenses/${licenseId}/holders`, { first, max: max + 1 }),
    [api, licenseId, first, max],
    (error) => notifyError(t("chatLoadHolders"), error),
  );
  const [removing, setRemoving] = useState<Holder>();
  const [editing, setEditing] = useState(false);
  const { rows, hasMore } = pageOf(holders.data, max);
  const current = license.data;

  const reloadAll = () => {
    license.reload();
    holders.reload();
  };

  const add = async (userId: string, username: string) => {
    try {
      await api.post(`/licenses/${licenseId}/holders`, { userId });
      notifySuccess(t("chatHolderAdded", { username }));
    } catch (error) {
      notifyError(t("chatAddHolderFailed", { username }), error);
    }
    reloadAll();
  };

  const remove = async (holder: Holder) => {
    setRemoving(undefined);
    try {
      await api.delete(`/licenses/${licenseId}/holders/${holder.userId}`);
      notifySuccess(t("chatHolderRemoved", { username: holder.username }));
    } catch (error) {
      notifyError(t("chatRemoveHolder"), error);
    }
    reloadAll();
  };

  if (!current) {
    return <Loading />;
  }
  return (
    <>
      <ViewHeader titleKey={current.name} subKey={t("chatLicenseDetailIntro")} />
      <PageSection variant="light" className="chat-access-page" data-testid="chat-license-page">
        <ReadOnlyNotice show={!canManageUsers} text={t("chatReadOnlyUsers")} />
        <Card isFlat className="pf-v5-u-mb-lg">
          <CardTitle>{t("chatSeatsUsed")}</CardTitle>
          <CardBody>
            <SeatsBar license={current} />
            <DescriptionList isHorizontal isCompact className="pf-v5-u-mt-md">
              <DescriptionListGroup>
                <DescriptionListTerm>{t("chatKey")}</DescriptionListTerm>
                <DescriptionListDescription>
                  <code>{current.key}</code>
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t("chatLicenseChannels")}</DescriptionListTerm>
                <DescriptionListDescription>
                  {current.channels.length === 0 ? (
                    t("chatAllChannels")
                  ) : (
                    <LabelGroup>
                      {current.channels.map((c) => (
                        <Label key={c} isCompact>
                          {c}
                        </Label>
                      ))}
                    </LabelGroup>
                  )}
                </DescriptionListDescription>
              </DescriptionListGroup>
            </DescriptionList>
            <Button
              variant="secondary"
              className="pf-v5-u-mt-md"
              data-testid="chat-license-edit"
              isDisabled={!canManageRealm}
              onClick={() => setEditing(true)}
            >
              {t("chatEdit")}
            </Button>
          </CardBody>
        </Card>
        <Card isFlat>
          <CardTitle>{t("chatHolders")}</CardTitle>
          <CardBody>
            <Toolbar>
              <ToolbarContent>
                <ToolbarItem className="chat-access-grow">
                  <UserSearch
                    id="chat-holder-search"
                    placeholder={t("chatAddHolderPlaceholder")}
                    isDisabled={!canManageUsers}
                    onSelect={(user) => void add(user.id!, user.username!)}
                  />
                </ToolbarItem>
                <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
                  <Pager
                    id="chat-holders-pager"
                    first={first}
                    max={max}
                    count={rows.length}
                    hasMore={hasMore}
                    onChange={setPaging}
                  />
                </ToolbarItem>
              </ToolbarContent>
            </Toolbar>
            {holders.loading && !holders.data ? (
              <Loading />
            ) : rows.length === 0 && first === 0 ? (
              <EmptyHint
                id="chat-holders-empty"
                title={t("chatHoldersEmptyTitle")}
                body={t("chatHoldersEmptyBody")}
              />
            ) : (
              <Table aria-label={t("chatHolders")} variant="compact" data-testid="chat-holder-table">
                <Thead>
                  <Tr>
                    <Th>{t("chatUsername")}</Th>
                    <Th>{t("chatSource")}</Th>
                    <Th>{t("chatGrantedAt")}</Th>
                    <Th screenReaderText={t("chatActions")} />
                  </Tr>
                </Thead>
                <Tbody>
                  {rows.map((holder) => (
                    <Tr key={holder.userId} data-testid={`chat-holder-${holder.username}`}>
                      <Td dataLabel={t("chatUsername")}>
                        <Link to={toChatPage(realm, `users/${holder.userId}`)}>
                          {holder.username}
                        </Link>
                      </Td>
                      <Td dataLabel={t("chatSource")}>{holder.source}</Td>
                      <Td dataLabel={t("chatGrantedAt")}>{formatTime(holder.grantedAt)}</Td>
                      <Td isActionCell>
                        <Button
                          variant="link"
                          isDanger
                          data-testid={`chat-holder-remove-${holder.username}`}
                          isDisabled={!canManageUsers}
                          onClick={() => setRemoving(holder)}
                        >
                          {t("chatRemove")}
                        </Button>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </CardBody>
        </Card>
      </PageSection>
      {editing && (
        <LicenseModal
          license={current}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            notifySuccess(t("chatLicenseSaved", { name: saved.name }));
            license.reload();
          }}
        />
      )}
      {removing && (
        <ConfirmModal
          id="chat-remove-holder"
          title={t("chatRemoveHolderTitle", { username: removing.username })}
          body={t("chatRemoveHolderBody", { username: removing.username, license: current.name })}
          confirmLabel={t("chatRemove")}
          danger
          onCancel={() => setRemoving(undefined)}
          onConfirm={() => void remove(removing)}
        />
      )}
    </>
  );
};
