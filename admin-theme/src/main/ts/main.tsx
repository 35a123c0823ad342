import "@patternfly/react-core/dist/styles/base.css";
import "@patternfly/patternfly/patternfly-addons.css";
import "@keycloak/keycloak-admin-ui/styles.css";
import "./chat-access.css";

import {
  AdminUi,
  ErrorRenderer,
  KeycloakProvider,
  routes,
} from "@keycloak/keycloak-admin-ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createHashRouter, RouterProvider, useRouteError } from "react-router-dom";
import { ChatAccessLayout } from "./components/ChatAccessLayout";
import { environment } from "./environment";
import { i18n } from "./i18n";
import { chatAccessRoutes } from "./routes";

// Our pages join the console's route table (before its catch-all "not found" route), so that the
// console's breadcrumbs and its access wall treat them like its own pages.
const notFound = routes.findIndex((route) => route.path === "*");
routes.splice(notFound < 0 ? routes.length : notFound, 0, ...chatAccessRoutes);

await i18n.init();

/** A routing error (e.g. a page that failed to load), shown the console's way. */
const RouteError = () => {
  const error = useRouteError();
  return (
    <ErrorRenderer error={error instanceof Error ? error : new Error(String(error))} />
  );
};

const router = createHashRouter([
  {
    path: "/",
    element: <AdminUi />,
    errorElement: <RouteError />,
    children: [{ element: <ChatAccessLayout />, children: routes }],
  },
]);

createRoot(document.getElementById("app")!).render(
  <StrictMode>
    <KeycloakProvider environment={environment}>
      <RouterProvider router={router} />
    </KeycloakProvider>
  </StrictMode>,
);
