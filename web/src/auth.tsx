// Who is signed in. GET /api/auth/me answers the user, 401 (show the login page) or, on a server
// without accounts yet, 404: then everyone is treated as signed in.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, api, onUnauthorized } from './api.ts';
import type { AuthUser } from '../../src/contract/index.ts';

export type AuthStatus = 'checking' | 'signed_in' | 'signed_out' | 'no_accounts';

interface Auth {
  status: AuthStatus;
  user: AuthUser | null;
  login(login: string, password: string): Promise<void>;
  logout(): Promise<void>;
  refresh(): Promise<void>;
}

const Ctx = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>('checking');
  const [user, setUser] = useState<AuthUser | null>(null);

  const refresh = useCallback(async () => {
    try {
      const r = await api.me();
      setUser(r.user);
      setStatus('signed_in');
    } catch (e) {
      setUser(null);
      // A delegate's session (signed in at /dai-bieu) is no user's: the login page shows.
      const delegate = e instanceof ApiError && e.status === 403 && (e.details as { reason?: string } | null)?.reason === 'delegate';
      if ((e instanceof ApiError && e.status === 401) || delegate) setStatus('signed_out');
      else if (e instanceof ApiError && (e.status === 404 || e.status === 405)) setStatus('no_accounts');
      // Anything else (server down): let the pages show their own errors.
      else setStatus('no_accounts');
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      onUnauthorized(() => {
        setUser(null);
        setStatus('signed_out');
      }),
    [],
  );

  const login = useCallback(async (name: string, password: string) => {
    const r = await api.login(name, password);
    setUser(r.user);
    setStatus('signed_in');
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setUser(null);
      setStatus('signed_out');
    }
  }, []);

  const value = useMemo(() => ({ status, user, login, logout, refresh }), [status, user, login, logout, refresh]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAuth(): Auth {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
