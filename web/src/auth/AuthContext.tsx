import type { Me, Session } from '@contract';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { authApi, type LoginInput } from '../api/auth';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client';

type Status = 'loading' | 'anonymous' | 'authenticated';

export type AuthValue = {
  status: Status;
  me: Me | null;
  /** A message for the login page, e.g. "session expired". */
  notice: string | null;
  login: (input: LoginInput) => Promise<Me>;
  logout: () => Promise<void>;
  logoutAll: () => Promise<void>;
  refresh: () => Promise<void>;
};

const AuthContext = createContext<AuthValue | null>(null);

export const SESSION_EXPIRED = 'Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [session, setSession] = useState<Session | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const apply = useCallback((next: Session | null, message: string | null = null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setSession(next);
    setStatus(next ? 'authenticated' : 'anonymous');
    setNotice(message);
  }, []);

  const refresh = useCallback(async () => {
    try {
      apply(await authApi.me());
    } catch (e) {
      apply(null, e instanceof ApiError && e.status !== 401 ? e.message : null);
    }
  }, [apply]);

  useEffect(() => {
    setUnauthorizedHandler(() => apply(null, SESSION_EXPIRED));
    void refresh();
    return () => setUnauthorizedHandler(null);
  }, [apply, refresh]);

  const login = useCallback(
    async (input: LoginInput) => {
      const next = await authApi.login(input);
      apply(next);
      return next.user;
    },
    [apply],
  );

  const end = useCallback(
    async (call: () => Promise<void>) => {
      try {
        await call();
      } catch (e) {
        if (!(e instanceof ApiError) || e.status !== 401) throw e;
      }
      apply(null, 'Bạn đã đăng xuất.');
    },
    [apply],
  );
  const logout = useCallback(() => end(authApi.logout), [end]);
  const logoutAll = useCallback(() => end(authApi.logoutAll), [end]);

  const value = useMemo<AuthValue>(
    () => ({ status, me: session?.user ?? null, notice, login, logout, logoutAll, refresh }),
    [status, session, notice, login, logout, logoutAll, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user; only for components rendered inside the officer shell. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe called without a session');
  return me;
}

export function hasAny(me: Me | null, permissions: readonly string[]): boolean {
  return !!me && permissions.some((p) => me.permissions.includes(p));
}
