export const USAGE = `Usage: segmenta <command> [options]

Commands:
  rfm <orders.csv> [--as-of YYYY-MM-DD]   score customers by RFM; canonical CSV on stdout

Options:
  -h, --help       show this help
  -v, --version    show the version
`;
