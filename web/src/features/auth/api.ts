/** The demo's sign-in offers (served by the gateway in the demo only; absent in production). */
export interface DemoAccount {
  label: string;
  role: string;
  department?: string;
  token: string;
}

export async function demoAccounts(): Promise<DemoAccount[]> {
  const res = await fetch("/demo/accounts").catch(() => null);
  if (!res?.ok) return [];
  return (await res.json()) as DemoAccount[];
}
