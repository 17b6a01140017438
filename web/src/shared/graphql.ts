/**
 * The one way the app talks to the hub: typed documents (generated from the committed supergraph,
 * `pnpm codegen`) posted to /graphql with the session's token. Errors become sentences; a partial
 * answer (a department down) keeps its data and says what is missing.
 */
import type { TypedDocumentString } from "../gql/graphql";
import { ApiError, NETWORK_SENTENCE, sentenceFor, type ApiErrorShape } from "./errors";
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
  if (res.status === 429) {
    const retry = Number(res.headers.get("retry-after")) || undefined;
    throw new ApiError("RATE_LIMITED", sentenceFor({ extensions: { code: "RATE_LIMITED", retryAfterSeconds: retry } }));
  }
  let body: { data?: T | null; errors?: ApiErrorShape[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError("NETWORK", NETWORK_SENTENCE);
  }
  const errors = body.errors ?? [];
  if (!body.data) {
    const first = errors[0] ?? {};
    throw new ApiError(first.extensions?.code ?? "UNKNOWN", sentenceFor(first));
  }
  return { data: body.data, warnings: [...new Set(errors.map(sentenceFor))] };
}
