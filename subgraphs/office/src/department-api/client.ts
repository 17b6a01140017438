/**
 * The office's calls to the departments, through the gateway as the office coordinator, with the
 * typed documents of operations.graphql. A document names a department by the template field
 * `department`; it is sent with that field renamed to the department's code and aliased back to
 * `department`, so the answer has the generated type whatever the department is called.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { HubError } from "@hub/kit";
import type { HubConfig } from "@hub/schema";
import { Kind, print, visit, type DocumentNode, type FieldNode } from "graphql";

export interface GatewayClient {
  config: HubConfig;
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  /** A bearer token for the office's own service identity (office coordinator). */
  token: () => Promise<string>;
}

/** A department that could not be asked, or answered with errors; the message says which. */
export class DepartmentCallError extends Error {
  override name = "DepartmentCallError";
}

const texts = new Map<DocumentNode, Map<string, string>>();

/** The document's text for one department: its root field `department` becomes `<code>` under the alias `department`. */
export function forDepartment(doc: DocumentNode, code: string): string {
  let byCode = texts.get(doc);
  if (!byCode) texts.set(doc, (byCode = new Map()));
  let text = byCode.get(code);
  if (!text) {
    let depth = 0;
    text = print(
      visit(doc, {
        SelectionSet: { enter: () => void depth++, leave: () => void depth-- },
        Field(node: FieldNode) {
          if (depth !== 1 || node.name.value !== "department") return undefined;
          return { ...node, alias: { kind: Kind.NAME, value: "department" }, name: { kind: Kind.NAME, value: code } };
        },
      }),
    );
    byCode.set(code, text);
  }
  return text;
}

/** Ask a department one typed operation; the data, or a DepartmentCallError with the errors' messages. */
export async function askDepartment<R, V>(client: GatewayClient, department: string, doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  let res: Response;
  try {
    res = await fetch(client.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await client.token()}` },
      body: JSON.stringify({ query: forDepartment(doc, department), variables }),
      signal: AbortSignal.timeout(client.config.gateway.subgraphTimeoutMs * 2),
    });
  } catch (e) {
    throw new DepartmentCallError(`cannot reach the gateway: ${(e as Error).message}`);
  }
  const body = (await res.json().catch(() => ({}))) as { data?: R; errors?: { message: string }[] };
  if (body.errors?.length) throw new DepartmentCallError(body.errors.map((e) => e.message).join("; "));
  if (!body.data) throw new DepartmentCallError(`gateway answered ${res.status} without data`);
  return body.data;
}

/**
 * askDepartment for a request a user waits on: an office without a gateway, or a department that
 * cannot be asked, is DEPARTMENT_UNAVAILABLE, saying what could not be read.
 */
export async function askDepartmentNow<R, V>(client: GatewayClient | undefined, department: string, doc: TypedDocumentNode<R, V>, variables: V, what: string): Promise<R> {
  if (!client) throw new HubError("DEPARTMENT_UNAVAILABLE", `this office runs without a gateway: it cannot read ${department}'s ${what}`);
  try {
    return await askDepartment(client, department, doc, variables);
  } catch (e) {
    if (e instanceof DepartmentCallError) throw new HubError("DEPARTMENT_UNAVAILABLE", `cannot read ${department}'s ${what}: ${e.message}`, { department });
    throw e;
  }
}

/** Leaf fields a document selects: the cost of one item of the list it pages through (see sync's page size). */
export function leafFields(doc: DocumentNode): number {
  let n = 0;
  visit(doc, { Field: (node) => void (node.selectionSet ? undefined : n++) });
  return n;
}
