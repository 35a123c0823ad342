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

/**
 * Where a node of this type may sit (docs/rest-api.md): locations under locations; inboxes
 * anywhere; never below itself; and, with the server's tree depth, not where the node (and what is
 * below it) would be deeper than that.
 */
export function possibleParents(
  nodes: InboxNode[],
  type: InboxNode["type"],
  moving?: InboxNode,
  treeDepth?: number,
): InboxNode[] {
  const excluded = moving ? subtreeIds(nodes, moving.id) : new Set<string>();
  // levels the node brings along: itself and the deepest node below it
  const height = moving
    ? Math.max(
        ...nodes
          .filter((node) => excluded.has(node.id))
          .map((node) => node.path.length - moving.path.length + 1),
        1,
      )
    : 1;
  return nodes.filter(
    (node) =>
      !excluded.has(node.id) &&
      (type === "inbox" || node.type === "location") &&
      (treeDepth === undefined || node.path.length + height <= treeDepth),
  );
}
