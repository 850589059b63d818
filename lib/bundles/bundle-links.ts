/**
 * Where the screens show a bundle: the approver's detail in the provider's desk, the
 * customer's in the portal. Emails build absolute links from these (publicUrl), so the pages
 * must live at exactly these paths.
 */
export const approvalPath = (bundleId: string) => `/approvals/${bundleId}`;
export const customerBundlePath = (bundleId: string) => `/portal/bundles/${bundleId}`;
