import type { Case } from "../case/schema";
import type { Task } from "../case/sections/tasks";
import { taskLabel } from "./labels";

export interface IndexedTask {
  readonly task: Task;
  readonly index: number;
  readonly label: string;
}

export interface TaskSplit {
  readonly all: readonly IndexedTask[];
  readonly authority: readonly IndexedTask[];
  readonly service: readonly IndexedTask[];
  readonly unknownKind: readonly IndexedTask[];
}

export function splitTasks(c: Case): TaskSplit {
  const all: IndexedTask[] = [];
  const authority: IndexedTask[] = [];
  const service: IndexedTask[] = [];
  const unknownKind: IndexedTask[] = [];
  c.tasks.forEach((task, index) => {
    const item = { task, index, label: taskLabel(task, index) };
    all.push(item);
    if (task.kind === "myndighetsutovning") authority.push(item);
    else if (task.kind === "insats") service.push(item);
    else unknownKind.push(item);
  });
  return { all, authority, service, unknownKind };
}
