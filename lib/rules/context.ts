import type { Case } from "../case/schema";
import type { ProcurementRoute } from "../case/enums";
import { checkClauses } from "./clauses";
import { assessProcurement } from "./procurement";
import { splitTasks, type TaskSplit } from "./task-split";
import type { ClauseCheck, ProcurementAssessment, RouteAssessment } from "./types";
import { estimateContractValue } from "./valuation";

/** Everything the rules share, computed once per evaluation. */
export interface RuleContext {
  readonly c: Case;
  readonly date: string;
  readonly tasks: TaskSplit;
  readonly relied: ReadonlySet<ProcurementRoute>;
  readonly procurement: ProcurementAssessment;
  readonly route: Readonly<Record<ProcurementRoute, RouteAssessment>>;
  readonly clauses: ClauseCheck;
  /** Staff are affected when the anchoring answer says so or staff change employer. */
  readonly staffAffected: boolean;
}

export function buildContext(c: Case, date: string): RuleContext {
  const tasks = splitTasks(c);
  const procurement = assessProcurement(c, date, tasks, estimateContractValue(c, date, tasks));
  const route = {} as Record<ProcurementRoute, RouteAssessment>;
  for (const r of procurement.routes) route[r.route] = r;
  return {
    c,
    date,
    tasks,
    relied: new Set(c.procurement.reliedOnRoutes),
    procurement,
    route,
    clauses: checkClauses(c),
    staffAffected: c.anchoring.staffAffected === true || c.staff.changesEmployer === true,
  };
}
