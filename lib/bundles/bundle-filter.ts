import { contractStatus, type ContractStatus } from "@/db/schema/bundles";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation";

/**
 * Wallis' search `filter`: `field:value` terms joined by AND and OR, e.g.
 * `contractStatus:REQUESTED OR contractStatus:IN_PROGRESS AND organizationId:<id>`. AND binds
 * tighter than OR (as in SQL), and parentheses group: `(a OR b) AND c`. Parsed strictly —
 * an unknown field, a bad value or a dangling operator is a 400 naming `filter`, never a
 * silently wider search.
 */
export type FilterTerm =
  | { field: "contractStatus"; value: ContractStatus }
  | { field: "organizationId" | "providerId"; value: string };
export type FilterNode = FilterTerm | { op: "AND" | "OR"; nodes: FilterNode[] };

export const filterFields = ["contractStatus", "organizationId", "providerId"] as const;

const bad = (reason: string) =>
  new AppError("invalid_input", `The filter is not valid: ${reason}.`, {
    invalidFields: [{ name: "filter", reason }],
  });

function termOf(token: string): FilterTerm {
  const colon = token.indexOf(":");
  if (colon <= 0) throw bad(`"${token.slice(0, 40)}" is not field:value`);
  const field = token.slice(0, colon);
  const value = token.slice(colon + 1);
  if (field === "contractStatus") {
    if (!(contractStatus.enumValues as readonly string[]).includes(value)) {
      throw bad(`contractStatus must be one of ${contractStatus.enumValues.join(", ")}`);
    }
    return { field, value: value as ContractStatus };
  }
  if (field === "organizationId" || field === "providerId") {
    if (!isUuid(value)) throw bad(`${field} must be a UUID`);
    return { field, value: value.toLowerCase() };
  }
  throw bad(`unknown field "${field.slice(0, 40)}" (use ${filterFields.join(", ")})`);
}

export function parseBundleFilter(filter: string): FilterNode {
  const tokens = filter.match(/\(|\)|[^\s()]+/g) ?? [];
  if (tokens.length === 0) throw bad("it is empty");
  let at = 0;
  const peek = () => tokens[at];
  const isOperator = (token: string | undefined, op: string) => token?.toUpperCase() === op;

  function factor(): FilterNode {
    const token = tokens[at++];
    if (token === undefined) throw bad("it ends where a term was expected");
    if (token === "(") {
      const inner = expression();
      if (tokens[at++] !== ")") throw bad("a parenthesis is not closed");
      return inner;
    }
    if (token === ")" || isOperator(token, "AND") || isOperator(token, "OR")) {
      throw bad(`"${token}" where a term was expected`);
    }
    return termOf(token);
  }
  function chain(op: "AND" | "OR", next: () => FilterNode): FilterNode {
    const nodes = [next()];
    while (isOperator(peek(), op)) {
      at++;
      nodes.push(next());
    }
    return nodes.length === 1 ? nodes[0]! : { op, nodes };
  }
  const expression = (): FilterNode => chain("OR", () => chain("AND", factor));

  const tree = expression();
  if (at < tokens.length) throw bad(`"${tokens[at]!.slice(0, 40)}" is not AND or OR`);
  return tree;
}
