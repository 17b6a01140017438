/** Routes, providers and the Chinese locale. Pages load on demand: the public page stays light. */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ConfigProvider, Result } from "antd";
import zhCN from "antd/locale/zh_CN";
import { lazy, Suspense, type ReactNode } from "react";
import { BrowserRouter, Link, Navigate, Route, Routes } from "react-router";
import { ApiError } from "../shared/errors";
import { currentSession } from "../shared/session";
import { Loading, NotFoundPage } from "../shared/ui";
import Shell from "./Shell";

const PublicResultsPage = lazy(() => import("../features/public-results/PublicResultsPage"));
const PublicPlansPage = lazy(() => import("../features/public-plans/PublicPlansPage"));
const PublicDrawsPage = lazy(() => import("../features/public-draws/PublicDrawsPage"));
const PublicJointPlanPage = lazy(() => import("../features/public-joint-plan/PublicJointPlanPage"));
const JointPlanPage = lazy(() => import("../features/joint-plan/JointPlanPage"));
const SignInPage = lazy(() => import("../features/auth/SignInPage"));
const OverviewPage = lazy(() => import("../features/office-overview/OverviewPage"));
const ProposalsPage = lazy(() => import("../features/joint/ProposalsPage"));
const BoardPage = lazy(() => import("../features/joint/BoardPage"));
const OverlapPage = lazy(() => import("../features/overlap/OverlapPage"));
const JointDetailPage = lazy(() => import("../features/joint/DetailPage"));
const EnterpriseSearchPage = lazy(() => import("../features/enterprise/SearchPage"));
const EnterpriseRecordPage = lazy(() => import("../features/enterprise/RecordPage"));
const DirectoryPage = lazy(() => import("../features/department-directory/DirectoryPage"));
const DrawsPage = lazy(() => import("../features/department-draws/DrawsPage"));
const PlansPage = lazy(() => import("../features/department-plans/PlansPage"));
const TasksPage = lazy(() => import("../features/department-tasks/TasksPage"));
const TaskPage = lazy(() => import("../features/department-tasks/TaskPage"));
const TodoPage = lazy(() => import("../features/todo/TodoPage"));

/** Secondary and placeholder text dark enough to read (WCAG AA contrast, checked by axe in the browser tests). */
const THEME = { token: { fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif', colorPrimary: "#1f5fbf", colorLink: "#1f5fbf", colorError: "#cf1322", colorTextSecondary: "rgba(0, 0, 0, 0.65)", colorTextDescription: "rgba(0, 0, 0, 0.65)", colorTextPlaceholder: "rgba(0, 0, 0, 0.6)", colorTextTertiary: "rgba(0, 0, 0, 0.6)" } };

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // a refusal will not change by asking again
      retry: (n, e) => n < 2 && !(e instanceof ApiError && ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "INVALID_USCC"].includes(e.code)),
      refetchOnWindowFocus: false,
    },
  },
});

/** The department's own staff: its officers and admins. */
const DEPARTMENT = ["department_officer", "department_admin"];

function RequireRole({ roles, children }: { roles: string[]; children: ReactNode }) {
  const session = currentSession();
  if (!session) return <Navigate to="/signin" replace />;
  if (!roles.includes(session.role)) return <Result status="403" title="无权访问" subTitle="您的账号没有权限访问此页面。" extra={<Link to="/public">返回结果公示</Link>} />;
  return <>{children}</>;
}

function Home() {
  const s = currentSession();
  return <Navigate to={!s ? "/public" : s.role === "dashboard_viewer" ? "/dashboard" : "/office"} replace />;
}

export default function App() {
  return (
    <ConfigProvider locale={zhCN} theme={THEME}>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Shell>
              <Suspense fallback={<Loading what="页面" />}>
                <Routes>
                  <Route path="/" element={<Home />} />
                  <Route path="/public" element={<PublicResultsPage />} />
                  <Route path="/public/plans" element={<PublicPlansPage />} />
                  <Route path="/public/draws" element={<PublicDrawsPage />} />
                  <Route path="/public/joint-plan" element={<PublicJointPlanPage />} />
                  <Route path="/signin" element={<SignInPage />} />
                  <Route path="/office" element={<RequireRole roles={["office_coordinator", "department_officer", "department_admin"]}><OverviewPage /></RequireRole>} />
                  <Route path="/todo" element={<RequireRole roles={["office_coordinator", "department_officer", "department_admin"]}><TodoPage /></RequireRole>} />
                  <Route path="/office/overlap" element={<RequireRole roles={["office_coordinator", "department_officer", "department_admin"]}><OverlapPage /></RequireRole>} />
                  <Route path="/office/proposals" element={<RequireRole roles={["office_coordinator", "department_officer", "department_admin"]}><ProposalsPage /></RequireRole>} />
                  <Route path="/office/joint" element={<RequireRole roles={["office_coordinator", "department_officer", "department_admin"]}><BoardPage /></RequireRole>} />
                  <Route path="/office/joint-plan" element={<RequireRole roles={["office_coordinator", "department_officer", "department_admin"]}><JointPlanPage /></RequireRole>} />
                  <Route path="/office/joint/:id" element={<RequireRole roles={["office_coordinator", "department_officer", "department_admin"]}><JointDetailPage /></RequireRole>} />
                  <Route path="/office/targets" element={<RequireRole roles={["office_coordinator", "department_officer", "department_admin"]}><EnterpriseSearchPage /></RequireRole>} />
                  <Route path="/office/targets/:uscc" element={<RequireRole roles={["office_coordinator", "department_officer", "department_admin"]}><EnterpriseRecordPage /></RequireRole>} />
                  <Route path="/department/targets" element={<RequireRole roles={DEPARTMENT}><DirectoryPage kind="targets" /></RequireRole>} />
                  <Route path="/department/inspectors" element={<RequireRole roles={DEPARTMENT}><DirectoryPage kind="inspectors" /></RequireRole>} />
                  <Route path="/department/tasks" element={<RequireRole roles={DEPARTMENT}><TasksPage /></RequireRole>} />
                  <Route path="/department/tasks/:id" element={<RequireRole roles={DEPARTMENT}><TaskPage /></RequireRole>} />
                  <Route path="/department/plans" element={<RequireRole roles={DEPARTMENT}><PlansPage /></RequireRole>} />
                  <Route path="/department/draws" element={<RequireRole roles={DEPARTMENT}><DrawsPage /></RequireRole>} />
                  <Route path="/dashboard" element={<RequireRole roles={["office_coordinator", "dashboard_viewer"]}><OverviewPage dashboard /></RequireRole>} />
                  <Route path="*" element={<NotFoundPage />} />
                </Routes>
              </Suspense>
            </Shell>
          </BrowserRouter>
        </QueryClientProvider>
    </ConfigProvider>
  );
}
