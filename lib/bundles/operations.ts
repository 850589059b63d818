import { z } from "zod";
import { defineOperation } from "@/lib/http/operation";
import { uuid } from "@/lib/input/identifiers";
import { springPageSchema } from "@/lib/http/spring-page";
import {
  accessStatusSchema,
  bulkDecisionSchema,
  createBundleSchema,
  decidePlansSchema,
  manualExchangeSchema,
  planIdsSchema,
  searchBundlesSchema,
  transitionNoteSchema,
  updateBundleSchema,
} from "./bundle-schemas";
import { bundleViewSchema } from "./bundle-view-schema";
import { organizationHeaderSchema } from "./organization-header";
import { wallisProblems } from "./wallis-problems";

const tag = "Bundles (wallis marketplace)";
const bundleParams = z.object({ bundleId: uuid() });
const accessParams = z.object({ bundleId: uuid(), accessId: uuid() });
const common = {
  tag,
  headers: organizationHeaderSchema,
  problemDialect: wallisProblems,
} as const;
const note =
  "Errors are wallis' {message, timestamp, traceId, type}: 400 for invalid input, an element not found or a resource " +
  "conflict (an action the bundle's contractStatus does not allow names that state); 403 for a missing permission " +
  "or organization-id. A bundle of another organization answers like a missing one.";

export const searchBundlesOperation = defineOperation({
  ...common,
  method: "GET",
  path: "/api/bundles",
  summary: "Search bundles",
  description:
    "For a provider organization, the bundles that contain its products (never a customer's DRAFT); for a consumer " +
    "organization, the bundles it created. filter: field:value terms (contractStatus, organizationId, providerId) " +
    "joined by AND and OR — AND binds tighter, parentheses group — e.g. `contractStatus:REQUESTED OR " +
    "contractStatus:IN_PROGRESS`. q: case-insensitive contains over the bundle's name and description, the provider's " +
    "name and the products' names. sort: `name asc` (default), `createdAt desc`; fields name, createdAt, updatedAt, " +
    `requestedOn, contractStatus. page is 0-based. ${note}`,
  query: searchBundlesSchema,
  result: springPageSchema(bundleViewSchema),
});

export const createBundleOperation = defineOperation({
  ...common,
  method: "POST",
  path: "/api/bundles",
  summary: "Create a bundle (draft)",
  description:
    "Drafts a bundle for the organization in organization-id with one provider: name providerOrganizationId or the " +
    "products and plans wanted (all of one provider's listed products). contactId: a contact of the organization; " +
    `absent, its default contact. Nothing is requested until the bundle is submitted. ${note}`,
  body: createBundleSchema,
  result: bundleViewSchema,
  status: 201,
});

export const getBundleOperation = defineOperation({
  ...common,
  method: "GET",
  path: "/api/bundles/{bundleId}",
  summary: "Get a bundle",
  description: `The bundle with its products, plans (subscriptions), decision history and accesses. ${note}`,
  params: bundleParams,
  result: bundleViewSchema,
});

export const updateBundleOperation = defineOperation({
  ...common,
  method: "PUT",
  path: "/api/bundles/{bundleId}",
  summary: "Update a bundle",
  description:
    "The customer changes the fields it sends; the others stay. After the bundle is requested, business-case texts wait " +
    `in pendingText until the next decision. changeSequence, when sent, must be the one last read. ${note}`,
  params: bundleParams,
  body: updateBundleSchema,
  result: bundleViewSchema,
});

export const addBundlePlansOperation = defineOperation({
  ...common,
  method: "POST",
  path: "/api/bundles/{bundleId}/subscriptions",
  summary: "Create subscription (add plans to a bundle)",
  description:
    "Adds product plans to a bundle. Each must exist, be a plan of the bundle's provider's listed products, valid now " +
    "and not deleted (otherwise 400, element not found); a plan already in the bundle is a 400 conflict. In a draft the " +
    "plans wait for the submit; in a requested or decided bundle they are requested at once and the provider's " +
    `approvers are emailed. ${note}`,
  params: bundleParams,
  body: planIdsSchema,
  result: bundleViewSchema,
});

