export const USAGE = `Usage: segmenta <command> [options]

Commands:
  rfm <orders file> [--customers <file>] [--as-of YYYY-MM-DD] [--out <file>] [--errors <file>]
      [--date-order dmy|mdy|iso] [--threads N]
      Scores every customer of an orders export (CSV in any encoding and dialect the app imports,
      JSON array or NDJSON) by RFM exactly as the spec says, and writes the canonical CSV
      (customer_id,recency_days,frequency,monetary,r,f,m,segment) to --out or standard output.
      --as-of defaults to today. A summary goes to standard error; --errors writes every rejected
      row (file, line, column, value, reason) as CSV. --date-order settles dates such as 05/06/2026
      that could be read either way.
  segments evaluate --rules <rules.json> <data files…> [--as-of YYYY-MM-DD] [--out <file>]
      [--format csv|json] [--errors <file>] [--date-order dmy|mdy|iso]
      Imports the data files (customers, orders, any export the app reads), scores them and
      evaluates the segments and schemes of the rules file, printing one line per customer:
      customer_id, its segment in each scheme (empty for everyone else), then every segment it is
      in (separated by |). Sizes and flags go to standard error. A segment whose rule cannot be
      evaluated is reported with where the problem is, and the exit code is 1.
  pack <scores.csv> --out <file.segmenta> [--as-of YYYY-MM-DD] [--device-id ID]
      Converts RFM scores computed elsewhere (the CSV of core/rfm/rfm.sql run in a warehouse:
      customer_id,recency_days,frequency,monetary,r,f,m,segment, optionally email, phone, name)
      into a sync file with scores only, which the app and the extension import. --as-of is the
      date the scores were computed for (default today).

Options:
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 output written, 1 unusable input, 2 bad usage.
`;
