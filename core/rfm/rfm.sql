-- Segmenta RFM, spec v1 defaults (shared/spec/rfm.md) in DuckDB SQL: k = 5, quantile classes with
-- ties kept together, the default segment map. test/rfm/sql.test.ts checks it against the TypeScript engine.
-- Input: a table or view orders(order_id, customer_id, order_date, amount) of counted orders only
-- (no cancelled, voided or fully refunded ones); order_date TIMESTAMP or DATE as written (no time
-- zone), amount the net amount in major units (DECIMAL(18,2) keeps it exact).
-- Parameter $as_of: the as-of date ('YYYY-MM-DD'). Output: the canonical rows in canonical order
-- (VARCHAR sorts by UTF-8 bytes in DuckDB's default collation). Repeated order ids keep one row,
-- the earliest; rows repeated verbatim (what exports produce) make that choice immaterial.
WITH unique_orders AS (
  SELECT customer_id, CAST(order_date AS DATE) AS day, CAST(round(amount * 100) AS BIGINT) AS minor
  FROM orders
  QUALIFY row_number() OVER (PARTITION BY order_id ORDER BY order_date, customer_id, amount) = 1
),
per_customer AS (
  SELECT customer_id,
         CAST($as_of AS DATE) - max(day) AS recency_days,
         count(*) AS frequency,
         sum(minor) AS monetary_minor
  FROM unique_orders
  WHERE day <= CAST($as_of AS DATE)
  GROUP BY customer_id
),
ranked AS (
  SELECT *,
         count(*) OVER () AS n,
         rank() OVER (ORDER BY recency_days DESC) AS rank_r,
         rank() OVER (ORDER BY frequency) AS rank_f,
         rank() OVER (ORDER BY monetary_minor) AS rank_m
  FROM per_customer
),
classed AS (
  SELECT customer_id, recency_days, frequency, monetary_minor,
         1 + (5 * (rank_r - 1)) // n AS r,
         1 + (5 * (rank_f - 1)) // n AS f,
         1 + (5 * (rank_m - 1)) // n AS m
  FROM ranked
),
segmented AS (
  SELECT *, (f + m) // 2 AS fm FROM classed
)
SELECT customer_id,
       recency_days,
       frequency,
       CASE WHEN monetary_minor < 0 THEN '-' ELSE '' END
         || CAST(abs(monetary_minor) // 100 AS VARCHAR) || '.'
         || lpad(CAST(abs(monetary_minor) % 100 AS VARCHAR), 2, '0') AS monetary,
       r, f, m,
       CASE
         WHEN r = 5 AND fm = 1 THEN 'New Customers'
         WHEN r = 5 AND fm IN (2, 3) THEN 'Potential Loyalist'
         WHEN r = 5 THEN 'Champions'
         WHEN r = 4 AND fm = 1 THEN 'Promising'
         WHEN r = 4 AND fm IN (2, 3) THEN 'Potential Loyalist'
         WHEN r = 4 THEN 'Loyal'
         WHEN r = 3 AND fm IN (1, 2) THEN 'About To Sleep'
         WHEN r = 3 AND fm = 3 THEN 'Need Attention'
         WHEN r = 3 THEN 'Loyal'
         WHEN fm = 5 THEN 'Can''t Lose Them'
         WHEN fm IN (3, 4) THEN 'At Risk'
         WHEN r = 2 THEN 'Hibernating'
         ELSE 'Lost'
       END AS segment
FROM segmented
ORDER BY customer_id
