import { createHash } from "node:crypto";
import { z } from "zod";
import type { FieldKind } from "./astra-fields";
import { fieldValue, invalidParam } from "./list-query";

/**
 * A `continue` token: where the previous page stopped — the last row's sort values, its id last —
 * and a digest of the list it belongs to (account, filter, order), so a token only continues
 * the list that gave it. Opaque to clients, and read back as strictly as any other input: its
 * values reach SQL as parameters of their field's type.
 */
export type Position = (string | number)[];

export const listDigest = (list: unknown) =>
  createHash("sha256").update(JSON.stringify(list)).digest("base64url").slice(0, 22);

export function encodeContinue(digest: string, values: string[]): string {
  return Buffer.from(JSON.stringify([digest, values])).toString("base64url");
}

const content = z.tuple([z.string(), z.array(z.string().max(1000)).max(6)]);
const notOurs = () => invalidParam("continue", "is not a token this API returned");

/** The position a token holds, for a list whose sort keys are of these kinds. */
export function decodeContinue(token: string, digest: string, kinds: FieldKind[]): Position {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    throw notOurs();
  }
  const read = content.safeParse(parsed);
  if (!read.success || read.data[1].length !== kinds.length) throw notOurs();
  const [tokenDigest, values] = read.data;
  if (tokenDigest !== digest) {
    throw invalidParam("continue", "belongs to another list: send the filter and orderBy it came with");
  }
  try {
    // Costs travel as cents, so they read as whole numbers here, not as dollars.
    return values.map((value, i) => fieldValue(kinds[i] === "money" ? "number" : kinds[i]!, value));
  } catch {
    throw notOurs();
  }
}
