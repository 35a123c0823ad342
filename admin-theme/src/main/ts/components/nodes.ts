import type { InboxNode } from "../api/types";

/** "emea / berlin / wa-berlin": a node's place in the tree, by keys. */
export const pathLabel = (node: InboxNode) => node.path.join(" / ");

/** The ids of a node and everything below it. */
export function subtreeIds(nodes: InboxNode[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parentId && ids.has(node.parentId) && !ids.has(node.id)) {
        ids.add(node.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Where a node of this type may sit (docs/rest-api.md): locations under locations; inboxes anywhere. */
export function possibleParents(
  nodes: InboxNode[],
  type: InboxNode["type"],
  moving?: InboxNode,
): InboxNode[] {
  const excluded = moving ? subtreeIds(nodes, moving.id) : new Set<string>();
  return nodes.filter(
    (node) => !excluded.has(node.id) && (type === "inbox" || node.type === "location"),
  );
}
