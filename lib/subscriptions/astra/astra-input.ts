import type { z } from "zod";
import { isAppError, type InvalidField } from "@/lib/errors";
import { invalidFieldsFrom } from "@/lib/validation";
import { AstraProblemError } from "./astra-problems";
import type { CreateAstraSubscription, ReplaceAstraSubscription } from "./astra-schemas";

/** A body that does not fit the resource's schema: problem 8, naming every bad field. */
export function parseAstraBody<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AstraProblemError(8, invalidFieldsFrom(result.error));
  return result.data;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
// Codes ISO 3166-1 leaves to users (AA, QM–QZ, XA–XZ, ZZ) or reserves for unions (EU, EZ, UN).
const notACountry = /^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/;

/** Whether a two-letter code is an assigned ISO 3166-1 country (the ICU region names know them). */
export const isCountryCode = (code: string) => !notACountry.test(code) && regionNames.of(code) !== code;

/** What a schema cannot say (problem 9): the country must exist. */
export function checkAstraBody(body: CreateAstraSubscription | ReplaceAstraSubscription): void {
  const country = body.paymentAddress?.addressCountry;
  if (country && !isCountryCode(country)) {
    throw new AstraProblemError(9, [
      { name: "paymentAddress.addressCountry", reason: `${country} is not an ISO 3166 alpha-2 country code` },
    ]);
  }
}

const unset = (value: string | null | undefined) => (value ? value : null);
/** Sent: its value ("" and null clear it); absent: undefined, which keeps what is stored. */
const ifSent = (value: string | null | undefined) => (value === undefined ? undefined : unset(value));

/**
 * Astra's fields → the domain's. The readable ones are always given (absent means not set: a
 * full replace); the write-only billing name and address, and the labels, only when sent.
 */
export function domainDetails(body: CreateAstraSubscription | ReplaceAstraSubscription) {
  return {
    customerProfileId: unset(body.customerProfileID),
    paymentProfileId: unset(body.paymentProfileID),
    paymentExpiry: unset(body.paymentExpiry),
    purchaseOrderNumber: unset(body.purchaseOrderNumber),
    licenseSn: unset(body.licenseSN),
    marketplace: body.marketplace ?? null,
    paymentFirstName: ifSent(body.paymentFirstName),
    paymentLastName: ifSent(body.paymentLastName),
    paymentAddress: body.paymentAddress === undefined ? undefined : (body.paymentAddress ?? null),
    labels: body.metadata?.labels,
  };
}

const astraNames: Record<string, string> = {
  customerProfileId: "customerProfileID",
  paymentProfileId: "paymentProfileID",
  licenseSn: "licenseSN",
  labels: "metadata.labels",
  planId: "terms",
  productId: "terms",
  when: "status",
  effectiveOn: "status",
};

const renamed = (fields: InvalidField[]) =>
  fields.map(({ name, reason }) => {
    const [head, ...rest] = name.split(".");
    return { name: [astraNames[head!] ?? head, ...rest].join("."), reason };
  });

/**
 * Runs a domain call for one of the resource's fields, answering its refusals in Astra's terms:
 * the fields it names renamed to Astra's, and a refusal that names none pinned on `field`
 * (a 409 from the lifecycle becomes problem 10 about `status`, say).
 */
export async function forField<T>(field: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isAppError(error) || error instanceof AstraProblemError) throw error;
    const problem = error.code === "invalid_input" ? 9 : error.code === "conflict" ? 10 : null;
    if (!problem) throw error;
    const fields = error.invalidFields.length
      ? renamed(error.invalidFields)
      : [{ name: field, reason: error.message }];
    throw new AstraProblemError(problem, fields);
  }
}
