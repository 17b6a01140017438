/**
 * The bearer token of this browser tab. It arrives from the identity provider (production) or from
 * the demo's sign-in links (`/signin#token=…`), is kept in sessionStorage, and leaves the URL at once.
 */
const KEY = "hub.token";

export interface Session {
  token: string;
  subject: string;
  role: string;
  department?: string;
  expiresAt?: number;
}

function decode(token: string): Session | null {
  try {
    const payload = JSON.parse(atob(token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as Record<string, unknown>;
    const role = String(payload.role ?? "");
    if (!role) return null;
    return { token, subject: String(payload.sub ?? ""), role, department: payload.department ? String(payload.department) : undefined, expiresAt: typeof payload.exp === "number" ? payload.exp * 1000 : undefined };
  } catch {
    return null;
  }
}

export function currentSession(): Session | null {
  const token = sessionStorage.getItem(KEY);
  const s = token ? decode(token) : null;
  if (s?.expiresAt && s.expiresAt < Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return s;
}

export function signIn(token: string): Session | null {
  const s = decode(token.trim());
  if (s) sessionStorage.setItem(KEY, s.token);
  return s;
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** A token handed over in the URL's fragment: kept, and removed from the address bar and history. */
export function takeTokenFromUrl(): Session | null {
  const m = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash);
  if (!m) return null;
  const s = signIn(decodeURIComponent(m[1]!));
  history.replaceState(null, "", window.location.pathname + window.location.search);
  return s;
}

export const ROLE_NAMES: Record<string, string> = {
  office_coordinator: "联席办工作人员",
  department_officer: "部门执法人员",
  department_admin: "部门管理员",
  dashboard_viewer: "领导驾驶舱",
  public: "公众",
};
