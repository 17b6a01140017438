/** A department's database, as every store receives it (a transaction is one too). */
import type { Db } from "@hub/kit";
import type { DepartmentSchema } from "../db/schema.js";

export type DepartmentDb = Db<DepartmentSchema>;
