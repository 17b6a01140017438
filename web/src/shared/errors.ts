/** Every API error as a sentence a clerk understands (from `extensions.code`; the department named). */
export interface ApiErrorShape {
  message?: string;
  extensions?: { code?: string; department?: string; retryAfterSeconds?: number; argument?: string };
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    sentence: string,
    readonly department?: string,
  ) {
    super(sentence);
  }
}

/** The department's name from "市场监督管理局 (market) is unavailable…", the code otherwise. */
function departmentOf(e: ApiErrorShape): string {
  const m = /^(.+?) \(([a-z][a-z0-9_]*)\)/.exec(e.message ?? "");
  return m?.[1] ?? e.extensions?.department ?? "一个部门";
}

/**
 * The Chinese of a rule's message — `检查日期 2026-09-16 晚于今天 (the inspection date is in the
 * future); …` — without the English in brackets; undefined when the message is not in Chinese.
 */
export function chineseReason(message: string | undefined): string | undefined {
  if (!message || !/^[\u3400-\u9fff“《]/.test(message)) return undefined;
  const text = message.replace(/\s*\([^()]*[A-Za-z][^()]*\)/g, "").replace(/;\s*/g, "；").trim().slice(0, 300);
  return /[。！？]$/.test(text) ? text : `${text}。`;
}

export function sentenceFor(e: ApiErrorShape): string {
  const code = e.extensions?.code ?? "";
  switch (code) {
    case "UNAUTHENTICATED":
      return "登录已失效或尚未登录，请重新登录。";
    case "FORBIDDEN":
      return "您的账号没有权限查看或进行此操作。";
    case "DEPARTMENT_UNAVAILABLE":
      return `${departmentOf(e)}暂时无法访问，其数据未显示，请稍后刷新重试。`;
    case "QUERY_TIMEOUT":
      return `${departmentOf(e)}查询超时，请缩小查询范围后重试。`;
    case "RATE_LIMITED":
      return `操作过于频繁，请${e.extensions?.retryAfterSeconds ? ` ${e.extensions.retryAfterSeconds} 秒` : "稍"}后再试。`;
    case "INVALID_USCC":
      return "统一社会信用代码不正确，请核对 18 位代码后重试。";
    case "BAD_USER_INPUT":
      // the hub's rules say what is wrong in Chinese first (the English after it is for developers)
      return chineseReason(e.message) ?? (e.extensions?.argument ? `“${e.extensions.argument}”填写有误，请检查后重试。` : "填写的内容有误，请检查后重试。");
    case "OPERATION_LIMIT_EXCEEDED":
      return "一次查询的内容过多，请分开查询。";
    case "NOT_FOUND":
      return "未找到相应的记录，可能已被删除。";
    case "CONFLICT":
      return "该记录已被他人修改或状态已变化，请刷新后重试。";
    case "PAYLOAD_TOO_LARGE":
      return "文件过大，请分批上传。";
    default:
      return "系统暂时出现问题，请稍后重试；如仍不行，请联系系统管理员。";
  }
}

/** The first of an answer's errors as an ApiError; an answer refused for the rate (HTTP 429) says when to retry. */
export function apiErrorOf(errors: readonly ApiErrorShape[] | undefined, status: number, retryAfter?: string | null): ApiError {
  const first: ApiErrorShape =
    status === 429 ? { extensions: { code: "RATE_LIMITED", retryAfterSeconds: Number(retryAfter) || undefined } } : (errors?.[0] ?? {});
  return new ApiError(first.extensions?.code ?? "UNKNOWN", sentenceFor(first));
}

export const NETWORK_SENTENCE = "无法连接服务器，请检查网络后重试。";

/** What to tell the clerk about any failure: the API's sentence, or that the server could not be reached. */
export const sentenceOf = (error: unknown) => (error instanceof ApiError ? error.message : NETWORK_SENTENCE);
