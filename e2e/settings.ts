export const e2ePort = 3100;
export const baseURL = `http://localhost:${e2ePort}`;
/** Written by scripts/e2e-server.ts from the CLI's output. */
export const platformKeyFile = ".data/e2e-platform-key";
