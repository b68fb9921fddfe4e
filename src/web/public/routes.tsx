import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';

const PublicHomePage = lazy(() => import('./PublicHomePage.tsx'));
const OpenDataPage = lazy(() => import('./OpenDataPage.tsx'));

/** The public portal: open to everyone, no sign-in (mounted at /public). */
export const publicRoutes: RouteObject[] = [
  { index: true, element: <PublicHomePage /> },
  { path: 'open-data', element: <OpenDataPage /> },
  { path: ':unitId', element: <PublicHomePage /> },
  { path: ':unitId/levels', element: <PublicHomePage focus="levels" /> },
];
