// Formatters built once per process (and once per browser tab): `toLocaleString` with a locale
// builds a new ICU formatter on every call, ~15–60 µs each, which a table of figures repeats
// hundreds of times per render.

const counts = new Intl.NumberFormat("en");

/** A count with thousands separators: 12345 → "12,345". */
export function formatCount(value: number): string {
  return counts.format(value);
}
