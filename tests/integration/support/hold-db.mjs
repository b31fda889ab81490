// Stands in for `npm start` in the lifecycle test: starts the embedded database as a child,
// prints its URL and the child's pid, then waits to be killed.
import { startEmbeddedDb } from "../../../scripts/lib/db-process.mjs";

const db = await startEmbeddedDb();
console.log(JSON.stringify({ url: db.url, dbServerPid: db.child.pid }));
setInterval(() => {}, 1 << 30);
