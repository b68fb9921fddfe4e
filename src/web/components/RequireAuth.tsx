import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { PageSpinner } from './PageSpinner.tsx';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, reload } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <PageSpinner />;
  if (state.status === 'error')
    return (
      <div style={{ padding: 24 }}>
        <ErrorAlert error={state.error} onRetry={reload} />
      </div>
    );
  if (state.status === 'anonymous')
    return <Navigate to="/login" replace state={state.signedOut ? null : { from: location.pathname + location.search }} />;
  return children;
}
