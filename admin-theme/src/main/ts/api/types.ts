/** The representations of the chat access admin REST API (docs/rest-api.md). */

export type Level = "none" | "own" | "department" | "all";
export const LEVELS: Level[] = ["none", "own", "department", "all"];

/**
 * Every limit and format the server checks (GET /limits): the forms take their checks from here,
 * never from numbers of their own.
 */
export type Limits = {
  keyPattern: string;
  keyChars: number;
  permissionKeyPattern: string;
  permissionKeyChars: number;
  nameChars: number;
  descriptionChars: number;
  suspensionReasonChars: number;
  attributes: number;
  attributeNameChars: number;
  attributeValueChars: number;
  seats: number;
  licenseChannels: number;
  channelChars: number;
  builtInChannels: string[];
  treeDepth: number;
  grants: number;
  assignmentInboxes: number;
  assignmentNodes: number;
};

export type Grants = Record<string, Level>;

export type NodeType = "location" | "inbox";

export type InboxNode = {
  id: string;
  key: string;
  name: string;
  type: NodeType;
  parentId: string | null;
  channel: string | null;
  attributes: Record<string, string>;
  path: string[];
};

export type License = {
  id: string;
  key: string;
  name: string;
  seats: number | null;
  channels: string[];
  seatsUsed: number;
};

export type Holder = {
  userId: string;
  username: string;
  source: string;
  grantedAt: number;
};

export type ChatRole = {
  id: string;
  key: string;
  name: string;
  description: string | null;
  requiresLicense: boolean;
  version: number;
  grants: Grants;
};

export type RoleVersion = {
  version: number;
  grants: Grants;
  requiresLicense: boolean;
  saveMode: string | null;
  createdAt: number;
  /** Agents a "new only" save kept on this version. */
  keptUsers: number;
};

export type SaveMode = "apply" | "new-only";

export type SubjectType = "user" | "group" | "realm-role" | "client-role";

export type Subject = { type: SubjectType; id: string; name?: string | null };

export type ScopeType = "all" | "node" | "nodes" | "inboxes";

export type AssignmentScope = {
  type: ScopeType;
  nodeId?: string | null;
  nodeKey?: string | null;
  /** type nodes: each node with everything below it */
  nodeIds?: string[];
  nodeKeys?: string[];
  inboxIds?: string[];
  inboxKeys?: string[];
};

export type Assignment = {
  id: string;
  subject: Subject;
  roleId: string | null;
  roleKey: string | null;
  pinnedVersion: number | null;
  grants: Grants | null;
  scope: AssignmentScope;
  source: string;
  createdAt: number;
};

export type AssignmentInput = {
  subject: { type: SubjectType; id: string };
  roleId?: string;
  pinnedVersion?: number;
  grants?: Grants;
  scope: AssignmentScope;
};

export type Permission = {
  key: string;
  kind: "scoped" | "boolean";
  description: string | null;
  builtIn: boolean;
  /** the permission this one requires: at most its level on each inbox */
  requires?: string | null;
};

export type InboxGrants = {
  id: string;
  key: string;
  channel: string;
  grants: Grants;
};

export type Effective = {
  userId: string;
  username: string;
  suspended: boolean;
  licenses: string[];
  everywhere: Grants;
  inboxes: InboxGrants[];
};

export type Contribution = {
  assignmentId: string;
  role: { id: string; key: string; name: string } | null;
  version: number | null;
  pinned: boolean;
  /** The version is the one a "new only" save kept this user on. */
  keptBack: boolean;
  level: Level;
  subject: Subject;
  via: string | null;
  scope: string;
  dropped: "license" | "suspended" | null;
  winning: boolean;
};

export type Explanation = {
  userId: string;
  username: string;
  permission: string;
  inbox: { id: string; key: string };
  level: Level;
  suspended: boolean;
  contributions: Contribution[];
  /** the prerequisite that held the level down, when one did */
  cappedBy?: { permission: string; level: Level; granted: Level } | null;
};

export type Suspension = {
  suspended: boolean;
  reason: string | null;
  changedAt: number | null;
};
