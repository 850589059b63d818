import {
  listApiKeysOperation,
  createApiKeyOperation,
  revokeApiKeyOperation,
} from "@/lib/api-keys/operations";
import { listAuditEventsOperation } from "@/lib/audit/operations";
import { whoAmIOperation } from "@/lib/auth/operations";
import { healthOperation } from "@/lib/health/operations";
import * as catalog from "@/lib/catalog/operations";
import type { Operation } from "@/lib/http/operation";
import * as subscriptions from "@/lib/subscriptions/operations";
import * as astra from "@/lib/subscriptions/astra/operations";
import * as masStack from "@/lib/subscriptions/masstack/operations";
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
  listProductGroups: catalog.listProductGroupsOperation,
  createProductGroup: catalog.createProductGroupOperation,
  getProductGroup: catalog.getProductGroupOperation,
  updateProductGroup: catalog.updateProductGroupOperation,
  deleteProductGroup: catalog.deleteProductGroupOperation,
  listProducts: catalog.listProductsOperation,
  createProduct: catalog.createProductOperation,
  getProduct: catalog.getProductOperation,
  updateProduct: catalog.updateProductOperation,
  deleteProduct: catalog.deleteProductOperation,
  archiveProduct: catalog.archiveProductOperation,
  getProductImage: catalog.getProductImageOperation,
  setProductImage: catalog.setProductImageOperation,
  listPlans: catalog.listPlansOperation,
  createPlan: catalog.createPlanOperation,
  getPlan: catalog.getPlanOperation,
  updatePlan: catalog.updatePlanOperation,
  deletePlan: catalog.deletePlanOperation,
  listPlanVersions: catalog.planVersionsOperation,
  listSlaDefinitions: catalog.slaDefinitionOperations.list,
  createSlaDefinition: catalog.slaDefinitionOperations.create,
  getSlaDefinition: catalog.slaDefinitionOperations.get,
  updateSlaDefinition: catalog.slaDefinitionOperations.update,
  deleteSlaDefinition: catalog.slaDefinitionOperations.remove,
  listPricingRules: catalog.pricingRuleOperations.list,
  createPricingRule: catalog.pricingRuleOperations.create,
  getPricingRule: catalog.pricingRuleOperations.get,
  updatePricingRule: catalog.pricingRuleOperations.update,
  deletePricingRule: catalog.pricingRuleOperations.remove,
  listProductSubscriptions: subscriptions.listProductSubscriptionsOperation,
  createProductSubscription: subscriptions.createProductSubscriptionOperation,
  getProductSubscription: subscriptions.getProductSubscriptionOperation,
  updateProductSubscription: subscriptions.updateProductSubscriptionOperation,
  deleteProductSubscription: subscriptions.deleteProductSubscriptionOperation,
  listAstraSubscriptions: astra.listAstraSubscriptionsOperation,
  createAstraSubscription: astra.createAstraSubscriptionOperation,
  getAstraSubscription: astra.getAstraSubscriptionOperation,
  replaceAstraSubscription: astra.replaceAstraSubscriptionOperation,
  deleteAstraSubscription: astra.deleteAstraSubscriptionOperation,
  getSubscriptionProduct: masStack.getSubscriptionProductOperation,
  changeSubscriptionProduct: masStack.changeSubscriptionProductOperation,
};
