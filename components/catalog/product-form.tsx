"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { saveProductAction } from "@/app/(app)/catalog/actions";
import { applyActionResult } from "@/components/forms/apply-action-result";
import { StaleBanner } from "@/components/forms/stale-banner";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { nullableDecimal, nullableNumber, requiredNumber } from "@/components/forms/number-options";
import { TextField } from "@/components/forms/text-field";
import { useSaving } from "@/components/forms/use-saving";
import { SubmitButton } from "@/components/forms/submit-button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input";
import type { ListingCondition } from "@/lib/catalog/catalog-visibility";
import { missingAfterPublishingWithEdits } from "@/lib/catalog/publish-gaps";
import { productFieldNames } from "@/lib/catalog/product-field-names";
import type { ProductInput, ProductView } from "@/lib/catalog/schemas";
import { MarkdownField } from "./markdown-field";

// Asked only when saving as Published would still hide the product: the dialog (and Radix's
// alert dialog) loads then, not with the editor.
const PublishAnywayDialog = dynamic(() =>
  import("./publish-anyway-dialog").then((m) => m.PublishAnywayDialog),
);

export interface Choice {
  id: string;
  name: string;
}

const resolver = lazyZodResolver(() => import("@/lib/catalog/schemas").then((m) => m.productFieldsSchema));

const blank: ProductInput = {
  name: "",
  description: "",
  detailedDescription: "",
  overviewMarkdown: "",
  imageUrl: "",
  price: null,
  currency: "USD",
  priceSuffix: "",
  priceId: "",
  numberOfCredits: null,
  hasQuantity: false,
  order: 0,
  promoted: false,
  active: true,
  productGroupId: null,
  productStatus: "DRAFT",
  publiclyAvailable: false,
  supportMultiplePlans: false,
  colour: "",
  accessExchangeType: "GENERATE_TOKEN",
};

function toFormValues(p: ProductView): ProductInput {
  return {
    ...blank,
    ...p,
    price: p.price === null ? null : String(p.price),
    imageUrl: p.imageUrl ?? "",
    priceSuffix: p.priceSuffix ?? "",
    priceId: p.priceId ?? "",
    colour: p.colour ?? "",
    providerOrganizationId: p.providerOrganizationId,
  };
}

/**
 * Creates or edits a product, section by section, with the API's own validation. Creating a
 * product as Published, or saving a draft as Published, while customers still would not see it
 * asks first, as the Publish button does.
 */
