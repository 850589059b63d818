/** Register options for number inputs: an empty box is null, anything else a number (NaN fails validation). */
export const nullableNumber = {
  setValueAs: (value: unknown) => (value === "" || value === null ? null : Number(value)),
};

export const requiredNumber = { setValueAs: (value: unknown) => (value === "" ? undefined : Number(value)) };

/** Register options for an optional decimal amount typed as text: an empty box is null (no amount). */
export const nullableAmount = {
  setValueAs: (value: unknown) => (value === "" || value === null ? null : value),
};
