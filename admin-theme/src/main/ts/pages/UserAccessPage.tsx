import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Button,
  Card,
  CardBody,
  CardTitle,
  Flex,
  FlexItem,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Label,
  LabelGroup,
  Modal,
  ModalVariant,
  PageSection,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import type {
  Assignment,
  ChatRole,
  Effective,
  InboxNode,
  Level,
  Permission,
  Suspension,
} from "../api/types";
import { AssignmentModal } from "../components/AssignmentModal";
import { ClaimPreview } from "../components/ClaimPreview";
import { formatTime, LevelLabel, Loading, Pager, usePaging } from "../components/common";
import { ExplainModal } from "../components/ExplainModal";
import { GrantLabels } from "../components/GrantLabels";
import { TextField } from "../components/fields";
import { describeScope } from "../components/ScopePicker";
import { useChatAccess } from "../components/useChatAccess";
import { useLimits } from "../components/useLimits";
import { useLoad } from "../components/useLoad";
import { toChatPage } from "../routes";

type Cell = { permission: string; inbox: { id: string; key: string } };

/**
 * One user's chat access: licenses, suspension, effective level per inbox and permission (each
 * cell explains itself), the user's own assignments and extra grants, and a claim preview.
 */
export const UserAccessPage = () => {
  const { userId } = useParams<{ userId: string }>();
  const { api, realm, t, canManageUsers, notifyError, notifySuccess } = useChatAccess();
  const effective = useLoad(
    () => api.get<Effective>(`/users/${userId}/effective`),
    [api, userId],
    (error) => notifyError(t("chatLoadEffective"), error),
  );
  const suspension = useLoad(
    () => api.get<Suspension>(`/users/${userId}/suspension`),
    [api, userId],
    (error) => notifyError(t("chatLoadSuspension"), error),
  );
  const permissions = useLoad(
    () => api.get<Permission[]>("/permissions"),
    [api],
    (error) => notifyError(t("chatLoadPermissions"), error),
  );
  const nodes = useLoad(
    () => api.all<InboxNode>("/inboxes"),
    [api],
    (error) => notifyError(t("chatLoadInboxes"), error),
  );
  const own = useLoad(
    () => api.all<Assignment>("/assignments", { subjectType: "user", subjectId: userId }),
    [api, userId],
    (error) => notifyError(t("chatLoadAssignments"), error),
  );
  const roles = useLoad(
    () => api.get<ChatRole[]>("/roles"),
    [api],
    (error) => notifyError(t("chatLoadRoles"), error),
  );
  const { first, max, setPaging } = usePaging(10);
  // read before the suspension or grants form opens
  useLimits();
  const [explaining, setExplaining] = useState<Cell>();
  const [suspending, setSuspending] = useState(false);
  const [addingGrants, setAddingGrants] = useState(false);
  const [anyPermission, setAnyPermission] = useState("");
  const [anyInbox, setAnyInbox] = useState("");

  const data = effective.data;
  const inboxes = useMemo(() => (nodes.data ?? []).filter((n) => n.type === "inbox"), [nodes.data]);
  const nodesById = useMemo(() => new Map((nodes.data ?? []).map((n) => [n.id, n])), [nodes.data]);
  const grantsByInbox = useMemo(
    () => new Map((data?.inboxes ?? []).map((i) => [i.id, i.grants])),
    [data],
  );
  // columns: every permission the user holds somewhere, in catalog order
  const columns = useMemo(() => {
    const held = new Set<string>(Object.keys(data?.everywhere ?? {}));
    (data?.inboxes ?? []).forEach((i) => Object.keys(i.grants).forEach((p) => held.add(p)));
    return (permissions.data ?? []).map((p) => p.key).filter((p) => held.has(p));
  }, [data, permissions.data]);

  const reloadAll = () => {
    effective.reload();
    suspension.reload();
    own.reload();
  };

  const setSuspended = async (suspended: boolean, reason: string | null) => {
    setSuspending(false);
    try {
      await api.put(`/users/${userId}/suspension`, { suspended, reason });
      notifySuccess(t(suspended ? "chatUserSuspended" : "chatUserResumed", { username: data?.username }));
    } catch (error) {
      notifyError(t(suspended ? "chatSuspendFailed" : "chatResumeFailed"), error);
    }
    reloadAll();
  };

  if (!data || !permissions.data || !nodes.data) {
    return <Loading />;
  }
  const suspended = suspension.data?.suspended ?? data.suspended;
  const rows = inboxes.slice(first, first + max);

  return (
    <>
      <ViewHeader
        titleKey={data.username}
        subKey={t("chatUserAccessIntro")}
        badges={[
          {
            id: "chat-user-status",
            text: suspended ? (
              <Label color="red" data-testid="chat-user-suspended">
                {t("chatSuspended")}
              </Label>
            ) : (
              <Label color="green" data-testid="chat-user-active">
                {t("chatActive")}
              </Label>
            ),
          },
        ]}
      />
      <PageSection variant="light" className="chat-access-page" data-testid="chat-user-page">
        <Flex className="pf-v5-u-mb-md" alignItems={{ default: "alignItemsCenter" }}>
          <FlexItem>
            <strong>{t("chatLicenses")}:</strong>{" "}
            {data.licenses.length === 0 ? (
              <span className="chat-access-muted" data-testid="chat-user-no-license">
                {t("chatNoLicense")}
              </span>
            ) : (
              <LabelGroup data-testid="chat-user-licenses">
                {data.licenses.map((l) => (
                  <Label key={l} color="blue" isCompact>
                    {l}
                  </Label>
                ))}
              </LabelGroup>
            )}
          </FlexItem>
          <FlexItem align={{ default: "alignRight" }}>
            {suspended ? (
              <Button
                data-testid="chat-user-resume"
                isDisabled={!canManageUsers}
                onClick={() => void setSuspended(false, null)}
              >
                {t("chatResume")}
              </Button>
            ) : (
              <Button
                variant="danger"
                data-testid="chat-user-suspend"
                isDisabled={!canManageUsers}
                onClick={() => setSuspending(true)}
              >
                {t("chatSuspend")}
              </Button>
            )}
          </FlexItem>
        </Flex>
        {suspended && (
          <Alert
            variant="warning"
            isInline
            className="pf-v5-u-mb-md"
            title={t("chatSuspendedAlert")}
            data-testid="chat-user-suspended-alert"
          >
            {suspension.data?.reason && <p>{t("chatSuspendedReason", { reason: suspension.data.reason })}</p>}
            {suspension.data?.changedAt && <p>{formatTime(suspension.data.changedAt)}</p>}
          </Alert>
        )}
        <Card isFlat className="pf-v5-u-mb-lg">
          <CardTitle>{t("chatEffectivePermissions")}</CardTitle>
          <CardBody>
            <div className="pf-v5-u-mb-md" data-testid="chat-user-everywhere">
              <strong>{t("chatEverywhere")}:</strong>{" "}
              <GrantLabels grants={data.everywhere} numLabels={10} />
            </div>
            {inboxes.length === 0 ? (
              <Alert variant="info" isInline isPlain title={t("chatNoInboxesYet")} />
            ) : (
              <>
                <Toolbar>
                  <ToolbarContent>
                    <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
                      <Pager
                        id="chat-effective-pager"
                        first={first}
                        max={max}
                        count={rows.length}
                        hasMore={first + max < inboxes.length}
                        onChange={setPaging}
                      />
                    </ToolbarItem>
                  </ToolbarContent>
                </Toolbar>
                <div className="chat-access-scroll">
                  <Table aria-label={t("chatEffectivePermissions")} variant="compact" data-testid="chat-effective-table">
                    <Thead>
                      <Tr>
                        <Th>{t("chatInbox")}</Th>
                        {columns.map((p) => (
                          <Th key={p} className="chat-access-permission-column">
                            {p}
                          </Th>
                        ))}
                      </Tr>
                    </Thead>
                    <Tbody>
                      {rows.map((inbox) => {
                        const grants = grantsByInbox.get(inbox.id) ?? data.everywhere;
                        return (
                          <Tr key={inbox.id} data-testid={`chat-effective-${inbox.key}`}>
                            <Td dataLabel={t("chatInbox")}>
                              {inbox.name} <code>{inbox.key}</code>{" "}
                              <Label isCompact>{inbox.channel}</Label>
                            </Td>
                            {columns.map((p) => {
                              const level = (grants[p] ?? "none") as Level;
                              return (
                                <Td key={p} dataLabel={p}>
                                  <Button
                                    variant="plain"
                                    className="chat-access-cell"
                                    data-testid={`chat-cell-${inbox.key}-${p}`}
                                    aria-label={t("chatWhyCell", { permission: p, inbox: inbox.key })}
                                    title={t("chatWhy")}
                                    onClick={() =>
                                      setExplaining({ permission: p, inbox: { id: inbox.id, key: inbox.key } })
                                    }
                                  >
                                    <LevelLabel level={level} />
                                  </Button>
                                </Td>
                              );
                            })}
                          </Tr>
                        );
                      })}
                    </Tbody>
                  </Table>
                </div>
                {columns.length === 0 && (
                  <Alert
                    variant="info"
                    isInline
                    isPlain
                    className="pf-v5-u-mt-sm"
                    title={t("chatNoPermissionsYet")}
                    data-testid="chat-user-no-permissions"
                  />
                )}
              </>
            )}
            <Form isHorizontal className="pf-v5-u-mt-lg" onSubmit={(e) => e.preventDefault()}>
              <FormGroup label={t("chatWhyAny")} fieldId="chat-why-permission">
                <Flex>
                  <FlexItem>
                    <FormSelect
                      id="chat-why-permission"
                      data-testid="chat-why-permission"
                      aria-label={t("chatPermission")}
                      value={anyPermission}
                      onChange={(_e, v) => setAnyPermission(v)}
                    >
                      <FormSelectOption value="" label={t("chatChoosePermission")} isPlaceholder />
                      {permissions.data.map((p) => (
                        <FormSelectOption key={p.key} value={p.key} label={p.key} />
                      ))}
                    </FormSelect>
                  </FlexItem>
                  <FlexItem>
                    <FormSelect
                      id="chat-why-inbox"
                      data-testid="chat-why-inbox"
                      aria-label={t("chatInbox")}
                      value={anyInbox}
                      onChange={(_e, v) => setAnyInbox(v)}
                    >
                      <FormSelectOption value="" label={t("chatChooseInbox")} isPlaceholder />
                      {inboxes.map((i) => (
                        <FormSelectOption key={i.id} value={i.id} label={`${i.name} (${i.key})`} />
                      ))}
                    </FormSelect>
                  </FlexItem>
                  <FlexItem>
                    <Button
                      variant="secondary"
                      data-testid="chat-why-run"
                      isDisabled={!anyPermission || !anyInbox}
                      onClick={() => {
                        const inbox = nodesById.get(anyInbox)!;
                        setExplaining({ permission: anyPermission, inbox: { id: inbox.id, key: inbox.key } });
                      }}
                    >
                      {t("chatWhy")}
                    </Button>
                  </FlexItem>
                </Flex>
              </FormGroup>
            </Form>
          </CardBody>
        </Card>
        <Card isFlat className="pf-v5-u-mb-lg">
          <CardTitle>{t("chatOwnAssignments")}</CardTitle>
          <CardBody>
            <Toolbar>
              <ToolbarContent>
                <ToolbarItem>
                  <Button
                    variant="secondary"
                    data-testid="chat-user-add-grants"
                    isDisabled={!canManageUsers || !roles.data}
                    onClick={() => setAddingGrants(true)}
                  >
                    {t("chatAddExtraGrants")}
                  </Button>
                </ToolbarItem>
                <ToolbarItem>
                  <Link
                    to={`${toChatPage(realm, "assignments")}?subjectType=user&subjectId=${userId}`}
                  >
                    {t("chatManageInAssignments")}
                  </Link>
                </ToolbarItem>
              </ToolbarContent>
            </Toolbar>
            {(own.data ?? []).length === 0 ? (
              <span className="chat-access-muted">{t("chatNoOwnAssignments")}</span>
            ) : (
              <Table aria-label={t("chatOwnAssignments")} variant="compact" data-testid="chat-user-assignments">
                <Thead>
                  <Tr>
                    <Th>{t("chatWhat")}</Th>
                    <Th>{t("chatScope")}</Th>
                    <Th>{t("chatSource")}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {(own.data ?? []).map((a) => (
                    <Tr key={a.id}>
                      <Td dataLabel={t("chatWhat")}>
                        {a.roleId ? (
                          <Link to={toChatPage(realm, `roles/${a.roleId}`)}>{a.roleKey}</Link>
                        ) : (
                          <>
                            {t("chatExtraGrants")} <GrantLabels grants={a.grants} />
                          </>
                        )}
                      </Td>
                      <Td dataLabel={t("chatScope")}>{describeScope(a.scope, nodesById, t)}</Td>
                      <Td dataLabel={t("chatSource")}>{a.source}</Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
            <p className="chat-access-muted pf-v5-u-mt-sm">{t("chatInheritedHint")}</p>
          </CardBody>
        </Card>
        <Card isFlat>
          <CardTitle>{t("chatClaimPreview")}</CardTitle>
          <CardBody>
            <ClaimPreview key={String(suspended)} userId={userId!} />
          </CardBody>
        </Card>
      </PageSection>
      {explaining && (
        <ExplainModal
          userId={userId!}
          permission={explaining.permission}
          inbox={explaining.inbox}
          onClose={() => setExplaining(undefined)}
        />
      )}
      {suspending && (
        <SuspendModal
          username={data.username}
          onCancel={() => setSuspending(false)}
          onSuspend={(reason) => void setSuspended(true, reason)}
        />
      )}
      {addingGrants && roles.data && (
        <AssignmentModal
          subject={{ type: "user", id: userId!, name: data.username }}
          extraGrants
          roles={roles.data}
          nodes={nodes.data}
          onClose={() => setAddingGrants(false)}
          onSaved={() => {
            setAddingGrants(false);
            notifySuccess(t("chatAssignmentCreated"));
            reloadAll();
          }}
        />
      )}
    </>
  );
};

const SuspendModal = ({
  username,
  onCancel,
  onSuspend,
}: {
  username: string;
  onCancel: () => void;
  onSuspend: (reason: string | null) => void;
}) => {
  const { t } = useChatAccess();
  const { limits } = useLimits();
  const [reason, setReason] = useState("");
  return (
    <Modal
      variant={ModalVariant.small}
      title={t("chatSuspendTitle", { username })}
      isOpen
      onClose={onCancel}
      data-testid="chat-suspend-modal"
      actions={[
        <Button
          key="suspend"
          variant="danger"
          data-testid="chat-suspend-confirm"
          onClick={() => onSuspend(reason.trim() === "" ? null : reason.trim())}
        >
          {t("chatSuspend")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onCancel}>
          {t("chatCancel")}
        </Button>,
      ]}
    >
      <p className="pf-v5-u-mb-md">{t("chatSuspendBody")}</p>
      <Form onSubmit={(e) => e.preventDefault()}>
        <TextField
          id="chat-suspend-reason"
          label={t("chatReason")}
          multiline
          value={reason}
          onChange={setReason}
          max={limits?.suspensionReasonChars}
        />
      </Form>
    </Modal>
  );
};
