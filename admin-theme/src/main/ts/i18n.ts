import { createInstance } from "i18next";
import FetchBackend from "i18next-fetch-backend";
import { initReactI18next } from "react-i18next";
import { environment } from "./environment";

/** The theme's own messages (messages/messages_<lang>.properties of this admin theme). */
export const CHAT_NS = "chat-access";
const THEME = "chat-access";

type KeyValue = { key: string; value: string };

const resources = (realm: string, lng: string, theme?: string) =>
  `${environment.adminBaseUrl.replace(/\/$/, "")}/resources/${encodeURIComponent(realm)}/admin/${lng}` +
  (theme ? `?theme=${theme}` : "");

/**
 * One i18next instance for the console and for our pages, set up as the console sets up its own:
 * the console's texts live in a namespace per realm (the realm's admin messages); ours in the
 * namespace "chat-access", read from this theme by name, so they are there also while a master
 * admin looks at a realm whose own admin theme is another one.
 */
export const i18n = createInstance({
  fallbackLng: "en",
  keySeparator: ".",
  nsSeparator: false,
  interpolation: { escapeValue: false },
  defaultNS: [environment.realm],
  ns: [environment.realm, CHAT_NS],
  backend: {
    // one language and one namespace per request (the backend may pass them as arrays)
    loadPath: (lngs: string | string[], namespaces: string | string[]) => {
      const lng = [lngs].flat()[0];
      const ns = [namespaces].flat()[0];
      return ns === CHAT_NS ? resources(environment.realm, lng, THEME) : resources(ns, lng);
    },
    parse: (data: string) =>
      Object.fromEntries(
        (JSON.parse(data) as KeyValue[]).map(({ key, value }) => [key, value]),
      ),
  },
});

i18n.use(FetchBackend);
i18n.use(initReactI18next);
