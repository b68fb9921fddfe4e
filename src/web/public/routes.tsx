import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';

const PublicHomePage = lazy(() => import('./PublicHomePage.tsx'));

/** The public portal: open to everyone, no sign-in (mounted at /public). */
export const publicRoutes: RouteObject[] = [{ index: true, element: <PublicHomePage /> }];
