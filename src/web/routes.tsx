import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { AppLayout } from './components/AppLayout.tsx';
import { RequireAuth } from './components/RequireAuth.tsx';
import { publicRoutes } from './public/routes.tsx';

const LoginPage = lazy(() => import('./pages/LoginPage.tsx'));
const DashboardPage = lazy(() => import('./pages/DashboardPage.tsx'));
const ReportPage = lazy(() => import('./pages/ReportPage.tsx'));
const ApprovalsPage = lazy(() => import('./pages/ApprovalsPage.tsx'));
const ImportPage = lazy(() => import('./pages/ImportPage.tsx'));
const PopulationPage = lazy(() => import('./pages/PopulationPage.tsx'));
const UsersPage = lazy(() => import('./pages/UsersPage.tsx'));
const AuditPage = lazy(() => import('./pages/AuditPage.tsx'));
const PeoplePage = lazy(() => import('./pages/PeoplePage.tsx'));
const PersonPage = lazy(() => import('./pages/PersonPage.tsx'));
const PeopleDuplicatesPage = lazy(() => import('./pages/PeopleDuplicatesPage.tsx'));
const RegisterImportPage = lazy(() => import('./pages/RegisterImportPage.tsx'));
const CasesPage = lazy(() => import('./pages/CasesPage.tsx'));
const CasePage = lazy(() => import('./pages/CasePage.tsx'));
const TestsPage = lazy(() => import('./pages/TestsPage.tsx'));
const ScreeningPage = lazy(() => import('./pages/ScreeningPage.tsx'));
const ClustersPage = lazy(() => import('./pages/ClustersPage.tsx'));
const CaseRulesPage = lazy(() => import('./pages/CaseRulesPage.tsx'));
const FollowUpPage = lazy(() => import('./pages/FollowUpPage.tsx'));
const QuarantinesPage = lazy(() => import('./pages/QuarantinesPage.tsx'));
const FacilitiesPage = lazy(() => import('./pages/FacilitiesPage.tsx'));
const QuarantinePoliciesPage = lazy(() => import('./pages/QuarantinePoliciesPage.tsx'));
const ContactsPage = lazy(() => import('./pages/ContactsPage.tsx'));
const ContactLineListPage = lazy(() => import('./pages/ContactLineListPage.tsx'));
const CaseLineListPage = lazy(() => import('./pages/CaseLineListPage.tsx'));
const ChainPage = lazy(() => import('./pages/ChainPage.tsx'));
const StockPage = lazy(() => import('./pages/StockPage.tsx'));
const CampaignsPage = lazy(() => import('./pages/CampaignsPage.tsx'));
const CampaignPage = lazy(() => import('./pages/CampaignPage.tsx'));
const TransfersPage = lazy(() => import('./pages/TransfersPage.tsx'));
const CoveragePage = lazy(() => import('./pages/CoveragePage.tsx'));
const VaccinationProgressPage = lazy(() => import('./pages/VaccinationProgressPage.tsx'));
const ReconciliationPage = lazy(() => import('./pages/ReconciliationPage.tsx'));
const DosesPage = lazy(() => import('./pages/DosesPage.tsx'));
const VaccineProductsPage = lazy(() => import('./pages/VaccineProductsPage.tsx'));
const ConferencesPage = lazy(() => import('./pages/ConferencesPage.tsx'));
const ConferencePage = lazy(() => import('./pages/ConferencePage.tsx'));
const NoticesPage = lazy(() => import('./pages/NoticesPage.tsx'));
const NoticePage = lazy(() => import('./pages/NoticePage.tsx'));
const TasksPage = lazy(() => import('./pages/TasksPage.tsx'));
const OverduePage = lazy(() => import('./pages/OverduePage.tsx'));
const TaskPage = lazy(() => import('./pages/TaskPage.tsx'));
const DutyPage = lazy(() => import('./pages/DutyPage.tsx'));
const LevelsPage = lazy(() => import('./pages/LevelsPage.tsx'));
const RuleSetsPage = lazy(() => import('./pages/RuleSetsPage.tsx'));
const RuleSetPage = lazy(() => import('./pages/RuleSetPage.tsx'));
const BoundariesPage = lazy(() => import('./pages/BoundariesPage.tsx'));
const PublicLayout = lazy(() => import('./public/PublicLayout.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/public', element: <PublicLayout />, children: publicRoutes },
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
      { path: 'conferences', element: <ConferencesPage /> },
      { path: 'conferences/:id', element: <ConferencePage /> },
      { path: 'notices', element: <NoticesPage /> },
      { path: 'notices/:id', element: <NoticePage /> },
      { path: 'tasks', element: <TasksPage /> },
      { path: 'tasks/overdue', element: <OverduePage /> },
      { path: 'tasks/:id', element: <TaskPage /> },
      { path: 'duty', element: <DutyPage /> },
      { path: 'levels/:unitId?', element: <LevelsPage /> },
      { path: 'level-rules', element: <RuleSetsPage /> },
      { path: 'level-rules/:id', element: <RuleSetPage /> },
      { path: 'boundaries', element: <BoundariesPage /> },
      { path: 'report', element: <ReportPage /> },
      { path: 'approvals', element: <ApprovalsPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'population', element: <PopulationPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'people', element: <PeoplePage /> },
      { path: 'people/:id', element: <PersonPage /> },
      { path: 'people-duplicates', element: <PeopleDuplicatesPage /> },
      { path: 'register-import', element: <RegisterImportPage /> },
      { path: 'cases', element: <CasesPage /> },
      { path: 'cases/line-list', element: <CaseLineListPage /> },
      { path: 'cases/:id', element: <CasePage /> },
      { path: 'contacts', element: <ContactsPage /> },
      { path: 'contacts/line-list/:sourcePersonId', element: <ContactLineListPage /> },
      { path: 'chain/:personId', element: <ChainPage /> },
      { path: 'tests', element: <TestsPage /> },
      { path: 'screening', element: <ScreeningPage /> },
      { path: 'clusters/:id?', element: <ClustersPage /> },
      { path: 'case-rules', element: <CaseRulesPage /> },
      { path: 'followup', element: <FollowUpPage /> },
      { path: 'quarantines', element: <QuarantinesPage /> },
      { path: 'facilities', element: <FacilitiesPage /> },
      { path: 'quarantine-policies', element: <QuarantinePoliciesPage /> },
      { path: 'stock', element: <StockPage /> },
      { path: 'campaigns', element: <CampaignsPage /> },
      { path: 'campaigns/:id', element: <CampaignPage /> },
      { path: 'transfers', element: <TransfersPage /> },
      { path: 'doses', element: <DosesPage /> },
      { path: 'vaccine-products', element: <VaccineProductsPage /> },
      { path: 'coverage/:unitId?', element: <CoveragePage /> },
      { path: 'vaccination-progress/:unitId?', element: <VaccinationProgressPage /> },
      { path: 'coverage-reconciliation/:unitId?', element: <ReconciliationPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
