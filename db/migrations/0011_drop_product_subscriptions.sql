-- Its rows moved into "subscriptions" in 0010_subscriptions.
DROP TABLE "product_subscriptions" CASCADE;