export const updateAccessStatusOperation = defineOperation({
  ...common,
  method: "PUT",
  path: "/api/bundles/{bundleId}/access-status",
  summary: "Update bundle access status",
  description: `The provider allows (access: true) or blocks access to its site, with an accessNote of at most 1000 characters. ${note}`,
  params: bundleParams,
  body: accessStatusSchema,
  result: bundleViewSchema,
});

const transition = (path: string, summary: string, description: string) =>
  defineOperation({
    ...common,
    method: "POST",
    path: `/api/bundles/{bundleId}/${path}`,
    summary,
    description: `${description} ${note}`,
    params: bundleParams,
    body: transitionNoteSchema,
    result: bundleViewSchema,
  });

export const submitBundleOperation = transition(
  "submit",
  "Submit a bundle",
  "The customer sends its DRAFT to the provider: the bundle and its plans become REQUESTED and the provider's approvers are emailed. Every product needs a plan.",
);
export const startProcessingOperation = transition(
  "processing",
  "Start processing a request",
  "An approver of the provider takes a REQUESTED bundle into processing (IN_PROGRESS).",
);
export const requestTerminationOperation = transition(
  "termination-request",
  "Request termination",
  "Either side asks to end an APPROVED bundle: it goes IN_TERMINATION, its accesses DEACTIVATION_REQUESTED.",
);
export const terminateBundleOperation = transition(
  "termination",
  "Terminate a bundle",
  "The provider ends an APPROVED or IN_TERMINATION bundle: TERMINATED, its subscriptions end now, its accesses go INACTIVE.",
);

export const decidePlansOperation = defineOperation({
  ...common,
  method: "POST",
  path: "/api/bundles/{bundleId}/decisions",
  summary: "Decide a request's plans",
  description:
    "An approver (owner, admin or approver of the provider) approves or rejects plans of a REQUESTED or IN_PROGRESS " +
    "bundle; a rejection needs a note, which the customer reads. The bundle's contractStatus follows from its plans. " +
    "Approved plans become subscriptions at the requested version's terms, and their products get access (a product " +
    "key, or a hand-off to record). Nobody decides a request of their own organization (403). Of two approvers " +
    `deciding at once, one wins and the other gets a conflict. ${note}`,
  params: bundleParams,
  body: decidePlansSchema,
  result: bundleViewSchema,
});

export const decideBundlesOperation = defineOperation({
  ...common,
  method: "POST",
  path: "/api/bundles/decisions",
  summary: "Decide requests in bulk",
  description:
    "Approves or rejects every open plan of each bundle named, one bundle at a time: the answer says per bundle whether " +
    `it was decided (and its new contractStatus) or why not. ${note}`,
  body: bulkDecisionSchema,
  result: z.array(
    z.object({
      bundleId: z.uuid(),
      ok: z.boolean(),
      contractStatus: z.string().optional(),
      message: z.string().optional(),
    }),
  ),
});

export const revealAccessKeyOperation = defineOperation({
  ...common,
  method: "POST",
  path: "/api/bundles/{bundleId}/accesses/{accessId}/secret",
  summary: "Reveal an access key's secret (once)",
  description:
    "The customer gets the secret of the product key a GENERATE_TOKEN access issued. It is shown once and never stored: " +
    `a second call answers 400 (conflict). An idempotent replay does not repeat the secret. ${note}`,
  params: accessParams,
  result: z.object({ accessId: z.uuid(), productKeyId: z.uuid(), key: z.string(), prefix: z.string() }),
  storedResult: (result) => ({ ...(result as object), key: null }),
});

export const recordManualExchangeOperation = defineOperation({
  ...common,
  method: "POST",
  path: "/api/bundles/{bundleId}/accesses/{accessId}/manual-exchange",
  summary: "Record a manual access hand-off",
  description: `An approver records how access to a MANUAL_EXCHANGE product was handed over; the access goes ACTIVE. ${note}`,
  params: accessParams,
  body: manualExchangeSchema.pick({ note: true }),
  result: bundleViewSchema,
});
