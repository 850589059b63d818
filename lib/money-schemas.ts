import { z } from "zod";
import { minorDigits } from "./money";

/** A currency as clients send it: an ISO 4217 code the platform's ICU data knows. */
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
