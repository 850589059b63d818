/**
 * The product key domain: Revenium's product keys, which a customer's software presents to use
 * a provider's products. Every function takes `{ actor, … }`, validates with the zod schema
 * named beside it (product-key-schemas.ts), asks the commercial policy (a key is a commercial
 * record: {subscriber: owner organization, provider}), and writes in one transaction with an
 * audit event. A `changeSequence` in the input is compared first (stale → 409). Strangers get
 * 404, readers without the right 403. Plaintext secrets exist only in a create's or rotation's
 * answer: the database keeps SHA-256 hashes and 12-character prefixes (key-format.ts).
 *
 * - Reads: getProductKey (a ProductKeyView: the row + products, organization names, secrets'
 *   prefixes, status), listProductKeys (filters organization/provider/product/status/tag, q = a
 *   prefix or owner email start; keyset `cursor`), productKeyConditions (the same filters as SQL),
 *   productKeyUsage (per day, from product_key_usage, which verify writes).
 * - Writes: createProductKey (answers the key once), updateProductKey, deleteProductKey,
 *   rotateProductKey (the old secret works until its grace ends), disableProductKey /
 *   enableProductKey, revokeProductKey (final).
 * - For other domains, inside their transaction: issueProductKey (create's body; `withSecret:
 *   false` for a key revealed later) and addProductKeySecret.
 * - Status: productKeyStatus(row, now) and its SQL twin productKeyStatusSql(now).
 * - Forms import their schemas from product-key-schemas.ts itself: this index is server-only.
 */
import "server-only";
export { addProductKeySecret } from "./add-product-key-secret";
export { createProductKey } from "./create-product-key";
export { deleteProductKey } from "./delete-product-key";
export { disableProductKey, enableProductKey } from "./disable-enable-product-key";
export { setProductKeysStatus } from "./bulk-key-status";
export { issueProductKey } from "./issue-product-key";
export { countProductKeys, productKeyListFacts } from "./list-facts";
export { keyRecord, loadProductKey } from "./load-product-key";
export * from "./product-key-schemas";
export { productKeyUsage, type ProductKeyUsageDay } from "./product-key-usage";
export { productKeyStatus, productKeyStatusSql } from "./product-key-status";
export { presentProductKeys, type ProductKeySecretView, type ProductKeyView } from "./present-product-keys";
export { getProductKey, listProductKeys, productKeyConditions } from "./read-product-keys";
export { revokeProductKey } from "./revoke-product-key";
export { rotateProductKey } from "./rotate-product-key";
export { updateProductKey } from "./update-product-key";
