import type { TFunction } from "i18next";
import type { NonIndexRouteObject } from "react-router-dom";
import { viewChatAccess } from "./components/useChatAccess";
import { CHAT_NS } from "./i18n";
import { AssignmentsPage } from "./pages/AssignmentsPage";
import { InboxesPage } from "./pages/InboxesPage";
import { LicenseDetailPage } from "./pages/LicenseDetailPage";
import { LicensesPage } from "./pages/LicensesPage";
import { RoleEditorPage } from "./pages/RoleEditorPage";
import { RolesPage } from "./pages/RolesPage";
import { UserAccessPage } from "./pages/UserAccessPage";
import { UsersPage } from "./pages/UsersPage";
import type { AccessType } from "@keycloak/keycloak-admin-client/lib/defs/whoAmIRepresentation";

/** The pages in the sidebar's "Chat access" section, in order. */
export const SECTIONS = [
  { path: "inboxes", titleKey: "chatInboxes" },
  { path: "licenses", titleKey: "chatLicenses" },
  { path: "roles", titleKey: "chatRoles" },
  { path: "assignments", titleKey: "chatAssignments" },
  { path: "users", titleKey: "chatUsers" },
] as const;

/** The console's route shape (AppRouteObject): access for its wall, a label for breadcrumbs. */
type ChatRoute = NonIndexRouteObject & {
  path: string;
  handle: { access: AccessType; breadcrumb?: (t: TFunction) => string };
};

const crumb = (key: string) => (t: TFunction) => t(key, { ns: CHAT_NS });

const route = (path: string, element: JSX.Element, label: string): ChatRoute => ({
  path: `/:realm/chat-access/${path}`,
  element,
  handle: { access: viewChatAccess, breadcrumb: crumb(label) },
});

export const chatAccessRoutes: ChatRoute[] = [
  route("inboxes", <InboxesPage />, "chatInboxes"),
  route("licenses", <LicensesPage />, "chatLicenses"),
  route("licenses/:licenseId", <LicenseDetailPage />, "chatLicenseDetails"),
  route("roles", <RolesPage />, "chatRoles"),
  route("roles/:roleId", <RoleEditorPage />, "chatRoleDetails"),
  route("assignments", <AssignmentsPage />, "chatAssignments"),
  route("users", <UsersPage />, "chatUsers"),
  route("users/:userId", <UserAccessPage />, "chatUserAccess"),
];

/** Links inside the section. */
export const toChatPage = (realm: string, path: string) =>
  `/${encodeURIComponent(realm)}/chat-access/${path}`;
