import { workerDatabaseUrl } from "./support/database";

// Before any test file imports lib/db/client.ts, which reads DATABASE_URL once.
process.env.DATABASE_URL = workerDatabaseUrl();
