/** Register options for number inputs: an empty box is null, anything else a number (NaN fails validation). */
export const nullableNumber = {
  setValueAs: (value: unknown) => (value === "" || value === null ? null : Number(value)),
};

export const requiredNumber = { setValueAs: (value: unknown) => (value === "" ? undefined : Number(value)) };

/** A decimal typed as text (a price): an empty box is null, not given, rather than text that is no amount. */
export const nullableDecimal = { setValueAs: (value: unknown) => (value === "" ? null : value) };
