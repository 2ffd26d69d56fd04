// The official GraphQL-over-HTTP audit (graphql-http's serverAudits) against a server.
// usage: node graphql_http_audit.mjs <url>; AUTHORIZATION (optional) is sent with every
// request. Prints one JSON line: [{id, name, status, reason}] for every audit.
import { createRequire } from "node:module";

const require = createRequire(`${process.env.NODE_MODULES_DIR}/`);
const { serverAudits } = require("graphql-http");

const url = process.argv[2];
const authorization = process.env.AUTHORIZATION;
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  if (authorization) headers.set("authorization", authorization);
  return fetch(input, { ...init, headers });
};

const results = [];
for (const audit of serverAudits({ url, fetchFn })) {
  const result = await audit.fn();
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null });
}
console.log(JSON.stringify(results));
