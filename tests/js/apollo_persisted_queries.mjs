// Apollo Client's persisted-queries link (createPersistedQueryLink, SHA-256 from node's
// crypto) against firmflow. usage: node apollo_persisted_queries.mjs '<config JSON>' with
// {query, token, clients: [{url, get, accept}]}: each client is a fresh ApolloClient (its
// own link, no hash cache) that runs `query` once. Prints one JSON line: per client, every
// HTTP request its link sent (method, whether it carried the document, the hash, the
// status, the error codes answered) and the data it got.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";

const require = createRequire(`${process.env.NODE_MODULES_DIR}/`);
const { ApolloClient, HttpLink, InMemoryCache, gql } = require("@apollo/client/core");
const { createPersistedQueryLink } = require("@apollo/client/link/persisted-queries");

const config = JSON.parse(process.argv[2]);
const sha256 = (text) => createHash("sha256").update(text).digest("hex");

async function runClient({ url, get = false, accept = null }) {
  const requests = [];
  const recordingFetch = async (input, init) => {
    const sent = init.method === "GET" ? Object.fromEntries(new URL(input).searchParams) : JSON.parse(init.body);
    const extensions = typeof sent.extensions === "string" ? JSON.parse(sent.extensions) : sent.extensions;
    const response = await fetch(input, init);
    const answer = await response.clone().json();
    requests.push({
      method: init.method,
      sentQuery: typeof sent.query === "string" && sent.query.length > 0,
      hash: extensions?.persistedQuery?.sha256Hash ?? null,
      status: response.status,
      contentType: response.headers.get("content-type"),
      codes: (answer.errors ?? []).map((error) => error.extensions?.code ?? null),
    });
    return response;
  };
  const headers = { authorization: `Bearer ${config.token}` };
  if (accept) headers.accept = accept;
  const link = createPersistedQueryLink({ sha256, useGETForHashedQueries: get }).concat(
    new HttpLink({ uri: url, fetch: recordingFetch, headers }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  try {
    const result = await client.query({ query: gql(config.query), fetchPolicy: "no-cache" });
    return { url, requests, data: result.data, error: null };
  } catch (error) {
    return { url, requests, data: null, error: String(error) };
  }
}

const results = [];
for (const client of config.clients) results.push(await runClient(client));
console.log(JSON.stringify(results));
