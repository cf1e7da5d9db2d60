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

Options:
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 output written, 1 unusable input, 2 bad usage.
`;
