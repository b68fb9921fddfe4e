import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionUser } from '../../server/modules/auth/schema.ts';
import { fetchSession, login, logout } from '../api/auth.ts';
import { ApiError, onUnauthorized } from '../api/client.ts';

export type AuthState =
  | { status: 'loading' }
  /** `signedOut`: the user chose to leave, so sign-in starts afresh instead of returning to the last page */
  | { status: 'anonymous'; signedOut?: boolean }
  | { status: 'error'; error: unknown }
  | { status: 'signed-in'; user: SessionUser };

interface AuthValue {
  state: AuthState;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  reload(): void;
}

const AuthContext = createContext<AuthValue | null>(null);

// The public portal asks for no session: its visitors are anonymous until they open /login.
const onPublicPortal = () => /^\/public(\/|$)/.test(window.location.pathname);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>(() => (onPublicPortal() ? { status: 'anonymous' } : { status: 'loading' }));

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    fetchSession().then(
      (s) => setState({ status: 'signed-in', user: s.user }),
      (err: unknown) =>
        setState(err instanceof ApiError && err.status === 401 ? { status: 'anonymous' } : { status: 'error', error: err }),
    );
  }, []);

  useEffect(() => {
    if (!onPublicPortal()) reload();
  }, [reload]);
  useEffect(() => onUnauthorized(() => setState({ status: 'anonymous' })), []);

  const value = useMemo<AuthValue>(
    () => ({
      state,
      reload,
      async signIn(username, password) {
        const s = await login(username, password);
        setState({ status: 'signed-in', user: s.user });
      },
      async signOut() {
        try {
          await logout();
        } finally {
          setState({ status: 'anonymous', signedOut: true });
        }
      },
    }),
    [state, reload],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

/** The signed-in user; only for pages rendered behind RequireAuth. */
export function useUser(): SessionUser {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useUser without a session');
  return state.user;
}
