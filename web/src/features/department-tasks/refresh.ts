import type { QueryClient } from "@tanstack/react-query";

/** After a task changes (team, result, follow-up): its page, the task list and the alerts read again. */
export async function refreshTask(queryClient: QueryClient, department: string, taskId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ["task", department, taskId] }),
    queryClient.invalidateQueries({ queryKey: ["tasks", department] }),
    queryClient.invalidateQueries({ queryKey: ["alerts", department] }),
  ]);
}
