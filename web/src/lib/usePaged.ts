import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isAbort } from '../api/client';

type Page<T> = { items: T[]; nextCursor: string | null };

export type PagedState<T> = {
  items: T[];
  error: unknown;
  loading: boolean;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
  replace: (item: T, same: (a: T, b: T) => boolean) => void;
};

/** Keyset paging: the first page loads when `key` changes; loadMore() appends the next page. */
export function usePaged<T>(
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
  key: string | null,
): PagedState<T> {
  const fetchRef = useRef(fetchPage);
  useLayoutEffect(() => {
    fetchRef.current = fetchPage;
  });
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [version, setVersion] = useState(0);
  const controllerRef = useRef<AbortController | null>(null);

  const run = useCallback((from: string | undefined, append: boolean) => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setLoading(true);
    setError(null);
    fetchRef.current(from, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setItems((prev) => (append ? [...prev, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setLoading(false);
      },
      (e: unknown) => {
        if (controller.signal.aborted || isAbort(e)) return;
        setError(e);
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => {
    if (key === null) return;
    setItems([]);
    setCursor(null);
    run(undefined, false);
    return () => controllerRef.current?.abort(`${key}#${version}`);
  }, [key, version, run]);

  const loadMore = useCallback(() => {
    if (cursor) run(cursor, true);
  }, [cursor, run]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const replace = useCallback((item: T, same: (a: T, b: T) => boolean) => {
    setItems((prev) => prev.map((x) => (same(x, item) ? item : x)));
  }, []);

  return { items, error, loading, hasMore: cursor !== null, loadMore, reload, replace };
}
