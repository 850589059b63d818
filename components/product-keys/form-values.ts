/**
 * Register options turning what a form's boxes hold into the payload's types, so the one zod
 * schema validates the form exactly as it validates the API: lists typed one per line or
 * comma-separated, days as epoch milliseconds (UTC midnight, like every date the domain keeps),
 * and optional numbers. An empty box is "not sent".
 */
export const listOfText = {
  setValueAs: (value: unknown) =>
    typeof value === "string"
      ? value
          .split(/[\n,]/)
          .map((item) => item.trim())
          .filter(Boolean)
      : value,
};

export const dayAsMillis = {
  setValueAs: (value: unknown) =>
    typeof value === "string" && value !== "" ? Date.parse(`${value}T00:00:00Z`) : undefined,
};

export const optionalNumber = {
  setValueAs: (value: unknown) => (value === "" || value === null ? undefined : Number(value)),
};
