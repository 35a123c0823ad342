import {
  Button,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Modal,
  ModalVariant,
  Radio,
} from "@patternfly/react-core";
import { useState } from "react";
import type {
  Assignment,
  AssignmentScope,
  ChatRole,
  Grants,
  InboxNode,
  Permission,
  RoleVersion,
  Subject,
  SubjectType,
} from "../api/types";
import { GrantMatrix } from "./GrantMatrix";
import { ScopePicker } from "./ScopePicker";
import { SubjectPicker } from "./SubjectPicker";
import { canManageSubject, useChatAccess } from "./useChatAccess";
import { useLimits } from "./useLimits";
import { useLoad } from "./useLoad";

const SUBJECT_TYPES: SubjectType[] = ["user", "group", "realm-role", "client-role"];

type AssignmentModalProps = {
  /** the assignment to change; without one, a new assignment */
  assignment?: Assignment;
  /** preset subject (from the user view: extra grants for one user) */
  subject?: Subject;
  /** start with inline grants instead of a role */
  extraGrants?: boolean;
  roles: ChatRole[];
  nodes: InboxNode[];
  onClose: () => void;
  onSaved: () => void;
};

/** Create or change an assignment: who (subject), what (role or extra grants), where (scope). */
export const AssignmentModal = ({
  assignment,
  subject: presetSubject,
  extraGrants,
  roles,
  nodes,
  onClose,
  onSaved,
}: AssignmentModalProps) => {
  const { api, t, notifyError, canManageRealm, canManageUsers } = useChatAccess();
  const { limits } = useLimits();
  const fixedSubject = assignment?.subject ?? presetSubject;
  const [subjectType, setSubjectType] = useState<SubjectType>(fixedSubject?.type ?? "user");
  const [subject, setSubject] = useState<Subject | undefined>(fixedSubject);
  const [useGrants, setUseGrants] = useState(assignment ? assignment.grants !== null : !!extraGrants);
  const [roleId, setRoleId] = useState(assignment?.roleId ?? roles[0]?.id ?? "");
  const [pinned, setPinned] = useState<string>(
    assignment?.pinnedVersion ? String(assignment.pinnedVersion) : "",
  );
  const [grants, setGrants] = useState<Grants>(assignment?.grants ?? {});
  const [scope, setScope] = useState<AssignmentScope>(assignment?.scope ?? { type: "all" });
  const permissions = useLoad(
    () => api.get<Permission[]>("/permissions"),
    [api],
    (error) => notifyError(t("chatLoadPermissions"), error),
  );
  const versions = useLoad(
    () =>
      roleId && !useGrants
        ? api.get<RoleVersion[]>(`/roles/${roleId}/versions`)
        : Promise.resolve([] as RoleVersion[]),
    [api, roleId, useGrants],
    (error) => notifyError(t("chatLoadVersions"), error),
  );

  const rights = { canManageRealm, canManageUsers };
  const allowedTypes = SUBJECT_TYPES.filter((type) => canManageSubject(type, rights));

  const save = async () => {
    if (!subject) {
      notifyError(t("chatSaveAssignment"), new Error(t("chatSubjectRequired")));
      return;
    }
    const body = {
      subject: { type: subject.type, id: subject.id },
      ...(useGrants
        ? { grants }
        : { roleId, ...(pinned ? { pinnedVersion: Number(pinned) } : {}) }),
      scope:
        scope.type === "all"
          ? { type: "all" }
          : scope.type === "node"
            ? { type: "node", nodeId: scope.nodeId }
            : scope.type === "nodes"
              ? { type: "nodes", nodeIds: scope.nodeIds ?? [] }
              : { type: "inboxes", inboxIds: scope.inboxIds ?? [] },
    };
    try {
      if (assignment) {
        await api.put(`/assignments/${assignment.id}`, body);
      } else {
        await api.post("/assignments", body);
      }
      onSaved();
    } catch (error) {
      notifyError(t("chatSaveAssignment"), error);
    }
  };

  return (
    <Modal
      variant={ModalVariant.large}
      title={assignment ? t("chatEditAssignment") : t("chatAddAssignment")}
      isOpen
      onClose={onClose}
      data-testid="chat-assignment-modal"
      actions={[
        <Button key="save" data-testid="chat-assignment-save" onClick={() => void save()}>
          {assignment ? t("chatSave") : t("chatCreate")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("chatCancel")}
        </Button>,
      ]}
    >
      <Form onSubmit={(event) => event.preventDefault()}>
        <FormGroup label={t("chatSubject")} isRequired fieldId="chat-subject-type">
          {!fixedSubject && (
            <FormSelect
              id="chat-subject-type"
              data-testid="chat-subject-type"
              value={subjectType}
              className="pf-v5-u-mb-sm"
              onChange={(_e, v) => {
                setSubjectType(v as SubjectType);
                setSubject(undefined);
                if (v !== "user") setUseGrants(false);
              }}
            >
              {allowedTypes.map((type) => (
                <FormSelectOption key={type} value={type} label={t(`chatSubjectType_${type}`)} />
              ))}
            </FormSelect>
          )}
          {fixedSubject ? (
            <span data-testid="chat-subject-fixed">
              {t(`chatSubjectType_${fixedSubject.type}`)}: <strong>{fixedSubject.name ?? fixedSubject.id}</strong>
            </span>
          ) : (
            <SubjectPicker type={subjectType} value={subject} onChange={setSubject} />
          )}
        </FormGroup>
        <FormGroup label={t("chatWhat")} isRequired fieldId="chat-what-role" role="radiogroup">
          <Radio
            id="chat-what-role"
            data-testid="chat-what-role"
            name="chat-what"
            label={t("chatWhatRole")}
            isChecked={!useGrants}
            onChange={() => setUseGrants(false)}
          />
          {!useGrants && (
            <div className="chat-access-indent">
              <FormSelect
                id="chat-assignment-role"
                data-testid="chat-assignment-role"
                aria-label={t("chatRole")}
                value={roleId}
                onChange={(_e, v) => {
                  setRoleId(v);
                  setPinned("");
                }}
              >
                {roles.map((role) => (
                  <FormSelectOption key={role.id} value={role.id} label={`${role.name} (${role.key})`} />
                ))}
              </FormSelect>
              <FormSelect
                className="pf-v5-u-mt-sm"
                id="chat-assignment-pin"
                data-testid="chat-assignment-pin"
                aria-label={t("chatPinnedVersion")}
                value={pinned}
                onChange={(_e, v) => setPinned(v)}
              >
                <FormSelectOption value="" label={t("chatFollowCurrentVersion")} />
                {(versions.data ?? []).map((v) => (
                  <FormSelectOption
                    key={v.version}
                    value={String(v.version)}
                    label={t("chatPinToVersion", { version: v.version })}
                  />
                ))}
              </FormSelect>
            </div>
          )}
          <Radio
            id="chat-what-grants"
            data-testid="chat-what-grants"
            name="chat-what"
            label={t("chatWhatGrants")}
            description={t("chatWhatGrantsHelp")}
            isChecked={useGrants}
            isDisabled={(subject?.type ?? subjectType) !== "user"}
            onChange={() => setUseGrants(true)}
          />
          {useGrants && permissions.data && (
            <GrantMatrix
              id="chat-assignment-grants"
              permissions={permissions.data}
              grants={grants}
              maxGrants={limits?.grants}
              onChange={setGrants}
            />
          )}
        </FormGroup>
        <FormGroup label={t("chatScope")} isRequired fieldId="chat-scope-all" role="radiogroup">
          <ScopePicker
            nodes={nodes}
            value={scope}
            maxInboxes={limits?.assignmentInboxes}
            maxNodes={limits?.assignmentNodes}
            onChange={setScope}
          />
        </FormGroup>
      </Form>
    </Modal>
  );
};
