/** The office's database, as every store receives it (a transaction is one too). */
import type { Db } from "@hub/kit";
import type { OfficeSchema } from "../db/schema.js";

export type OfficeDb = Db<OfficeSchema>;
