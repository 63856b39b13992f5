-- Orders and their lines. Safe: creates only.
CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint      NOT NULL,
    status      text        NOT NULL DEFAULT 'pending',
    coupon_code text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE order_lines (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  bigint  NOT NULL REFERENCES orders (id),
    sku       text    NOT NULL,
    quantity  integer NOT NULL CHECK (quantity > 0)
);

CREATE INDEX CONCURRENTLY order_lines_order_id_idx ON order_lines (order_id);

-- Comments and strings that mention DROP TABLE are not statements.
COMMENT ON TABLE orders IS 'never DROP TABLE this one';
