/** The audit trail: one entry per mutation, in the same transaction as the change (the writer every service shares). */
export { audit, type Actor } from "@hub/kit";
