import { z } from "zod";

/** Digits after the decimal point of a currency (2 for USD, 0 for JPY), from the platform's ICU data. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { message: "must be an ISO 4217 code such as USD", abort: true })
  .refine((code) => {
    try {
      minorDigits(code);
      return true;
    } catch {
      return false;
    }
  }, "is not a known currency");

/**
 * A decimal amount → integer minor units, exactly: the digits are read as text, never
 * multiplied as a float (19.99 × 100 is 1998.9999999999998 in binary floating point).
 * Undefined when the amount is not a plain non-negative decimal with at most `digits` decimals.
 */
export function toMinorUnits(amount: number | string, digits: number): number | undefined {
  const text = typeof amount === "number" ? String(amount) : amount.trim();
  const match = /^(\d{1,13})(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return undefined;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

/** Integer minor units → the decimal amount as a number (1999 → 19.99), for JSON. */
export function fromMinorUnits(minor: number, digits: number): number {
  return Number(`${Math.trunc(minor / 10 ** digits)}.${String(minor % 10 ** digits).padStart(digits, "0")}`);
}

/**
 * A price as clients send it: a JSON number or a decimal string, 0 up to 12 integer digits.
 * The bound keeps even a 3-decimal currency's minor units exact in a double (below 2^53);
 * the currency's own number of decimals is checked where the currency is known.
 */
const maxAmount = 999_999_999_999.999;
export const amountSchema = z.union(
  [
    z.number().min(0, "must be 0 or more").max(maxAmount, `must be at most ${maxAmount}`),
    z
      .string()
      .max(20, "must be a decimal amount such as 19.99")
      .check((ctx) => {
        if (/^\s*\d{1,12}(\.\d{1,3})?\s*$/.test(ctx.value)) return;
        // A decimal comma (19,99 from a European keyboard or spreadsheet) gets its own answer.
        const comma = /^\s*\d{1,12},\d{1,3}\s*$/.test(ctx.value);
        ctx.issues.push({
          code: "invalid_format",
          format: "regex",
          input: ctx.value,
          // Not an abort: the union then reports this branch's message instead of its own.
          continue: true,
          message: comma
            ? "use a dot for decimals: 19.99, not 19,99"
            : "must be a decimal amount such as 19.99",
        });
      }),
  ],
  { error: "must be a decimal amount" },
);

export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat("en", { style: "currency", currency }).format(fromMinorUnits(minor, digits));
}
