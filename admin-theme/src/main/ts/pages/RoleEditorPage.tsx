import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  ActionGroup,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Label,
  Modal,
  ModalVariant,
  PageSection,
  Radio,
  Switch,
  Tab,
  Tabs,
  TabTitleText,
} from "@patternfly/react-core";
import { ExpandableRowContent, Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { ProblemError } from "../api/ChatAccessApi";
import type { ChatRole, Grants, Permission, RoleVersion, SaveMode } from "../api/types";
import { formatTime, Loading, ReadOnlyNotice } from "../components/common";
import { GrantLabels } from "../components/GrantLabels";
import { KeyField, TextField } from "../components/fields";
import { GrantMatrix } from "../components/GrantMatrix";
import { useChatAccess } from "../components/useChatAccess";
import { isValidKey, useLimits } from "../components/useLimits";
import { useLoad } from "../components/useLoad";
import { toChatPage } from "../routes";

type Draft = {
  key: string;
  name: string;
  description: string;
  requiresLicense: boolean;
  grants: Grants;
};

const emptyDraft: Draft = {
  key: "",
  name: "",
  description: "",
  requiresLicense: true,
  grants: {},
};

/**
 * A chat role: name, description, license requirement and the permission x level matrix. Saving
 * an existing role asks who gets the new version: everyone, or new holders only. The version
 * history is the second tab.
 */
export const RoleEditorPage = () => {
  const { roleId } = useParams<{ roleId: string }>();
  const isNew = roleId === "new";
  const { api, realm, t, canManageRealm, notifyError, notifySuccess } = useChatAccess();
  const navigate = useNavigate();
  const permissions = useLoad(
    () => api.get<Permission[]>("/permissions"),
    [api],
    (error) => notifyError(t("chatLoadPermissions"), error),
  );
  const role = useLoad(
    () => (isNew ? Promise.resolve(undefined) : api.get<ChatRole>(`/roles/${roleId}`)),
    [api, roleId],
    (error) => notifyError(t("chatLoadRoles"), error),
  );
  const versions = useLoad(
    () =>
      isNew ? Promise.resolve([] as RoleVersion[]) : api.get<RoleVersion[]>(`/roles/${roleId}/versions`),
    [api, roleId],
    (error) => notifyError(t("chatLoadVersions"), error),
  );
  const { limits, loading: limitsLoading } = useLimits();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [tried, setTried] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [askMode, setAskMode] = useState(false);
  const [tab, setTab] = useState<string | number>("permissions");
  const current = role.data;

  useEffect(() => {
    if (current) {
      setDraft({
        key: current.key,
        name: current.name,
        description: current.description ?? "",
        requiresLicense: current.requiresLicense,
        grants: { ...current.grants },
      });
    } else if (isNew) {
      setDraft(emptyDraft);
    }
  }, [current, isNew]);

  const body = () => ({
    key: draft.key.trim(),
    name: draft.name.trim(),
    description: draft.description.trim() === "" ? null : draft.description.trim(),
    requiresLicense: draft.requiresLicense,
    grants: draft.grants,
  });

  const failed = (what: string, error: unknown) => {
    if (error instanceof ProblemError) {
      setErrors(Object.fromEntries(error.errors.map((e) => [e.field, e.message])));
    }
    notifyError(what, error);
  };

  const create = async () => {
    setTried(true);
    if (!isValidKey(limits, draft.key.trim())) {
      return;
    }
    try {
      const created = await api.post<ChatRole>("/roles", body());
      notifySuccess(t("chatRoleCreated", { name: created.name }));
      navigate(toChatPage(realm, `roles/${created.id}`));
    } catch (error) {
      failed(t("chatCreateRoleFailed"), error);
    }
  };

  const save = async (mode: SaveMode) => {
    setAskMode(false);
    try {
      const saved = (
        await api.request<ChatRole>("PUT", `/roles/${current!.id}`, {
          body: body(),
          query: { mode },
          headers: { "If-Match": `"${current!.version}"` },
        })
      ).data;
      notifySuccess(t("chatRoleSaved", { name: saved.name, version: saved.version }));
      setErrors({});
      role.reload();
      versions.reload();
    } catch (error) {
      failed(t("chatSaveRoleFailed"), error);
    }
  };

  if ((!isNew && !current) || !permissions.data || limitsLoading) {
    return <Loading />;
  }
  const helper = (field: string) =>
    errors[field] ? (
      <FormHelperText>
        <HelperText>
          <HelperTextItem variant="error">{errors[field]}</HelperTextItem>
        </HelperText>
      </FormHelperText>
    ) : null;

  const editor = (
    <Form
      className="pf-v5-u-mt-md"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      {isNew && (
        <KeyField
          id="chat-role-key"
          value={draft.key}
          onChange={(key) => setDraft({ ...draft, key })}
          limits={limits}
          hint={t("chatRoleKeyHelp")}
          serverError={errors.key}
          tried={tried}
          isDisabled={!canManageRealm}
        />
      )}
      <TextField
        id="chat-role-name"
        label={t("chatName")}
        isRequired
        value={draft.name}
        onChange={(name) => setDraft({ ...draft, name })}
        max={limits?.nameChars}
        error={errors.name}
        isDisabled={!canManageRealm}
      />
      <TextField
        id="chat-role-description"
        label={t("chatDescription")}
        multiline
        value={draft.description}
        onChange={(description) => setDraft({ ...draft, description })}
        max={limits?.descriptionChars}
        error={errors.description}
        isDisabled={!canManageRealm}
      />
      <FormGroup label={t("chatRequiresLicense")} fieldId="chat-role-requires-license" hasNoPaddingTop>
        <Switch
          id="chat-role-requires-license"
          data-testid="chat-role-requires-license"
          label={t("chatRequiresLicenseOn")}
          labelOff={t("chatRequiresLicenseOff")}
          isChecked={draft.requiresLicense}
          isDisabled={!canManageRealm}
          onChange={(_e, checked) => setDraft({ ...draft, requiresLicense: checked })}
        />
      </FormGroup>
      <FormGroup label={t("chatPermissionMatrix")} fieldId="chat-role-matrix">
        <GrantMatrix
          id="chat-role-matrix"
          permissions={permissions.data}
          grants={draft.grants}
          maxGrants={limits?.grants}
          isDisabled={!canManageRealm}
          onChange={(grants) => setDraft({ ...draft, grants })}
        />
        {helper("grants")}
      </FormGroup>
      <ActionGroup>
        <Button
          data-testid="chat-role-save"
          isDisabled={!canManageRealm}
          onClick={() => (isNew ? void create() : setAskMode(true))}
        >
          {isNew ? t("chatCreate") : t("chatSave")}
        </Button>
        <Button variant="link" onClick={() => navigate(toChatPage(realm, "roles"))}>
          {t("chatCancel")}
        </Button>
      </ActionGroup>
    </Form>
  );

  return (
    <>
      <ViewHeader
        titleKey={isNew ? t("chatCreateRole") : current!.name}
        subKey={isNew ? t("chatRoleNewIntro") : t("chatRoleIntro", { key: current!.key, version: current!.version })}
        badges={isNew ? undefined : [{ id: "chat-role-version", text: `v${current!.version}` }]}
      />
      <PageSection variant="light" className="chat-access-page" data-testid="chat-role-page">
        <ReadOnlyNotice show={!canManageRealm} text={t("chatReadOnlyRealm")} />
        {isNew ? (
          editor
        ) : (
          <Tabs activeKey={tab} onSelect={(_e, key) => setTab(key)} mountOnEnter unmountOnExit>
            <Tab
              eventKey="permissions"
              data-testid="chat-role-tab-permissions"
              title={<TabTitleText>{t("chatPermissions")}</TabTitleText>}
            >
              {editor}
            </Tab>
            <Tab
              eventKey="versions"
              data-testid="chat-role-tab-versions"
              title={<TabTitleText>{t("chatVersionHistory")}</TabTitleText>}
            >
              <VersionHistory versions={versions.data ?? []} />
            </Tab>
          </Tabs>
        )}
      </PageSection>
      {askMode && current && (
        <SaveModeModal
          version={current.version}
          onCancel={() => setAskMode(false)}
          onSave={(mode) => void save(mode)}
        />
      )}
    </>
  );
};

const SaveModeModal = ({
  version,
  onCancel,
  onSave,
}: {
  version: number;
  onCancel: () => void;
  onSave: (mode: SaveMode) => void;
}) => {
  const { t } = useChatAccess();
  const [mode, setMode] = useState<SaveMode>("apply");
  return (
    <Modal
      variant={ModalVariant.small}
      title={t("chatSaveModeTitle", { version: version + 1 })}
      isOpen
      onClose={onCancel}
      data-testid="chat-save-mode-modal"
      actions={[
        <Button key="save" data-testid="chat-save-mode-confirm" onClick={() => onSave(mode)}>
          {t("chatSave")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onCancel}>
          {t("chatCancel")}
        </Button>,
      ]}
    >
      <Radio
        id="chat-save-mode-apply"
        data-testid="chat-save-mode-apply"
        name="chat-save-mode"
        label={t("chatSaveModeApply")}
        description={t("chatSaveModeApplyHelp")}
        isChecked={mode === "apply"}
        onChange={() => setMode("apply")}
      />
      <Radio
        className="pf-v5-u-mt-md"
        id="chat-save-mode-new-only"
        data-testid="chat-save-mode-new-only"
        name="chat-save-mode"
        label={t("chatSaveModeNewOnly")}
        description={t("chatSaveModeNewOnlyHelp", { version })}
        isChecked={mode === "new-only"}
        onChange={() => setMode("new-only")}
      />
    </Modal>
  );
};

const VersionHistory = ({ versions }: { versions: RoleVersion[] }) => {
  const { t } = useChatAccess();
  const [expanded, setExpanded] = useState<number[]>([]);
  const newestFirst = [...versions].reverse();
  return (
    <Table aria-label={t("chatVersionHistory")} data-testid="chat-role-versions" className="pf-v5-u-mt-md">
      <Thead>
        <Tr>
          <Th screenReaderText={t("chatDetails")} />
          <Th>{t("chatVersion")}</Th>
          <Th>{t("chatSavedAt")}</Th>
          <Th>{t("chatSaveMode")}</Th>
          <Th>{t("chatRequiresLicense")}</Th>
          <Th>{t("chatGrants")}</Th>
          <Th>{t("chatKeptUsers")}</Th>
        </Tr>
      </Thead>
      {newestFirst.map((version, index) => {
        const isExpanded = expanded.includes(version.version);
        return (
          <Tbody key={version.version} isExpanded={isExpanded}>
            <Tr data-testid={`chat-role-version-${version.version}`}>
              <Td
                expand={{
                  rowIndex: index,
                  isExpanded,
                  onToggle: () =>
                    setExpanded(
                      isExpanded
                        ? expanded.filter((v) => v !== version.version)
                        : [...expanded, version.version],
                    ),
                }}
              />
              <Td dataLabel={t("chatVersion")}>
                <Label isCompact>v{version.version}</Label>
              </Td>
              <Td dataLabel={t("chatSavedAt")}>{formatTime(version.createdAt)}</Td>
              <Td dataLabel={t("chatSaveMode")}>
                {version.version === 1
                  ? t("chatCreated")
                  : t(`chatSaveMode_${version.saveMode}`)}
              </Td>
              <Td dataLabel={t("chatRequiresLicense")}>
                {version.requiresLicense ? t("chatYes") : t("chatNo")}
              </Td>
              <Td dataLabel={t("chatGrants")}>
                {t("chatGrantCount", { count: Object.keys(version.grants).length })}
              </Td>
              <Td
                dataLabel={t("chatKeptUsers")}
                data-testid={`chat-role-version-${version.version}-kept`}
              >
                {version.keptUsers > 0 ? t("chatKeptUsersCount", { count: version.keptUsers }) : "–"}
              </Td>
            </Tr>
            <Tr isExpanded={isExpanded}>
              <Td colSpan={7}>
                <ExpandableRowContent>
                  <GrantLabels grants={version.grants} numLabels={30} />
                </ExpandableRowContent>
              </Td>
            </Tr>
          </Tbody>
        );
      })}
    </Table>
  );
};
