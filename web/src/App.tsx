import { Route, Routes } from 'react-router-dom';
import { RequirePermission } from './components/RequirePermission';
import { RequireAuth } from './layout/RequireAuth';
import { Shell } from './layout/Shell';
import { ChangePasswordPage } from './pages/account/ChangePasswordPage';
import { AuditPage } from './pages/audit/AuditPage';
import { CalendarPage } from './pages/calendar/CalendarPage';
import { CenterScreenPage } from './pages/dashboard/CenterScreenPage';
import { DashboardDossiersPage } from './pages/dashboard/DashboardDossiersPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { DossierPage } from './pages/dossiers/DossierPage';
import { DossiersPage } from './pages/dossiers/DossiersPage';
import { FeedbackPage } from './pages/feedback/FeedbackPage';
import { HomePage } from './pages/home/HomePage';
import { IntakePage } from './pages/intake/IntakePage';
import { FileImportPage } from './pages/integrations/FileImportPage';
import { OutboundSyncPage } from './pages/integrations/OutboundSyncPage';
import { LoginPage } from './pages/login/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProcedureAdminPage } from './pages/procedures/ProcedureAdminPage';
import { ProceduresAdminPage } from './pages/procedures/ProceduresAdminPage';
import { PublicFeedbackPage } from './pages/public/PublicFeedbackPage';
import { PublicProcedurePage } from './pages/public/PublicProcedurePage';
import { TrackingPage } from './pages/public/TrackingPage';
import { ReconciliationPage } from './pages/reconciliation/ReconciliationPage';
import { FigureDossiersPage } from './pages/reports/FigureDossiersPage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { TokensPage } from './pages/tokens/TokensPage';
import { UnitDetailPage } from './pages/units/UnitDetailPage';
import { UnitsPage } from './pages/units/UnitsPage';
import { UserCreatePage } from './pages/users/UserCreatePage';
import { UserDetailPage } from './pages/users/UserDetailPage';
import { UsersPage } from './pages/users/UsersPage';

export const ROUTES = {
  login: '/dang-nhap',
  home: '/',
  changePassword: '/doi-mat-khau',
  units: '/quan-tri/don-vi',
  users: '/quan-tri/nguoi-dung',
  tokens: '/quan-tri/ma-truy-cap',
  audit: '/quan-tri/nhat-ky',
  calendar: '/quan-tri/lich-lam-viec',
  procedures: '/quan-tri/thu-tuc',
  intake: '/tiep-nhan',
  dossiers: '/ho-so',
  reports: '/bao-cao',
  tracking: '/tra-cuu',
  publicProcedure: '/thu-tuc',
} as const;

const DOSSIER_READERS = ['dossiers:read', 'dossiers:process', 'dossiers:receive'];

export function App() {
  return (
    <Routes>
      <Route path="/dang-nhap" element={<LoginPage />} />
      <Route path="/tra-cuu/:code" element={<TrackingPage />} />
      <Route path="/thu-tuc/:code" element={<PublicProcedurePage />} />
      <Route path="/gui-phan-anh" element={<PublicFeedbackPage />} />
      <Route
        path="/man-hinh-trung-tam"
        element={
          <RequireAuth>
            <RequirePermission any={['reports:read']}>
              <CenterScreenPage />
            </RequirePermission>
          </RequireAuth>
        }
      />
      <Route
        element={
          <RequireAuth>
            <Shell />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="doi-mat-khau" element={<ChangePasswordPage />} />
        <Route
          path="tiep-nhan"
          element={
            <RequirePermission any={['dossiers:receive']}>
              <IntakePage />
            </RequirePermission>
          }
        />
        <Route
          path="ho-so"
          element={
            <RequirePermission any={DOSSIER_READERS}>
              <DossiersPage />
            </RequirePermission>
          }
        />
        <Route
          path="ho-so/:id"
          element={
            <RequirePermission any={DOSSIER_READERS}>
              <DossierPage />
            </RequirePermission>
          }
        />
        <Route
          path="phan-anh-kien-nghi"
          element={
            <RequirePermission any={['feedback:handle']}>
              <FeedbackPage />
            </RequirePermission>
          }
        />
        <Route
          path="doi-soat"
          element={
            <RequirePermission any={['reports:read']}>
              <ReconciliationPage />
            </RequirePermission>
          }
        />
        <Route
          path="bao-cao"
          element={
            <RequirePermission any={['reports:read']}>
              <ReportsPage />
            </RequirePermission>
          }
        />
        <Route
          path="bang-dieu-hanh"
          element={
            <RequirePermission any={['reports:read']}>
              <DashboardPage />
            </RequirePermission>
          }
        />
        <Route
          path="bang-dieu-hanh/ho-so"
          element={
            <RequirePermission any={['reports:read']}>
              <DashboardDossiersPage />
            </RequirePermission>
          }
        />
        <Route
          path="bao-cao/ho-so"
          element={
            <RequirePermission any={['reports:read']}>
              <FigureDossiersPage />
            </RequirePermission>
          }
        />
        <Route
          path="quan-tri/don-vi"
          element={
            <RequirePermission any={['units:manage']}>
              <UnitsPage />
            </RequirePermission>
          }
        />
        <Route
          path="quan-tri/don-vi/:code"
          element={
            <RequirePermission any={['units:manage']}>
              <UnitDetailPage />
            </RequirePermission>
          }
        />
        <Route
          path="quan-tri/nguoi-dung"
          element={
            <RequirePermission any={['users:manage']}>
              <UsersPage />
            </RequirePermission>
          }
        />
        <Route
          path="quan-tri/nguoi-dung/them-moi"
          element={
            <RequirePermission any={['users:manage']}>
              <UserCreatePage />
            </RequirePermission>
          }
        />
        <Route
          path="quan-tri/nguoi-dung/:id"
          element={
            <RequirePermission any={['users:manage']}>
              <UserDetailPage />
            </RequirePermission>
          }
        />
        <Route
          path="quan-tri/ma-truy-cap"
          element={
            <RequirePermission any={['tokens:manage']}>
              <TokensPage />
            </RequirePermission>
          }
        />
        <Route
          path="quan-tri/he-thong-nguon/nhap-tep"
          element={
            <RequirePermission any={['tokens:manage']}>
              <FileImportPage />
            </RequirePermission>
          }
        />
        <Route
          path="dong-bo-dvcqg"
          element={
            <RequirePermission any={['dossiers:read']}>
              <OutboundSyncPage />
            </RequirePermission>
          }
        />
        <Route
          path="quan-tri/nhat-ky"
          element={
            <RequirePermission any={['audit:read']}>
              <AuditPage />
            </RequirePermission>
          }
        />
        <Route
          path="quan-tri/lich-lam-viec"
          element={
            <RequirePermission any={['calendar:read', 'calendar:manage']}>
              <CalendarPage />
            </RequirePermission>
          }
        />
        <Route
          path="quan-tri/thu-tuc"
          element={
            <RequirePermission any={['catalog:manage']}>
              <ProceduresAdminPage />
            </RequirePermission>
          }
        />
        <Route
          path="quan-tri/thu-tuc/:code"
          element={
            <RequirePermission any={['catalog:manage']}>
              <ProcedureAdminPage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
