import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Loads data for a page and reloads on demand: {@code reload()} or a change of a dependency. A
 * failure goes to {@code onError} (the console's alert) and leaves the last data in place.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: unknown[],
  onError: (error: unknown) => void,
): { data: T | undefined; loading: boolean; reload: () => void } {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [key, setKey] = useState(0);
  const errorRef = useRef(onError);
  errorRef.current = onError;

  useEffect(() => {
    let active = true;
    setLoading(true);
    load()
      .then((value) => {
        if (active) setData(value);
      })
      .catch((error) => {
        if (active) errorRef.current(error);
      })
      .finally(() => {
        if (active) setLoading(false);
      });
    return () => {
      active = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, key]);

  const reload = useCallback(() => setKey((k) => k + 1), []);
  return { data, loading, reload };
}
