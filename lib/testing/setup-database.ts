import { afterAll, beforeAll } from "vitest";
import { installDatabase, type DatabaseHandle } from "@/db/client";
import { createTestDatabase } from "./test-database";

// Every test file gets a database of its own, installed as the process-wide one, so domain
// functions run unchanged; tests keep to data they create, so files can run in parallel.
let handle: DatabaseHandle | undefined;

beforeAll(async () => {
  handle = await createTestDatabase();
  installDatabase(handle);
});

afterAll(async () => {
  installDatabase(undefined);
  await handle?.close();
});
