import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { AppLayout } from './components/AppLayout.tsx';
import { RequireAuth } from './components/RequireAuth.tsx';

const LoginPage = lazy(() => import('./pages/LoginPage.tsx'));
const DashboardPage = lazy(() => import('./pages/DashboardPage.tsx'));
const ReportPage = lazy(() => import('./pages/ReportPage.tsx'));
const ApprovalsPage = lazy(() => import('./pages/ApprovalsPage.tsx'));
const ImportPage = lazy(() => import('./pages/ImportPage.tsx'));
const PopulationPage = lazy(() => import('./pages/PopulationPage.tsx'));
const UsersPage = lazy(() => import('./pages/UsersPage.tsx'));
const AuditPage = lazy(() => import('./pages/AuditPage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      { path: 'dashboard/:unitId?', element: <DashboardPage /> },
      { path: 'report', element: <ReportPage /> },
      { path: 'approvals', element: <ApprovalsPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'population', element: <PopulationPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
