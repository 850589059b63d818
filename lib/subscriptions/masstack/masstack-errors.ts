import { errorCatalogue } from "@/lib/errors";
import { problemBodyResponse, type ProblemRenderer } from "@/lib/http/problem";

/**
 * MasStack's `ErrorMessage`: snake_case like the rest of its API, the HTTP status as `code`,
 * a fixed `message` per status (the catalogue's title) and the `description` of what went
 * wrong. Sent as application/problem+json like every other Subdesk error, so clients and
 * proxies that key on the media type keep working.
 */
const renderMasStackError: ProblemRenderer = (error, correlationId) =>
  problemBodyResponse(
    {
      code: error.status,
      message: errorCatalogue[error.code].title,
      description: error.message,
      correlation_id: correlationId,
      ...(error.invalidFields.length ? { invalid_fields: error.invalidFields } : {}),
    },
    error,
    correlationId,
  );

const errorMessageSchema = {
  type: "object",
  required: ["code", "message", "description"],
  description:
    "MasStack's ErrorMessage. 400: bad `query` JSON, an unknown include, a bad body or a target product that is " +
    "not among the current product's compatibilities; 404: an unknown organization, subscription or product (and " +
    "one the key may not see); 405: another method.",
  properties: {
    code: { type: "integer", description: "The HTTP status, e.g. 404" },
    message: { type: "string", description: "A fixed text per kind of error, e.g. Not found" },
    description: { type: "string", description: "What exactly went wrong" },
    correlation_id: { type: "string", description: "Quote it when reporting a problem" },
    invalid_fields: {
      type: "array",
      items: {
        type: "object",
        required: ["name", "reason"],
        properties: { name: { type: "string" }, reason: { type: "string" } },
      },
    },
  },
};

/** MasStack routes' problem dialect, for their operations and their 405 answers. */
export const masStackErrors = {
  render: renderMasStackError,
  schemaName: "ErrorMessage",
  schema: errorMessageSchema,
};
