/**
 * The one way the app talks to the hub: typed documents (generated from the committed supergraph,
 * `pnpm codegen`) posted to /graphql with the session's token. Errors become sentences; a partial
 * answer (a department down) keeps its data and says what is missing.
 */
import type { TypedDocumentString } from "../gql/graphql";
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
  if (!body.data) throw apiErrorOf(errors, res.status);
  return { data: body.data, warnings: [...new Set(errors.map(sentenceFor))] };
}
