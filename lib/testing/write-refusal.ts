/**
 * What the database answers a write: "written", or the error with its cause (Drizzle wraps the
 * driver's error, whose message names the constraint the write broke).
 */
export function writeRefusal(write: PromiseLike<unknown>): Promise<string> {
  return Promise.resolve(write).then(
    () => "written",
    (error: Error) => `${error.message} ${(error.cause as Error | undefined)?.message ?? ""}`,
  );
}
