export * from "./users";
export * from "./auth-tokens";
export * from "./organizations";
export * from "./memberships";
export * from "./api-keys";
export * from "./audit-events";
export * from "./idempotency-records";
export * from "./relations";
