import { AlertProvider } from "@keycloak/keycloak-ui-shared";
import { Outlet } from "react-router-dom";
import { ChatAccessNav } from "./ChatAccessNav";

/**
 * Wraps every page of the console (a layout route without a path): adds the "Chat access" section
 * to the sidebar and the alert context our pages report to. The alerts are ui-shared's, the
 * console's own component: the console's instance of that context is not exported, so ours
 * renders a second toast group of the same kind.
 */
export const ChatAccessLayout = () => (
  <AlertProvider>
    <ChatAccessNav />
    <Outlet />
  </AlertProvider>
);
