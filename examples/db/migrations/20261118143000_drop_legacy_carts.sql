-- Remove the cart tables of the old checkout, and the coupon column nobody reads any more.
BEGIN;

-- prodguard-ignore destructive-sql/drop-table -- emptied and archived to S3 in OPS-2291; no reader since 2026-09
DROP TABLE legacy_cart_items;

DROP TABLE legacy_carts;

ALTER TABLE orders DROP COLUMN coupon_code;

COMMIT;
