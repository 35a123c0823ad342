import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Button,
  Dropdown,
  DropdownItem,
  DropdownList,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Label,
  MenuToggle,
  Modal,
  ModalVariant,
  PageSection,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { BuildingIcon, CommentsIcon, EllipsisVIcon } from "@patternfly/react-icons";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { ProblemError } from "../api/ChatAccessApi";
import type { InboxNode, Limits, NodeType } from "../api/types";
import {
  ConfirmModal,
  Loading,
  PagedList,
  pageOf,
  ReadOnlyNotice,
  usePaging,
} from "../components/common";
import { channelLabel, FieldHelper, KeyField, TextField } from "../components/fields";
import { pathLabel, possibleParents } from "../components/nodes";
import { useChatAccess } from "../components/useChatAccess";
import { useLimits, isValidKey } from "../components/useLimits";
import { useLoad } from "../components/useLoad";

type Editing =
  | { mode: "create"; type: NodeType }
  | { mode: "rename"; node: InboxNode }
  | { mode: "move"; node: InboxNode };

/** The inbox tree: locations and inboxes with their channels, depth-first, a page at a time. */
export const InboxesPage = () => {
  const chat = useChatAccess();
  const { api, t, canManageRealm, notifyError, notifySuccess } = chat;
  // read before a form opens, so that the form has them at once
  useLimits();
  const { first, max, setPaging } = usePaging(20);
  const { data, loading, reload } = useLoad(
    () => api.get<InboxNode[]>("/inboxes", { first, max: max + 1 }),
    [api, first, max],
    (error) => notifyError(t("chatLoadInboxes"), error),
  );
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<{ node: InboxNode; cascadeDetail?: string }>();
  const [openMenu, setOpenMenu] = useState<string>();
  const { rows, hasMore } = pageOf(data, max);

  const remove = async (node: InboxNode, cascade: boolean) => {
    try {
      await api.delete(`/inboxes/${node.id}`, { cascade });
      setDeleting(undefined);
      notifySuccess(t("chatNodeDeleted", { name: node.name }));
      reload();
    } catch (error) {
      if (!cascade && error instanceof ProblemError && error.status === 409) {
        // the cascade question: the server says what else would go
        setDeleting({ node, cascadeDetail: error.detail ?? "" });
      } else {
        setDeleting(undefined);
        notifyError(t("chatDeleteNode"), error);
      }
    }
  };

  const addButtons = (
    <>
      <ToolbarItem>
        <Button
          id="chat-add-location"
          data-testid="chat-add-location"
          isDisabled={!canManageRealm}
          onClick={() => setEditing({ mode: "create", type: "location" })}
        >
          {t("chatAddLocation")}
        </Button>
      </ToolbarItem>
      <ToolbarItem>
        <Button
          id="chat-add-inbox"
          data-testid="chat-add-inbox"
          variant="secondary"
          isDisabled={!canManageRealm}
          onClick={() => setEditing({ mode: "create", type: "inbox" })}
        >
          {t("chatAddInbox")}
        </Button>
      </ToolbarItem>
    </>
  );

  return (
    <>
      <ViewHeader titleKey={t("chatInboxes")} subKey={t("chatInboxesIntro")} />
      <PageSection variant="light" className="chat-access-page" data-testid="chat-inboxes-page">
        <ReadOnlyNotice show={!canManageRealm} text={t("chatReadOnlyRealm")} />
        <PagedList
          loading={loading && !data}
          empty={rows.length === 0 && first === 0}
          emptyHint={{
            id: "chat-inboxes-empty",
            title: t("chatInboxesEmptyTitle"),
            body: t("chatInboxesEmptyBody"),
            action: (
              <Toolbar>
                <ToolbarContent>{addButtons}</ToolbarContent>
              </Toolbar>
            ),
          }}
          actions={addButtons}
          pager={{
            id: "chat-inboxes-pager",
            first,
            max,
            count: rows.length,
            hasMore,
            onChange: setPaging,
          }}
        >
            <Table aria-label={t("chatInboxes")} variant="compact" data-testid="chat-inbox-table">
              <Thead>
                <Tr>
                  <Th>{t("chatName")}</Th>
                  <Th>{t("chatKey")}</Th>
                  <Th>{t("chatType")}</Th>
                  <Th>{t("chatChannel")}</Th>
                  <Th>{t("chatPath")}</Th>
                  <Th screenReaderText={t("chatActions")} />
                </Tr>
              </Thead>
              <Tbody>
                {rows.map((node) => (
                  <Tr key={node.id} data-testid={`chat-node-${node.key}`}>
                    <Td dataLabel={t("chatName")}>
                      <span
                        className="chat-access-tree-cell"
                        style={{ paddingInlineStart: `${(node.path.length - 1) * 1.5}rem` }}
                      >
                        {node.type === "location" ? <BuildingIcon /> : <CommentsIcon />}{" "}
                        {node.name}
                      </span>
                    </Td>
                    <Td dataLabel={t("chatKey")}>
                      <code>{node.key}</code>
                    </Td>
                    <Td dataLabel={t("chatType")}>{t(`chatType_${node.type}`)}</Td>
                    <Td dataLabel={t("chatChannel")}>
                      {node.channel && <Label isCompact>{node.channel}</Label>}
                    </Td>
                    <Td dataLabel={t("chatPath")}>{pathLabel(node)}</Td>
                    <Td isActionCell>
                      <Dropdown
                        isOpen={openMenu === node.id}
                        onOpenChange={(open) => setOpenMenu(open ? node.id : undefined)}
                        popperProps={{ position: "right" }}
                        toggle={(ref) => (
                          <MenuToggle
                            ref={ref}
                            variant="plain"
                            aria-label={t("chatActions")}
                            data-testid={`chat-node-actions-${node.key}`}
                            isDisabled={!canManageRealm}
                            onClick={() =>
                              setOpenMenu(openMenu === node.id ? undefined : node.id)
                            }
                          >
                            <EllipsisVIcon />
                          </MenuToggle>
                        )}
                      >
                        <DropdownList>
                          <DropdownItem
                            data-testid="chat-node-rename"
                            onClick={() => {
                              setOpenMenu(undefined);
                              setEditing({ mode: "rename", node });
                            }}
                          >
                            {t("chatRename")}
                          </DropdownItem>
                          <DropdownItem
                            data-testid="chat-node-move"
                            onClick={() => {
                              setOpenMenu(undefined);
                              setEditing({ mode: "move", node });
                            }}
                          >
                            {t("chatMove")}
                          </DropdownItem>
                          <DropdownItem
                            data-testid="chat-node-delete"
                            onClick={() => {
                              setOpenMenu(undefined);
                              setDeleting({ node });
                            }}
                          >
                            {t("chatDelete")}
                          </DropdownItem>
                        </DropdownList>
                      </Dropdown>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
        </PagedList>
      </PageSection>
      {editing && (
        <NodeModal
          editing={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(node, created) => {
            setEditing(undefined);
            notifySuccess(t(created ? "chatNodeCreated" : "chatNodeSaved", { name: node.name }));
            reload();
          }}
        />
      )}
      {deleting && deleting.cascadeDetail === undefined && (
        <ConfirmModal
          id="chat-delete-node"
          title={t("chatDeleteNodeTitle", { name: deleting.node.name })}
          body={t("chatDeleteNodeBody", { key: deleting.node.key })}
          confirmLabel={t("chatDelete")}
          danger
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => void remove(deleting.node, false)}
        />
      )}
      {deleting && deleting.cascadeDetail !== undefined && (
        <ConfirmModal
          id="chat-delete-node-cascade"
          title={t("chatDeleteCascadeTitle", { name: deleting.node.name })}
          body={
            <>
              <p>{deleting.cascadeDetail}</p>
              <p className="pf-v5-u-mt-sm">{t("chatDeleteNodeCascadeBody")}</p>
            </>
          }
          confirmLabel={t("chatDeleteEverything")}
          danger
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => void remove(deleting.node, true)}
        />
      )}
    </>
  );
};

const CUSTOM = "custom:";

type NodeModalProps = {
  editing: Editing;
  onClose: () => void;
  onSaved: (node: InboxNode, created: boolean) => void;
};

/** Create a node, rename it, or move it under another parent; with the server's limits. */
const NodeModal = (props: NodeModalProps) => {
  const { limits, loading } = useLimits();
  return loading ? (
    <Modal variant={ModalVariant.medium} isOpen onClose={props.onClose} data-testid="chat-node-modal" aria-label={props.editing.mode}>
      <Loading />
    </Modal>
  ) : (
    <NodeForm {...props} limits={limits} />
  );
};

const NodeForm = ({ editing, onClose, onSaved, limits }: NodeModalProps & { limits?: Limits }) => {
  const { api, t, notifyError } = useChatAccess();
  const existing = editing.mode === "create" ? undefined : editing.node;
  const type: NodeType = editing.mode === "create" ? editing.type : editing.node.type;
  const { data: nodes } = useLoad(
    () => api.all<InboxNode>("/inboxes"),
    [api],
    (error) => notifyError(t("chatLoadInboxes"), error),
  );
  const builtIn = limits?.builtInChannels ?? [];
  const [key, setKey] = useState(existing?.key ?? "");
  const [name, setName] = useState(existing?.name ?? "");
  const [parentId, setParentId] = useState(existing?.parentId ?? "");
  const initialChannel = existing?.channel ?? (builtIn.includes("web") ? "web" : (builtIn[0] ?? CUSTOM));
  const [channel, setChannel] = useState(
    initialChannel.startsWith(CUSTOM) ? CUSTOM : initialChannel,
  );
  const [customChannel, setCustomChannel] = useState(
    initialChannel.startsWith(CUSTOM) ? initialChannel.substring(CUSTOM.length) : "",
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);

  const parents = possibleParents(nodes ?? [], type, existing, limits?.treeDepth);
  // a custom channel is "custom:" and a name; the server's limit is for the whole value
  const customChars = limits ? limits.channelChars - CUSTOM.length : undefined;

  const save = async () => {
    setTried(true);
    if (editing.mode === "create" && !isValidKey(limits, key.trim())) {
      // the key field says why; the server would refuse it the same way
      return;
    }
    const body = {
      key: key.trim(),
      name: name.trim(),
      type,
      parentId: parentId || null,
      channel: type === "inbox" ? (channel === CUSTOM ? CUSTOM + customChannel.trim() : channel) : null,
      attributes: existing?.attributes ?? {},
    };
    try {
      const saved = existing
        ? await api.put<InboxNode>(`/inboxes/${existing.id}`, body)
        : await api.post<InboxNode>("/inboxes", body);
      onSaved(saved, !existing);
    } catch (error) {
      if (error instanceof ProblemError) {
        setFieldErrors(Object.fromEntries(error.errors.map((e) => [e.field, e.message])));
      }
      notifyError(t(existing ? "chatSaveNode" : "chatCreateNode"), error);
    }
  };

  const title =
    editing.mode === "create"
      ? t(type === "location" ? "chatAddLocation" : "chatAddInbox")
      : editing.mode === "rename"
        ? t("chatRenameTitle", { name: existing!.name })
        : t("chatMoveTitle", { name: existing!.name });

  return (
    <Modal
      variant={ModalVariant.medium}
      title={title}
      isOpen
      onClose={onClose}
      data-testid="chat-node-modal"
      actions={[
        <Button key="save" id="chat-node-save" data-testid="chat-node-save" onClick={() => void save()}>
          {editing.mode === "create" ? t("chatCreate") : t("chatSave")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("chatCancel")}
        </Button>,
      ]}
    >
      <Form
        id="chat-node-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {editing.mode === "create" && (
          <KeyField
            id="chat-node-key"
            value={key}
            onChange={setKey}
            limits={limits}
            hint={t("chatNodeKeyHelp")}
            serverError={fieldErrors.key}
            tried={tried}
          />
        )}
        {editing.mode !== "move" && (
          <TextField
            id="chat-node-name"
            label={t("chatName")}
            isRequired
            value={name}
            onChange={setName}
            max={limits?.nameChars}
            error={fieldErrors.name}
          />
        )}
        {editing.mode !== "rename" && (
          <FormGroup label={t("chatParent")} fieldId="chat-node-parent">
            <FormSelect
              id="chat-node-parent"
              data-testid="chat-node-parent"
              value={parentId}
              onChange={(_e, v) => setParentId(v)}
            >
              <FormSelectOption value="" label={t("chatRootOfTree")} />
              {parents.map((node) => (
                <FormSelectOption
                  key={node.id}
                  value={node.id}
                  label={`${node.name} (${pathLabel(node)})`}
                />
              ))}
            </FormSelect>
            <FieldHelper
              id="chat-node-parent"
              error={fieldErrors.parentId}
              hint={limits && t("chatTreeDepthHelp", { max: limits.treeDepth })}
            />
          </FormGroup>
        )}
        {editing.mode === "create" && type === "inbox" && (
          <FormGroup label={t("chatChannel")} isRequired fieldId="chat-node-channel">
            <FormSelect
              id="chat-node-channel"
              data-testid="chat-node-channel"
              value={channel}
              onChange={(_e, v) => setChannel(v)}
            >
              {builtIn.map((c) => (
                <FormSelectOption key={c} value={c} label={channelLabel(t, c)} />
              ))}
              <FormSelectOption value={CUSTOM} label={t("chatChannelCustom")} />
            </FormSelect>
            {channel === CUSTOM && (
              <TextInput
                className="pf-v5-u-mt-sm"
                id="chat-node-custom-channel"
                data-testid="chat-node-custom-channel"
                aria-label={t("chatChannelCustomName")}
                placeholder={t("chatChannelCustomName")}
                value={customChannel}
                maxLength={customChars}
                onChange={(_e, v) => setCustomChannel(v)}
              />
            )}
            <FieldHelper
              id="chat-node-channel"
              error={fieldErrors.channel}
              hint={channel === CUSTOM ? t("chatChannelCustomHelp") : undefined}
              value={channel === CUSTOM ? customChannel : undefined}
              max={customChars}
            />
          </FormGroup>
        )}
      </Form>
    </Modal>
  );
};
