// Stands in for the use-sync-external-store shim: React 18 (supplied by Keycloak's page) has the
// hook, and the shim's CommonJS require("react") cannot be resolved against an external React.
export { useSyncExternalStore } from "react";
