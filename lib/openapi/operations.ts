import {
  listApiKeysOperation,
  createApiKeyOperation,
  revokeApiKeyOperation,
} from "@/lib/api-keys/operations";
import { listAuditEventsOperation } from "@/lib/audit/operations";
import { whoAmIOperation } from "@/lib/auth/operations";
import { healthOperation } from "@/lib/health/operations";
import type { Operation } from "@/lib/http/operation";
import {
  closeOrganizationOperation,
  createOrganizationOperation,
  getOrganizationImageOperation,
  getOrganizationOperation,
  listMembersOperation,
  listOrganizationsOperation,
  organizationImageOperation,
  updateOrganizationOperation,
} from "@/lib/organizations/operations";
import { signUpOperation } from "@/lib/signup/operations";
import { createUserOperation, getUserOperation, updateUserOperation } from "@/lib/users/operations";

/** Every documented operation, keyed by its OpenAPI operationId. */
export const operations: Record<string, Operation> = {
  health: healthOperation,
  whoAmI: whoAmIOperation,
  listApiKeys: listApiKeysOperation,
  createApiKey: createApiKeyOperation,
  revokeApiKey: revokeApiKeyOperation,
  createUser: createUserOperation,
  getUser: getUserOperation,
  updateUser: updateUserOperation,
  listAuditEvents: listAuditEventsOperation,
  listOrganizations: listOrganizationsOperation,
  createOrganization: createOrganizationOperation,
  getOrganization: getOrganizationOperation,
  updateOrganization: updateOrganizationOperation,
  closeOrganization: closeOrganizationOperation,
  listMembers: listMembersOperation,
  getOrganizationImage: getOrganizationImageOperation,
  setOrganizationImage: organizationImageOperation,
  signUp: signUpOperation,
};
