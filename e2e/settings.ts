/** E2E_PORT lets several checkouts run the suite at once; the verify server takes the next port. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eVerifyPort = e2ePort + 1;
export const baseURL = `http://localhost:${e2ePort}`;
/** Written by scripts/e2e-server.ts from the CLI's output. */
export const platformKeyFile = ".data/e2e-platform-key";
