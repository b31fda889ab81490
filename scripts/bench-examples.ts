// `npm run bench:examples`: seeds the bench:load world (the demo data and 10 000 cases) into a
// throwaway PostgreSQL database and prints how long proposing a case as an example takes, most
// of it the k-anonymity check, which compares the case with every other case in the system:
// once from nothing, then after one other case changed (what a proposal costs while editors
// are at work), and with nothing changed. CASES and RUNS override the defaults.
import { benchAfterChanges } from "./lib/bench-world";

await benchAfterChanges("bench:examples", async (world) => {
  const { loadActor } = await import("../lib/auth/actor");
  const { proposeExample } = await import("../lib/examples/data");
  const editor = await loadActor(world.editor.id, "bench");
  return {
    what: "a proposal",
    work: () => proposeExample(editor, world.caseId, { area: "ovrigt", lessonsLearned: "Uppföljningen kom i gång tidigt." }),
    // Other cases change while one is proposed: the k-anonymity check counts them.
    notChanged: world.caseId,
  };
});
