package dev.crmroi.cli;

/** How a command prints its result: a readable table, or machine output. */
enum OutputFormat {
  table,
  json,
  csv
}
