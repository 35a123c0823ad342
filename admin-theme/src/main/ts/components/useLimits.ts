import { useEffect, useState } from "react";
import type { ChatAccessApi } from "../api/ChatAccessApi";
import type { Limits } from "../api/types";
import { useChatAccess } from "./useChatAccess";

/** The realm's limits once read (or being read), so that every form of the realm shares one request. */
const byRealm = new Map<string, Promise<Limits>>();
const loaded = new Map<string, Limits>();

function load(api: ChatAccessApi): Promise<Limits> {
  let pending = byRealm.get(api.realm);
  if (!pending) {
    pending = api.get<Limits>("/limits").then((limits) => {
      loaded.set(api.realm, limits);
      return limits;
    });
    // a failed read is not kept: the next form asks again
    pending.catch(() => byRealm.delete(api.realm));
    byRealm.set(api.realm, pending);
  }
  return pending;
}

/**
 * Every input limit the server checks (GET /limits, docs/rest-api.md "Limits"), read once per
 * realm. {@code limits} is undefined while loading, and also if the read failed (reported as an
 * alert): the forms then work without checks of their own, and the server's answer shows what
 * is wrong, as before.
 */
export function useLimits(): { limits: Limits | undefined; loading: boolean } {
  const { api, t, notifyError } = useChatAccess();
  const [state, setState] = useState(() => {
    const known = loaded.get(api.realm);
    return { realm: api.realm, limits: known, loading: !known };
  });

  useEffect(() => {
    const known = loaded.get(api.realm);
    if (known) {
      setState({ realm: api.realm, limits: known, loading: false });
      return;
    }
    let active = true;
    setState({ realm: api.realm, limits: undefined, loading: true });
    load(api).then(
      (limits) => {
        if (active) setState({ realm: api.realm, limits, loading: false });
      },
      (error) => {
        if (active) {
          setState({ realm: api.realm, limits: undefined, loading: false });
          notifyError(t("chatLoadLimits"), error);
        }
      },
    );
    return () => {
      active = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  return state.realm === api.realm
    ? { limits: state.limits, loading: state.loading }
    : { limits: loaded.get(api.realm), loading: !loaded.has(api.realm) };
}

/** The server's key pattern as the server applies it: the whole value must match. */
export function keyRegExp(limits: Limits | undefined): RegExp | undefined {
  if (!limits?.keyPattern) {
    return undefined;
  }
  try {
    return new RegExp(`^(?:${limits.keyPattern})$`);
  } catch {
    // a pattern JavaScript cannot read: leave the check to the server
    return undefined;
  }
}

/** Whether a key (as it will be sent, trimmed) fits the server's pattern and length. */
export function isValidKey(limits: Limits | undefined, key: string): boolean {
  const pattern = keyRegExp(limits);
  if (!limits || !pattern) {
    return true;
  }
  return key.length <= limits.keyChars && pattern.test(key);
}
