/**
 * The one way the app talks to the hub: typed documents (generated from the committed supergraph,
 * `pnpm codegen`) posted to /graphql with the session's token. Errors become sentences; a partial
 * answer (a department down) keeps its data and says what is missing.
 */
import { TypedDocumentString } from "../gql/graphql";
import { ApiError, apiErrorOf, NETWORK_SENTENCE, sentenceFor, type ApiErrorShape } from "./errors";
import { currentSession } from "./session";

export interface Answer<T> {
  data: T;
  /** Sentences for what the answer lacks (a department that did not answer…). */
  warnings: string[];
}

export async function request<T, V>(document: TypedDocumentString<T, V>, variables?: V): Promise<Answer<T>> {
  const token = currentSession()?.token;
  let res: Response;
  try {
    res = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError("NETWORK", NETWORK_SENTENCE);
  }
  if (res.status === 429) throw apiErrorOf(undefined, 429, res.headers.get("retry-after"));
  let body: { data?: T | null; errors?: ApiErrorShape[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError("NETWORK", NETWORK_SENTENCE);
  }
  const errors = body.errors ?? [];
  // A query's partial answer is shown with its warnings; a change that reports any error did not
  // happen as asked (the gateway nulls the department's field), and must not read as done.
  if (!body.data || (errors.length > 0 && isMutation(document.toString()))) throw apiErrorOf(errors, res.status);
  return { data: body.data, warnings: [...new Set(errors.map(sentenceFor))] };
}

const isMutation = (text: string) => /^\s*mutation\b/.test(text.replace(/^\s*#[^\n]*\n/gm, ""));

const DEPARTMENT_CODE = /^[a-z][a-z0-9_]*$/;

/**
 * A document written against the template field `department` (schema/department-template.graphql),
 * for one department: its root field becomes `department: <code>`, so the answer keeps the generated
 * type whichever department it is. Only the first `department {` is the root: documents name the
 * template field once, at the top.
 */
export function forDepartment<T, V>(document: TypedDocumentString<T, V>, code: string): TypedDocumentString<T, V> {
  if (!DEPARTMENT_CODE.test(code)) throw new ApiError("BAD_USER_INPUT", "部门代码不正确。");
  const text = document.toString();
  const at = text.search(/\bdepartment\s*\{/);
  if (at < 0) throw new Error("the document does not name the template field `department`");
  return new TypedDocumentString<T, V>(`${text.slice(0, at)}department: ${code} ${text.slice(text.indexOf("{", at))}`);
}
