/**
 * The office's sync as any client runs it through the gateway: start the job, follow `job(id)` to
 * its end, read each department's `syncStatus`. The demo's first sync and the tests both use it.
 */
export interface DepartmentSyncStatus {
  department: string;
  stale: boolean;
  lastError: string | null;
  lastSuccessAt: string | null;
}

export async function syncThroughGateway(gatewayUrl: string, authorization: string, pollMs = 200): Promise<DepartmentSyncStatus[]> {
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json", authorization }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
    return body.data;
  };
  const { id } = (await post(`mutation { syncDepartments { id } }`)).syncDepartments as { id: string };
  for (;;) {
    const r = await post(`query($id: ID!) { job(id: $id) { state error } syncStatus { department stale lastError lastSuccessAt } }`, { id });
    if (r.job.state === "SUCCEEDED") return r.syncStatus;
    if (r.job.state === "FAILED" || r.job.state === "CANCELLED") throw new Error(`sync job ${r.job.state}: ${r.job.error ?? ""}`);
    await new Promise((done) => setTimeout(done, pollMs));
  }
}
