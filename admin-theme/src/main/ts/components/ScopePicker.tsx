import {
  Checkbox,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Radio,
} from "@patternfly/react-core";
import type { AssignmentScope, InboxNode } from "../api/types";
import { pathLabel } from "./nodes";
import { useChatAccess } from "./useChatAccess";

type ScopePickerProps = {
  nodes: InboxNode[];
  value: AssignmentScope;
  /** the server's limits of inboxes and of nodes in one list */
  maxInboxes?: number;
  maxNodes?: number;
  onChange: (scope: AssignmentScope) => void;
};

/** Where an assignment applies: every inbox, a node and everything below it, or chosen inboxes. */
export const ScopePicker = ({
  nodes,
  value,
  maxInboxes,
  maxNodes,
  onChange,
}: ScopePickerProps) => {
  const { t } = useChatAccess();
  const inboxes = nodes.filter((n) => n.type === "inbox");
  const chosen = value.inboxIds ?? [];
  const full = maxInboxes !== undefined && chosen.length >= maxInboxes;
  const chosenNodes = value.nodeIds ?? [];
  const nodesFull = maxNodes !== undefined && chosenNodes.length >= maxNodes;
  return (
    <>
      <Radio
        id="chat-scope-all"
        data-testid="chat-scope-all"
        name="chat-scope"
        label={t("chatScopeAll")}
        description={t("chatScopeAllHelp")}
        isChecked={value.type === "all"}
        onChange={() => onChange({ type: "all" })}
      />
      <Radio
        id="chat-scope-node"
        data-testid="chat-scope-node"
        name="chat-scope"
        label={t("chatScopeNode")}
        description={t("chatScopeNodeHelp")}
        isChecked={value.type === "node"}
        isDisabled={nodes.length === 0}
        onChange={() => onChange({ type: "node", nodeId: nodes[0]?.id })}
      />
      {value.type === "node" && (
        <FormSelect
          className="chat-access-indent"
          id="chat-scope-node-select"
          data-testid="chat-scope-node-select"
          aria-label={t("chatScopeNode")}
          value={value.nodeId ?? ""}
          onChange={(_e, nodeId) => onChange({ type: "node", nodeId })}
        >
          {nodes.map((node) => (
            <FormSelectOption
              key={node.id}
              value={node.id}
              label={`${node.name} (${pathLabel(node)})`}
            />
          ))}
        </FormSelect>
      )}
      <Radio
        id="chat-scope-nodes"
        data-testid="chat-scope-nodes"
        name="chat-scope"
        label={t("chatScopeNodes")}
        description={t("chatScopeNodesHelp")}
        isChecked={value.type === "nodes"}
        isDisabled={nodes.length === 0}
        onChange={() => onChange({ type: "nodes", nodeIds: [] })}
      />
      {value.type === "nodes" && (
        <div className="chat-access-indent chat-access-inbox-choices" data-testid="chat-scope-node-list">
          {nodes.map((node) => (
            <Checkbox
              key={node.id}
              id={`chat-scope-nodes-${node.key}`}
              data-testid={`chat-scope-nodes-${node.key}`}
              label={`${node.name} (${pathLabel(node)})`}
              isChecked={chosenNodes.includes(node.id)}
              isDisabled={nodesFull && !chosenNodes.includes(node.id)}
              onChange={(_e, checked) =>
                onChange({
                  type: "nodes",
                  nodeIds: checked
                    ? [...chosenNodes, node.id]
                    : chosenNodes.filter((id) => id !== node.id),
                })
              }
            />
          ))}
          {nodesFull && (
            <HelperText data-testid="chat-scope-nodes-full">
              <HelperTextItem variant="warning">
                {t("chatScopeNodesFull", { max: maxNodes })}
              </HelperTextItem>
            </HelperText>
          )}
        </div>
      )}
      <Radio
        id="chat-scope-inboxes"
        data-testid="chat-scope-inboxes"
        name="chat-scope"
        label={t("chatScopeInboxes")}
        description={t("chatScopeInboxesHelp")}
        isChecked={value.type === "inboxes"}
        isDisabled={inboxes.length === 0}
        onChange={() => onChange({ type: "inboxes", inboxIds: [] })}
      />
      {value.type === "inboxes" && (
        <div className="chat-access-indent chat-access-inbox-choices" data-testid="chat-scope-inbox-list">
          {inboxes.map((inbox) => (
            <Checkbox
              key={inbox.id}
              id={`chat-scope-inbox-${inbox.key}`}
              data-testid={`chat-scope-inbox-${inbox.key}`}
              label={`${inbox.name} (${pathLabel(inbox)})`}
              isChecked={chosen.includes(inbox.id)}
              isDisabled={full && !chosen.includes(inbox.id)}
              onChange={(_e, checked) =>
                onChange({
                  type: "inboxes",
                  inboxIds: checked ? [...chosen, inbox.id] : chosen.filter((id) => id !== inbox.id),
                })
              }
            />
          ))}
          {full && (
            <HelperText data-testid="chat-scope-inboxes-full">
              <HelperTextItem variant="warning">
                {t("chatScopeInboxesFull", { max: maxInboxes })}
              </HelperTextItem>
            </HelperText>
          )}
        </div>
      )}
    </>
  );
};

/** "All inboxes", "Berlin and below", "Berlin and below, Paris and below", "WhatsApp Berlin, Web main". */
export function describeScope(
  scope: AssignmentScope,
  nodesById: Map<string, InboxNode>,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  if (scope.type === "all") {
    return t("chatScopeAllShort");
  }
  if (scope.type === "node") {
    const node = scope.nodeId ? nodesById.get(scope.nodeId) : undefined;
    return t("chatScopeNodeShort", { name: node?.name ?? scope.nodeId });
  }
  if (scope.type === "nodes") {
    return (scope.nodeIds ?? [])
      .map((id) => t("chatScopeNodeShort", { name: nodesById.get(id)?.name ?? id }))
      .join(", ");
  }
  return (scope.inboxIds ?? []).map((id) => nodesById.get(id)?.name ?? id).join(", ");
}
