// Money arithmetic and formatting, free of zod so that the browser's tables can format prices
// without loading it; the input schemas for currencies and amounts are in money-schemas.ts.

// One formatter per currency for the process (or the tab): building one costs ~20 µs, and a
// table formats every row's price. Intl accepts only three-letter codes, whatever their case, so
// keyed by the upper-case code the map stays bounded.
const currencyFormats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string): Intl.NumberFormat {
  const code = currency.toUpperCase();
  let format = currencyFormats.get(code);
  if (!format) {
    format = new Intl.NumberFormat("en", { style: "currency", currency: code });
    currencyFormats.set(code, format);
  }
  return format;
}

/** Digits after the decimal point of a currency (2 for USD, 0 for JPY), from the platform's ICU data. */
export function minorDigits(currency: string): number {
  return currencyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

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

export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return currencyFormat(currency).format(fromMinorUnits(minor, digits));
}
