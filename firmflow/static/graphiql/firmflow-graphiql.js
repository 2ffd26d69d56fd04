// firmflow's GraphiQL set-up: queries and mutations over HTTP, subscriptions over the
// same /graphql endpoint's websocket (graphql-transport-ws). The Headers tab is sent with
// every HTTP request and, for subscriptions, as the websocket's connection_init payload, so
// {"Authorization": "Bearer <token>"} (or {"requestToken": "<link token>"}) works for both.
(function () {
  "use strict";

  // One operation: with several, GraphiQL's run button becomes a menu of operations.
  const DEFAULT_QUERY = `# firmflow GraphiQL. Sign in first:
#
#   mutation { login(email: "owner@demo.firmflow.test",
#                    password: "demo-password") { token } }
#
# then put the token into the Headers tab below:
#   {"Authorization": "Bearer <token>"}
# Subscriptions (e.g. clientTaskEvents) use the same headers
# over the websocket.

query me {
  viewer { id name email role firm { name } }
}
`;

  const httpUrl = window.location.origin + "/graphql";
  const wsUrl = httpUrl.replace(/^http/, "ws");

  // One websocket client per distinct Headers content: changing the token opens a socket
  // authenticated with the new one.
  const wsClients = new Map();
  function wsClientFor(headers) {
    const key = JSON.stringify(headers || {});
    if (!wsClients.has(key)) {
      wsClients.set(
        key,
        graphqlWs.createClient({ url: wsUrl, connectionParams: headers || {}, lazy: true }),
      );
    }
    return wsClients.get(key);
  }

  function fetcher(params, options) {
    const headers = (options && options.headers) || {};
    return GraphiQL.createFetcher({ url: httpUrl, wsClient: wsClientFor(headers) })(
      params,
      options,
    );
  }

  const root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: DEFAULT_QUERY,
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
      inputValueDeprecation: true,
    }),
  );
})();
