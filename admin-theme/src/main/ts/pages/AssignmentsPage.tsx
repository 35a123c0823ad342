import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Button,
  FormSelect,
  FormSelectOption,
  Label,
  PageSection,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { KeyIcon, UserIcon, UsersIcon } from "@patternfly/react-icons";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import type { Assignment, ChatRole, InboxNode, Subject } from "../api/types";
import { AssignmentModal } from "../components/AssignmentModal";
import {
  ConfirmModal,
  EmptyHint,
  Loading,
  Pager,
  pageOf,
  ReadOnlyNotice,
  usePaging,
} from "../components/common";
import { GrantLabels } from "../components/GrantLabels";
import { describeScope } from "../components/ScopePicker";
import { canManageSubject, useChatAccess } from "../components/useChatAccess";
import { useLoad } from "../components/useLoad";
import { toChatPage } from "../routes";

export const SubjectIcon = ({ type }: { type: Subject["type"] }) =>
  type === "user" ? <UserIcon /> : type === "group" ? <UsersIcon /> : <KeyIcon />;

/** Who has which chat role (or extra grants) where; filter by subject type, role or node. */
export const AssignmentsPage = () => {
  const chat = useChatAccess();
  const { api, realm, t, canManageRealm, canManageUsers, notifyError, notifySuccess } = chat;
  const [params, setParams] = useSearchParams();
  const subjectType = params.get("subjectType") ?? "";
  const subjectId = params.get("subjectId") ?? "";
  const roleId = params.get("roleId") ?? "";
  const nodeId = params.get("nodeId") ?? "";
  const { first, max, setPaging } = usePaging(10);
  const { data, loading, reload } = useLoad(
    () =>
      api.get<Assignment[]>("/assignments", {
        subjectType,
        subjectId,
        roleId,
        nodeId,
        first,
        max: max + 1,
      }),
    [api, subjectType, subjectId, roleId, nodeId, first, max],
    (error) => notifyError(t("chatLoadAssignments"), error),
  );
  const roles = useLoad(
    () => api.get<ChatRole[]>("/roles"),
    [api],
    (error) => notifyError(t("chatLoadRoles"), error),
  );
  const nodes = useLoad(
    () => api.all<InboxNode>("/inboxes"),
    [api],
    (error) => notifyError(t("chatLoadInboxes"), error),
  );
  const nodesById = useMemo(
    () => new Map((nodes.data ?? []).map((n) => [n.id, n])),
    [nodes.data],
  );
  const rolesById = useMemo(
    () => new Map((roles.data ?? []).map((r) => [r.id, r])),
    [roles.data],
  );
  const [editing, setEditing] = useState<{ assignment?: Assignment }>();
  const [deleting, setDeleting] = useState<Assignment>();
  const { rows, hasMore } = pageOf(data, max);
  const canAdd = canManageRealm || canManageUsers;
  const filtered = subjectType || subjectId || roleId || nodeId;

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name === "subjectType") next.delete("subjectId");
    setParams(next);
    setPaging(0, max);
  };

  const remove = async (assignment: Assignment) => {
    setDeleting(undefined);
    try {
      await api.delete(`/assignments/${assignment.id}`);
      notifySuccess(t("chatAssignmentDeleted"));
      reload();
    } catch (error) {
      notifyError(t("chatDeleteAssignment"), error);
    }
  };

  const addButton = (
    <Button
      data-testid="chat-add-assignment"
      isDisabled={!canAdd || !roles.data || !nodes.data}
      onClick={() => setEditing({})}
    >
      {t("chatAddAssignment")}
    </Button>
  );

  return (
    <>
      <ViewHeader titleKey={t("chatAssignments")} subKey={t("chatAssignmentsIntro")} />
      <PageSection variant="light" className="chat-access-page" data-testid="chat-assignments-page">
        <ReadOnlyNotice show={!canAdd} text={t("chatReadOnlyAssignments")} />
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>{addButton}</ToolbarItem>
            <ToolbarItem>
              <FormSelect
                id="chat-filter-subject-type"
                data-testid="chat-filter-subject-type"
                aria-label={t("chatSubjectType")}
                value={subjectType}
                onChange={(_e, v) => setFilter("subjectType", v)}
              >
                <FormSelectOption value="" label={t("chatAnySubjectType")} />
                {(["user", "group", "realm-role", "client-role"] as const).map((type) => (
                  <FormSelectOption key={type} value={type} label={t(`chatSubjectType_${type}`)} />
                ))}
              </FormSelect>
            </ToolbarItem>
            <ToolbarItem>
              <FormSelect
                id="chat-filter-role"
                data-testid="chat-filter-role"
                aria-label={t("chatRole")}
                value={roleId}
                onChange={(_e, v) => setFilter("roleId", v)}
              >
                <FormSelectOption value="" label={t("chatAnyRole")} />
                {(roles.data ?? []).map((role) => (
                  <FormSelectOption key={role.id} value={role.id} label={role.name} />
                ))}
              </FormSelect>
            </ToolbarItem>
            <ToolbarItem>
              <FormSelect
                id="chat-filter-node"
                data-testid="chat-filter-node"
                aria-label={t("chatNode")}
                value={nodeId}
                onChange={(_e, v) => setFilter("nodeId", v)}
              >
                <FormSelectOption value="" label={t("chatAnyNode")} />
                {(nodes.data ?? []).map((node) => (
                  <FormSelectOption key={node.id} value={node.id} label={node.path.join(" / ")} />
                ))}
              </FormSelect>
            </ToolbarItem>
            {subjectId && (
              <ToolbarItem>
                <Label onClose={() => setFilter("subjectId", "")}>{t("chatOneSubject")}</Label>
              </ToolbarItem>
            )}
            <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
              <Pager
                id="chat-assignments-pager"
                first={first}
                max={max}
                count={rows.length}
                hasMore={hasMore}
                onChange={setPaging}
              />
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        {loading && !data ? (
          <Loading />
        ) : rows.length === 0 && first === 0 ? (
          <EmptyHint
            id="chat-assignments-empty"
            title={t(filtered ? "chatAssignmentsNoMatchTitle" : "chatAssignmentsEmptyTitle")}
            body={t(filtered ? "chatAssignmentsNoMatchBody" : "chatAssignmentsEmptyBody")}
          />
        ) : (
          <Table aria-label={t("chatAssignments")} data-testid="chat-assignment-table">
            <Thead>
              <Tr>
                <Th>{t("chatSubject")}</Th>
                <Th>{t("chatWhat")}</Th>
                <Th>{t("chatScope")}</Th>
                <Th>{t("chatSource")}</Th>
                <Th screenReaderText={t("chatActions")} />
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((assignment) => {
                const role = assignment.roleId ? rolesById.get(assignment.roleId) : undefined;
                const allowed = canManageSubject(assignment.subject.type, chat);
                return (
                  <Tr
                    key={assignment.id}
                    data-testid={`chat-assignment-${assignment.subject.name ?? assignment.subject.id}`}
                  >
                    <Td dataLabel={t("chatSubject")}>
                      <SubjectIcon type={assignment.subject.type} />{" "}
                      {assignment.subject.type === "user" ? (
                        <Link to={toChatPage(realm, `users/${assignment.subject.id}`)}>
                          {assignment.subject.name ?? assignment.subject.id}
                        </Link>
                      ) : (
                        assignment.subject.name ?? assignment.subject.id
                      )}
                      <div className="chat-access-muted">
                        {t(`chatSubjectType_${assignment.subject.type}`)}
                      </div>
                    </Td>
                    <Td dataLabel={t("chatWhat")}>
                      {assignment.roleId ? (
                        <>
                          <Link to={toChatPage(realm, `roles/${assignment.roleId}`)}>
                            {role?.name ?? assignment.roleKey}
                          </Link>{" "}
                          <Label isCompact>
                            {assignment.pinnedVersion
                              ? t("chatPinnedTo", { version: assignment.pinnedVersion })
                              : t("chatFollowsCurrent")}
                          </Label>
                        </>
                      ) : (
                        <>
                          <div>{t("chatExtraGrants")}</div>
                          <GrantLabels grants={assignment.grants} numLabels={3} />
                        </>
                      )}
                    </Td>
                    <Td dataLabel={t("chatScope")}>{describeScope(assignment.scope, nodesById, t)}</Td>
                    <Td dataLabel={t("chatSource")}>{assignment.source}</Td>
                    <Td isActionCell>
                      <Button
                        variant="link"
                        data-testid="chat-assignment-edit"
                        isDisabled={!allowed || !roles.data || !nodes.data}
                        onClick={() => setEditing({ assignment })}
                      >
                        {t("chatEdit")}
                      </Button>
                      <Button
                        variant="link"
                        isDanger
                        data-testid="chat-assignment-delete"
                        isDisabled={!allowed}
                        onClick={() => setDeleting(assignment)}
                      >
                        {t("chatDelete")}
                      </Button>
                    </Td>
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
        )}
      </PageSection>
      {editing && roles.data && nodes.data && (
        <AssignmentModal
          assignment={editing.assignment}
          roles={roles.data}
          nodes={nodes.data}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            notifySuccess(t(editing.assignment ? "chatAssignmentSaved" : "chatAssignmentCreated"));
            reload();
          }}
        />
      )}
      {deleting && (
        <ConfirmModal
          id="chat-delete-assignment"
          title={t("chatDeleteAssignmentTitle")}
          body={t("chatDeleteAssignmentBody", {
            subject: deleting.subject.name ?? deleting.subject.id,
          })}
          confirmLabel={t("chatDelete")}
          danger
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => void remove(deleting)}
        />
      )}
    </>
  );
};
