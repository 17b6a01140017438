/** A task row as the API shows it. */
import type { TaskRow } from "../../db/schema.js";
import type { Task } from "./types.js";

export const toTask = (row: TaskRow): Task => row;
