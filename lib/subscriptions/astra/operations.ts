import { z } from "zod";
import { defineOperation } from "@/lib/http/operation";
import { uuid } from "@/lib/input/identifiers";
import { astraProblems } from "./astra-problems";
import {
  astraListQuerySchema,
  astraMediaTypes,
  astraSubscriptionListSchema,
  astraSubscriptionSchema,
  createAstraSubscriptionSchema,
  replaceAstraSubscriptionSchema,
} from "./astra-schemas";

const tag = "Astra account subscriptions";
const collection = "/api/accounts/{account_id}/core/v1/subscriptions";
const account_id = uuid().describe(
  "The account: an organization's id. An organization's key reaches its own only.",
);
const collectionParams = z.object({ account_id });
const itemParams = z.object({ account_id, subscription_id: uuid() });

export const collectionProblems = astraProblems({ input: "query", notFound: "collection" });
const createProblems = astraProblems({ input: "body", notFound: "collection" });
export const itemProblems = astraProblems({ input: "body", notFound: "resource" });

const common =
  "NetApp Astra Control's subscription API. An account subscription subscribes the organization to the platform's " +
  "account product, on its trial or paid plan. Errors are Astra's problems (see AstraProblem); another " +
  "organization's account or subscription answers 404 exactly like a missing one.";

export const listAstraSubscriptionsOperation = defineOperation({
  method: "GET",
  path: collection,
  tag,
  summary: "List an account's subscriptions",
  description:
    `${common} Ended (deleted) subscriptions are listed too, as inactive. Oldest first unless orderBy says ` +
    "otherwise, then by id. filter and orderBy take: id, customerProfileID, paymentProfileID, paymentExpiry, " +
    "purchaseOrderNumber, marketplace, licenseSN, terms, status, appLimit, namespaceLimit, subscriptionPeriod, " +
    "gracePeriod, reminderBeforePeriod, onboardStatus, costPerAppUnit, costPerNamespaceUnit (dollars), " +
    "metadata.creationTimestamp, metadata.modificationTimestamp, metadata.createdBy, metadata.modifiedBy. " +
    "Any other parameter is problem 6.",
  params: collectionParams,
  query: astraListQuerySchema,
  result: astraSubscriptionListSchema,
  problemDialect: collectionProblems,
});

export const createAstraSubscriptionOperation = defineOperation({
  method: "POST",
  path: collection,
  tag,
  summary: "Create an account subscription",
  description:
    `${common} terms picks the plan (trial: 30 days, 15 days of grace, reminders 7 days ahead; paid: unlimited, ` +
    "billed per application and namespace, 30 days of grace after cancelling — as the plans stand today). " +
    "Read-only fields sent along (id, status, limits, costs, metadata timestamps…) are ignored. An account has at " +
    "most one subscription that has not ended: a second answers 409 (problem 10); convert a trial with PUT.",
  params: collectionParams,
  body: createAstraSubscriptionSchema,
  bodyMediaTypes: astraMediaTypes,
  result: astraSubscriptionSchema,
  status: 201,
  problemDialect: createProblems,
});

export const getAstraSubscriptionOperation = defineOperation({
  method: "GET",
  path: `${collection}/{subscription_id}`,
  tag,
  summary: "Get an account subscription",
  description: `${common} An ended (deleted) subscription still answers, as inactive.`,
  params: itemParams,
  result: astraSubscriptionSchema,
  problemDialect: itemProblems,
});

export const replaceAstraSubscriptionOperation = defineOperation({
  method: "PUT",
  path: `${collection}/{subscription_id}`,
  tag,
  summary: "Replace an account subscription",
  description:
    `${common} A full replace, answering 204. terms trial → paid converts the subscription (paid → trial is ` +
    'problem 10). status "inactive" cancels it now: into its grace period when its terms give one (paid), else it ' +
    'ends; "active" reactivates one in its grace period or resumes a paused one. customerProfileID, ' +
    'paymentProfileID, paymentExpiry, purchaseOrderNumber, licenseSN and marketplace are replaced (absent or "" ' +
    "clears them); paymentFirstName, paymentLastName, paymentAddress, metadata.labels, terms, status and " +
    "onboardStatus are kept when absent. An ended subscription cannot change (problem 10).",
  params: itemParams,
  body: replaceAstraSubscriptionSchema,
  bodyMediaTypes: astraMediaTypes,
  status: 204,
  problemDialect: itemProblems,
});

export const deleteAstraSubscriptionOperation = defineOperation({
  method: "DELETE",
  path: `${collection}/{subscription_id}`,
  tag,
  summary: "Delete an account subscription",
  description:
    `${common} Ends the subscription now, without a grace period; its record and history are kept and it reads ` +
    "as inactive. Deleting an ended one again answers 204 and changes nothing.",
  params: itemParams,
  status: 204,
  problemDialect: itemProblems,
});
