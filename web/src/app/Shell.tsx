/** The frame around every page: the hub's name, the menu a role may use, who is signed in. */
import { Button, Layout, Space, Typography } from "antd";
import type { ReactNode } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { currentSession, ROLE_NAMES, signOut } from "../shared/session";

const MENUS: { key: string; label: string; roles: string[] | null }[] = [
  { key: "/office", label: "工作总览", roles: ["office_coordinator", "department_officer", "department_admin"] },
  { key: "/todo", label: "待办", roles: ["office_coordinator", "department_officer", "department_admin"] },
  { key: "/office/overlap", label: "重叠对象", roles: ["office_coordinator", "department_officer", "department_admin"] },
  { key: "/office/proposals", label: "联合抽查建议", roles: ["office_coordinator", "department_officer", "department_admin"] },
  { key: "/office/joint-plan", label: "联合抽查计划", roles: ["office_coordinator", "department_officer", "department_admin"] },
  { key: "/office/joint", label: "联合抽查", roles: ["office_coordinator", "department_officer", "department_admin"] },
  { key: "/office/targets", label: "一企一档", roles: ["office_coordinator", "department_officer", "department_admin"] },
  { key: "/department/targets", label: "检查对象名录", roles: ["department_officer", "department_admin"] },
  { key: "/department/inspectors", label: "执法人员名录", roles: ["department_officer", "department_admin"] },
  { key: "/department/plans", label: "抽查计划", roles: ["department_officer", "department_admin"] },
  { key: "/department/draws", label: "双随机抽取", roles: ["department_officer", "department_admin"] },
  { key: "/department/tasks", label: "检查任务", roles: ["department_officer", "department_admin"] },
  { key: "/dashboard", label: "监管驾驶舱", roles: ["office_coordinator", "dashboard_viewer"] },
  { key: "/public", label: "结果公示", roles: null },
  { key: "/public/plans", label: "清单和计划", roles: null },
  { key: "/public/draws", label: "抽取公示", roles: null },
  { key: "/public/joint-plan", label: "联合抽查计划公示", roles: null },
];

export default function Shell({ children }: { children: ReactNode }) {
  const session = currentSession();
  const location = useLocation();
  const navigate = useNavigate();
  const items = MENUS.filter((m) => m.roles === null || (session && m.roles.includes(session.role)));
  // the page's own menu entry: the longest that is the path or a folder of it (/office/joint/7 → 联合抽查)
  const current = items.filter((m) => location.pathname === m.key || location.pathname.startsWith(`${m.key}/`)).sort((a, b) => b.key.length - a.key.length)[0]?.key;
  return (
    <Layout style={{ minHeight: "100vh" }}>
      {/* On a tablet the menu wraps onto a second line: the header grows with it rather than hiding it. */}
      <Layout.Header style={{ height: "auto", minHeight: 64, lineHeight: "normal", display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: 24, rowGap: 4, paddingBlock: 12, paddingInline: 24 }}>
        <Typography.Text strong style={{ color: "#fff", fontSize: 16, whiteSpace: "nowrap" }}>
          双随机、一公开 联合抽查平台
        </Typography.Text>
        <nav aria-label="主菜单" style={{ flex: 1, minWidth: 0, display: "flex", gap: 4, flexWrap: "wrap" }}>
          {items.map((m) => (
            <Link
              key={m.key}
              to={m.key}
              aria-current={current === m.key ? "page" : undefined}
              style={{ color: "#fff", padding: "0 14px", lineHeight: "40px", borderRadius: 6, background: current === m.key ? "#1f5fbf" : "transparent", whiteSpace: "nowrap" }}
            >
              {m.label}
            </Link>
          ))}
        </nav>
        {session ? (
          <Space>
            <Typography.Text style={{ color: "#fff" }}>{ROLE_NAMES[session.role] ?? session.role}{session.department ? `（${session.department}）` : ""}</Typography.Text>
            <Button size="small" onClick={() => (signOut(), navigate("/public"))}>退出</Button>
          </Space>
        ) : (
          <Link to="/signin"><Button size="small">登录</Button></Link>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1400, width: "100%", margin: "0 auto" }}>{children}</Layout.Content>
      <Layout.Footer style={{ textAlign: "center" }}>区联席会议办公室 · 时间均为北京时间</Layout.Footer>
    </Layout>
  );
}
