import { BaseSequencer, type TestSpecification } from "vitest/node";

// The integration files that take longest go first, one to each worker, so the rest fill in
// beside them instead of one of them starting late and running alone at the end. (Vitest
// otherwise orders by the last run's durations, which a clean clone does not have, then by size.)
const FIRST = ["tests/integration/action-fuzz.test.ts", "tests/integration/authorization-matrix.test.ts"];

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = FIRST.findIndex((name) => file.moduleId.replaceAll("\\", "/").endsWith(name));
      return index === -1 ? FIRST.length : index;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