export function ProductForm({
  product,
  groups,
  providers,
  overviewHtml = "",
  siblings = [],
  missingAfterPublishing = [],
}: {
  product?: ProductView;
  /** The saved product's overview, rendered on the server (none for a new product). */
  overviewHtml?: string;
  groups: Choice[];
  providers: Choice[] | null;
  /** The provider's other products: those a subscription to this one may change to. */
  siblings?: Choice[];
  /** The saved product's `missingAfterPublishing` (lib/catalog/visibility-summary.ts). */
  missingAfterPublishing?: ListingCondition[];
}) {
  const router = useRouter();
  const [stale, setStale] = useState(false);
  const { saving, whileSaving } = useSaving();
  /** Values held back while the publish question is open. */
  const [askPublish, setAskPublish] = useState<{ values: ProductInput; missing: ListingCondition[] }>();
  const form = useForm<ProductInput>({
    resolver,
    defaultValues: product ? toFormValues(product) : { ...blank, providerOrganizationId: providers?.[0]?.id },
  });
  const { errors, isSubmitting } = form.formState;

  const save = async (values: ProductInput) => {
    setStale(false);
    const result = await whileSaving(
      saveProductAction(
        product ? { ...values, productId: product.id, changeSequence: product.changeSequence } : values,
      ),
    );
    if (result.status === "error" && result.code === "stale_change_sequence") return setStale(true);
    const saved = applyActionResult(result, form.setError, productFieldNames);
    if (!saved) return;
    toast.success(product ? "Saved" : `${saved.name} created`);
    router.push(`/catalog/products/${saved.id}`);
    router.refresh();
  };

  const onSubmit = form.handleSubmit(async (values) => {
    // Creating a product as Published asks too: a new product has nothing saved that hides it,
    // so what the form sets (active, publicly available) decides.
    const publishing = values.productStatus === "PUBLISHED" && product?.productStatus !== "PUBLISHED";
    const missing = publishing
      ? missingAfterPublishingWithEdits(missingAfterPublishing, {
          active: values.active ?? true,
          publiclyAvailable: values.publiclyAvailable ?? false,
        })
      : [];
    if (missing.length > 0) return setAskPublish({ values, missing });
    await save(values);
  });

  const select = (
    name: "productGroupId" | "currency" | "productStatus" | "accessExchangeType" | "providerOrganizationId",
    label: string,
    options: [string, string][],
  ) => (
    <Field id={`field-${name}`} label={label} error={errors[name]?.message}>
      <select
        id={`field-${name}`}
        className={inputClass}
        {...form.register(
          name,
          name === "productGroupId" ? { setValueAs: (v: string) => v || null } : undefined,
        )}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {stale && <StaleBanner what="product" />}
      <fieldset disabled={saving} className="space-y-6">
        <Card>
          <h2 className="mb-4 font-semibold">Basics</h2>
          <div className="grid gap-4 lg:grid-cols-2">
            <TextField form={form} name="name" label="Name" />
            {select("productGroupId", "Product group", [
              ["", "No group"],
              ...groups.map((g) => [g.id, g.name] as [string, string]),
            ])}
            <TextField
              form={form}
              name="description"
              label="Short description"
              hint="At most 240 characters."
            />
            {providers &&
              !product &&
              select(
                "providerOrganizationId",
                "Provider",
                providers.map((p) => [p.id, p.name]),
              )}
            <Field
              id="field-detailedDescription"
              label="Detailed description"
              error={errors.detailedDescription?.message}
            >
              <textarea
                id="field-detailedDescription"
                rows={3}
                className={inputClass}
                {...form.register("detailedDescription")}
              />
            </Field>
            <TextField form={form} name="imageUrl" label="Image URL" type="url" />
            <TextField form={form} name="colour" label="Colour" hint="e.g. #2563eb" />
          </div>
        </Card>
        <Card>
          <h2 className="mb-4 font-semibold">Pricing</h2>
          <div className="grid gap-4 lg:grid-cols-4">
            <TextField
              form={form}
              name="price"
              label="Price"
              inputMode="decimal"
              hint="e.g. 19.99"
              options={nullableDecimal}
            />
            {select(
              "currency",
              "Currency",
              ["USD", "EUR", "GBP", "CHF", "JPY"].map((c) => [c, c]),
            )}
            <TextField form={form} name="priceSuffix" label="Price suffix" hint='e.g. "/month"' />
            <TextField form={form} name="priceId" label="Billing price id" />
            <TextField
              form={form}
              name="numberOfCredits"
              label="Credits"
              type="number"
              options={nullableNumber}
            />
            <CheckboxField form={form} name="hasQuantity" label="Sold by quantity" />
          </div>
        </Card>
        <Card>
          <h2 className="mb-4 font-semibold">Overview</h2>
          <MarkdownField form={form} name="overviewMarkdown" label="Overview" initialHtml={overviewHtml} />
        </Card>
        {siblings.length > 0 && (
          <Card>
            <h2 className="mb-1 font-semibold">Compatible products</h2>
            <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
              A subscription to this product may change to these.
            </p>
            <Controller
              control={form.control}
              name="compatibleProductIds"
              render={({ field }) => (
                <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                  {siblings.map((sibling) => {
                    const chosen = (field.value ?? []).includes(sibling.id);
                    return (
                      <label key={sibling.id} className="flex items-center gap-2 text-sm">
                        <input
                          type="checkbox"
                          className="h-4 w-4 accent-brand-600"
                          checked={chosen}
                          onChange={() =>
                            field.onChange(
                              chosen
                                ? (field.value ?? []).filter((id) => id !== sibling.id)
                                : [...(field.value ?? []), sibling.id],
                            )
                          }
                        />
                        {sibling.name}
                      </label>
                    );
                  })}
                </div>
              )}
            />
            {errors.compatibleProductIds?.message && (
              <p role="alert" className="mt-2 text-xs text-red-600">
                {errors.compatibleProductIds.message}
              </p>
            )}
          </Card>
        )}
        <Card>
          <h2 className="mb-4 font-semibold">Publishing and access</h2>
          <div className="grid gap-4 lg:grid-cols-3">
            {select("productStatus", "Status", [
              ["DRAFT", "Draft"],
              ["PUBLISHED", "Published"],
            ])}
            {select("accessExchangeType", "Access on approval", [
              ["GENERATE_TOKEN", "Generate a token"],
              ["MANUAL_EXCHANGE", "Manual exchange"],
            ])}
            <TextField form={form} name="order" label="Order" type="number" options={requiredNumber} />
            <CheckboxField
              form={form}
              name="publiclyAvailable"
              label="Publicly available"
              hint="Offered to every customer."
            />
            <CheckboxField form={form} name="promoted" label="Promoted" hint="Shown first in the catalog." />
            <CheckboxField
              form={form}
              name="active"
              label="Active"
              hint="Inactive products leave the catalog; subscriptions go on."
            />
            <CheckboxField form={form} name="supportMultiplePlans" label="Supports several plans at once" />
          </div>
        </Card>
      </fieldset>
      {/* Sticky: the form is long, and saving should never need a scroll to its end. */}
      <div className="sticky bottom-0 z-10 -mx-1 flex items-center justify-end gap-3 border-t border-zinc-200 bg-white/95 px-1 py-3 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
        {form.formState.isDirty && (
          <span className="text-sm text-zinc-700 dark:text-zinc-300">Unsaved changes</span>
        )}
        <SubmitButton disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : product ? "Save product" : "Create product"}
        </SubmitButton>
      </div>
      {askPublish && (
        <PublishAnywayDialog
          productName={product?.name ?? askPublish.values.name}
          missing={askPublish.missing}
          open
          onOpenChange={(open) => !open && setAskPublish(undefined)}
          onConfirm={() => save(askPublish.values)}
        />
      )}
    </form>
  );
}
