/** PostgreSQL's unique-violation code (23505), as node-postgres or PGlite (via drizzle's cause) report it. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === "23505" || e?.cause?.code === "23505";
}
