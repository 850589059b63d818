import { systemActor } from "@/lib/auth/actor";
import type { PlanInput } from "@/lib/catalog/plan-schemas";
import { createPlan } from "@/lib/catalog/plans";
import { createProductGroup } from "@/lib/catalog/product-groups";
import { createProduct, updateProduct } from "@/lib/catalog/product-writes";
import type { ProductInput } from "@/lib/catalog/schemas";

const month = { subscriptionPeriod: 30, reminderBeforePeriod: -1 } as const;
const year = { subscriptionPeriod: 365, reminderBeforePeriod: -1 } as const;
const trial = { terms: "trial", subscriptionPeriod: 14, reminderBeforePeriod: 3 } as const;

/** Northwind's plans, by product: trial and paid terms, one that waits for an approver. */
const plans = {
  vms: {
    trial: { name: "VM Trial", ...trial, gracePeriod: 0, appLimit: 2, namespaceLimit: 1 },
    standard: {
      name: "VM Standard",
      description: "Monthly, per VM.",
      ...month,
      gracePeriod: 7,
      appLimit: 10,
      namespaceLimit: 5,
      costPerAppUnit: 4.5,
      costPerNamespaceUnit: 1,
    },
    reserved: {
      name: "VM Reserved",
      description: "A year ahead, at a lower rate.",
      ...year,
      gracePeriod: 30,
      appLimit: 50,
      namespaceLimit: 20,
      costPerAppUnit: 3.2,
      costPerNamespaceUnit: 0.8,
    },
  },
  kubernetes: {
    trial: { name: "Kubernetes Trial", ...trial, gracePeriod: 7, appLimit: 5, namespaceLimit: 3 },
    team: {
      name: "Kubernetes Team",
      ...month,
      gracePeriod: 7,
      appLimit: 25,
      namespaceLimit: 10,
      costPerNamespaceUnit: 12,
    },
    business: {
      name: "Kubernetes Business",
      ...month,
      gracePeriod: 14,
      appLimit: 100,
      namespaceLimit: 50,
      costPerNamespaceUnit: 9.5,
    },
  },
  warehouse: {
    trial: { name: "Warehouse Trial", ...trial, gracePeriod: 7, appLimit: 1, namespaceLimit: 1 },
    standard: {
      name: "Warehouse Standard",
      ...month,
      gracePeriod: 14,
      appLimit: 5,
      namespaceLimit: 5,
      costPerAppUnit: 25,
    },
    enterprise: {
      name: "Warehouse Enterprise",
      description: "Unlimited, with a named engineer; an approver at Northwind signs it off.",
      ...year,
      gracePeriod: 30,
      approvalRequired: true,
      costPerAppUnit: 18,
    },
  },
  backup: {
    standard: { name: "Backup Standard", ...month, gracePeriod: 14, appLimit: 10, costPerAppUnit: 2 },
    archive: { name: "Backup Archive", ...year, gracePeriod: 30, appLimit: 50, costPerAppUnit: 1.5 },
  },
} satisfies Record<string, Record<string, PlanInput>>;

type Plans = typeof plans;
export type DemoCatalog = {
  products: Record<keyof Plans, string>;
  plans: { [P in keyof Plans]: Record<keyof Plans[P], string> };
};

const overview = (title: string, points: string[]) =>
  `# ${title}\n\n${points.map((p) => `- ${p}`).join("\n")}\n`;

/**
 * Northwind's demo catalog, made by the catalog domain as a platform admin would: two groups, four
 * published products (virtual machines sold by quantity; Kubernetes, which a VM subscription may
 * move to and back; a warehouse with a plan that needs approval; backups) and their trial and
 * paid plans. Answers the ids the subscriptions story needs.
 */
export async function seedCatalog(providerOrganizationId: string): Promise<DemoCatalog> {
  const actor = systemActor();
  const group = async (name: string, description: string, order: number) =>
    (await createProductGroup({ actor, input: { name, description, order, providerOrganizationId } })).id;
  const compute = await group("Compute", "Machines and clusters to run your applications.", 1);
  const data = await group("Data & storage", "Analytics and the backups behind it.", 2);
  const listed = { productStatus: "PUBLISHED", publiclyAvailable: true, providerOrganizationId } as const;
  const product = async (input: ProductInput) => createProduct({ actor, input: { ...listed, ...input } });

  const kubernetesInput: ProductInput = {
    ...listed,
    name: "Northwind Kubernetes",
    description: "Managed Kubernetes clusters with autoscaling and daily etcd backups.",
    overviewMarkdown: overview("Managed Kubernetes", [
      "Upgrades in your maintenance window",
      "Namespaces per team",
    ]),
    price: 199,
    priceSuffix: "/cluster per month",
    productGroupId: compute,
    order: 2,
  };
  const kubernetes = await product(kubernetesInput);
  const vms = await product({
    name: "Northwind VMs",
    description: "Virtual machines by the month or the year: pick how many you need.",
    overviewMarkdown: overview("Virtual machines", [
      "2–64 vCPUs",
      "Snapshots included",
      "Move to Kubernetes any time",
    ]),
    price: 39,
    priceSuffix: "/VM per month",
    hasQuantity: true,
    promoted: true,
    productGroupId: compute,
    order: 1,
    compatibleProductIds: [kubernetes.id],
  });
  // Compatibility runs one way per product: let a Kubernetes subscription move back to VMs too.
  await updateProduct({
    actor,
    id: kubernetes.id,
    input: { ...kubernetesInput, compatibleProductIds: [vms.id], changeSequence: kubernetes.changeSequence },
  });
  const warehouse = await product({
    name: "Northwind Warehouse",
    description: "A columnar data warehouse with SQL and notebooks.",
    overviewMarkdown: overview("Data warehouse", [
      "Standard SQL",
      "Notebooks for analysts",
      "Enterprise: unlimited",
    ]),
    price: 499,
    priceSuffix: "/month",
    productGroupId: data,
    order: 1,
  });
  const backup = await product({
    name: "Northwind Backup",
    description: "Encrypted backups of your machines and databases, kept in two regions.",
    overviewMarkdown: overview("Backups", ["Daily and hourly schedules", "Restores in minutes"]),
    price: 29,
    priceSuffix: "/month",
    productGroupId: data,
    order: 2,
  });

  const products = { vms: vms.id, kubernetes: kubernetes.id, warehouse: warehouse.id, backup: backup.id };
  const planIds = {} as Record<string, Record<string, string>>;
  for (const [key, productPlans] of Object.entries(plans) as [keyof Plans, Record<string, PlanInput>][]) {
    planIds[key] = {};
    for (const [planKey, input] of Object.entries(productPlans)) {
      planIds[key][planKey] = (await createPlan({ actor, productId: products[key], input })).id;
    }
  }
  return { products, plans: planIds as DemoCatalog["plans"] };
}
