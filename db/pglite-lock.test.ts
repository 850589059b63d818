import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openPglite } from "./open";
import { DataDirectoryLockedError, lockDataDirectory } from "./pglite-lock";

const tempDir = () => mkdtempSync(path.join(tmpdir(), "subdesk-lock-"));

describe("PGlite data directory lock", () => {
  it("refuses a directory held by another live process, with a message saying what to do", async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(path.join(dir, "pglite.lock"), String(other.pid));
      expect(() => lockDataDirectory(dir)).toThrow(DataDirectoryLockedError);
      expect(() => lockDataDirectory(dir)).toThrow(/in use by process .*DATABASE_URL/s);
      await expect(openPglite(dir)).rejects.toThrow(DataDirectoryLockedError);
    } finally {
      other.kill();
    }
  });

  it("takes over a lock whose owner has died", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "pglite.lock"), "999999999");
    const release = lockDataDirectory(dir);
    release();
    expect(existsSync(path.join(dir, "pglite.lock"))).toBe(false);
  });

  it("holds the lock while the database is open and frees it on close", async () => {
    const dir = tempDir();
    const handle = await openPglite(dir);
    expect(existsSync(path.join(dir, "pglite.lock"))).toBe(true);
    await handle.close();
    expect(existsSync(path.join(dir, "pglite.lock"))).toBe(false);
    const again = await openPglite(dir);
    await again.close();
  });
});
