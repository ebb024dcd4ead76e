// Entry of the browser app: providers, the login gate, and the routes of the pages.
import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider, createTheme } from '@mantine/core';
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppStateProvider } from './app-state.tsx';
import { AuthProvider, useAuth } from './auth.tsx';
import { Loading } from './components/Async.tsx';
import { Layout } from './components/Layout.tsx';
import { I18nProvider } from './i18n.tsx';
import { AccountPage, ForcedPasswordPage } from './pages/Account.tsx';
import { AuditPage } from './pages/Audit.tsx';
import { DashboardPage } from './pages/Dashboard.tsx';
import { DocumentPage } from './pages/Document.tsx';
import { DocumentNewPage } from './pages/DocumentNew.tsx';
import { DocumentsPage } from './pages/Documents.tsx';
import { LoginPage } from './pages/Login.tsx';
import { NotFoundPage } from './pages/NotFound.tsx';
import { TargetPage } from './pages/Target.tsx';
import { TargetsPage } from './pages/Targets.tsx';
import { TaskPage } from './pages/Task.tsx';
import { TaskEditPage, TaskNewPage } from './pages/TaskForm.tsx';
import { UsersPage } from './pages/Users.tsx';
import { TasksPage } from './pages/Tasks.tsx';
import { UnitPage } from './pages/Unit.tsx';
import { UnitsPage } from './pages/Units.tsx';

// The review screen carries the indicator names and its forms: loaded when opened.
const DocumentReviewPage = lazy(() => import('./pages/DocumentReview.tsx'));
// The review cycle: reporting periods, a unit's report, ratings, the review report; each on demand.
const PeriodsPage = lazy(() => import('./pages/review/Periods.tsx'));
const PeriodPage = lazy(() => import('./pages/review/Period.tsx'));
const UnitReportPage = lazy(() => import('./pages/review/UnitReport.tsx'));
const RatingsPage = lazy(() => import('./pages/review/Ratings.tsx'));
const ReviewReportPage = lazy(() => import('./pages/review/ReviewReport.tsx'));
// The congress hall (đại hội): list, one congress, check-in (with the QR reader), the presidium's screen.
const CongressesPage = lazy(() => import('./pages/congress/Congresses.tsx'));
const CongressPage = lazy(() => import('./pages/congress/Congress.tsx'));
const CheckInPage = lazy(() => import('./pages/congress/CheckIn.tsx'));
const AttendanceScreenPage = lazy(() => import('./pages/congress/AttendanceScreen.tsx'));
const SeasonsPage = lazy(() => import('./pages/congress/Seasons.tsx').then((m) => ({ default: m.SeasonsPage })));
const SeasonPage = lazy(() => import('./pages/congress/Seasons.tsx').then((m) => ({ default: m.SeasonPage })));

// Đại hội số: the secretariat's floor screens, and the delegate's phone app (outside the users' sign-in).
const FloorListPage = lazy(() => import('./pages/congress-floor/FloorPage.tsx').then((m) => ({ default: m.FloorListPage })));
const FloorPage = lazy(() => import('./pages/congress-floor/FloorPage.tsx'));
const DelegateApp = lazy(() => import('./pages/delegate/DelegateApp.tsx'));

const later = (page: React.ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
});

function Gate() {
  const auth = useAuth();
  if (auth.status === 'checking') return <Loading />;
  if (auth.status === 'signed_out') return <LoginPage />;
  if (auth.user?.mustChangePassword) return <ForcedPasswordPage />;
  return (
    <AppStateProvider>
      <Layout>
        <Routes>
          <Route path="/" element={<DashboardPage />} />
          <Route path="/chi-tieu" element={<TargetsPage />} />
          <Route path="/chi-tieu/:id" element={<TargetPage />} />
          <Route path="/nhiem-vu" element={<TasksPage />} />
          <Route path="/nhiem-vu/moi" element={<TaskNewPage />} />
          <Route path="/nguoi-dung" element={<UsersPage />} />
          <Route path="/nhiem-vu/:id" element={<TaskPage />} />
          <Route path="/nhiem-vu/:id/sua" element={<TaskEditPage />} />
          <Route path="/van-ban" element={<DocumentsPage />} />
          <Route path="/van-ban/moi" element={<DocumentNewPage />} />
          <Route path="/van-ban/:id" element={<DocumentPage />} />
          <Route path="/van-ban/:id/de-xuat" element={<Suspense fallback={<Loading />}><DocumentReviewPage /></Suspense>} />
          <Route path="/ky-bao-cao" element={later(<PeriodsPage />)} />
          <Route path="/ky-bao-cao/:id" element={later(<PeriodPage />)} />
          <Route path="/ky-bao-cao/:id/don-vi/:unitId" element={later(<UnitReportPage />)} />
          <Route path="/xep-loai" element={later(<RatingsPage />)} />
          <Route path="/bao-cao-kiem-diem" element={later(<ReviewReportPage />)} />
          <Route path="/dai-hoi-so" element={later(<FloorListPage />)} />
          <Route path="/dai-hoi-so/:code" element={later(<FloorPage />)} />
          <Route path="/dai-hoi" element={later(<CongressesPage />)} />
          <Route path="/dai-hoi/:code" element={later(<CongressPage />)} />
          <Route path="/dai-hoi/:code/diem-danh" element={later(<CheckInPage />)} />
          <Route path="/dai-hoi/:code/man-hinh" element={later(<AttendanceScreenPage />)} />
          <Route path="/dot-dai-hoi" element={later(<SeasonsPage />)} />
          <Route path="/dot-dai-hoi/:code" element={later(<SeasonPage />)} />
          <Route path="/don-vi" element={<UnitsPage />} />
          <Route path="/don-vi/:id" element={<UnitPage />} />
          <Route path="/nhat-ky" element={<AuditPage />} />
          <Route path="/tai-khoan" element={<AccountPage />} />
          <Route path="/dang-nhap" element={<DashboardPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Layout>
    </AppStateProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <I18nProvider>
        <BrowserRouter>
          <Routes>
            {/* A delegate signs in with their card's codes, not an account: their pages stand outside the users' gate. */}
            <Route path="/dai-bieu/*" element={later(<DelegateApp />)} />
            <Route path="*" element={<AuthProvider><Gate /></AuthProvider>} />
          </Routes>
        </BrowserRouter>
      </I18nProvider>
    </MantineProvider>
  </StrictMode>,
);
