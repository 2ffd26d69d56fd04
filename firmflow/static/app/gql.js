// The web client's only link to firmflow: GraphQL over HTTP (JSON, and multipart for file
// uploads) and graphql-transport-ws subscriptions on the same /graphql endpoint, with the
// stock graphql-ws client (vendored, see ../VENDORED.md).
import { createClient } from "../vendor/graphql-ws/client.mjs";

const ENDPOINT = "/graphql";
const SESSION_KEY = "firmflow.session";

/** A GraphQL error the API answered, with its extensions.code (the contract's ErrorCode). */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code || "ERROR";
  }
}

export function session() {
  try {
    return JSON.parse(localStorage.getItem(SESSION_KEY) || "null");
  } catch {
    return null;
  }
}

export function saveSession(auth) {
  localStorage.setItem(
    SESSION_KEY,
    JSON.stringify({
      token: auth.token,
      name: auth.viewer.name,
      role: auth.viewer.role,
      firm: auth.viewer.firm ? auth.viewer.firm.name : "",
    }),
  );
}

export function clearSession() {
  localStorage.removeItem(SESSION_KEY);
  closeSockets();
}

function authHeaders() {
  const s = session();
  return s ? { Authorization: `Bearer ${s.token}` } : {};
}

function unwrap(body) {
  if (body.errors && body.errors.length) {
    const first = body.errors[0];
    throw new ApiError(first.message, first.extensions && first.extensions.code);
  }
  return body.data;
}

/** Run a query or mutation; resolves to `data`, rejects with an ApiError. */
export async function gql(query, variables = {}) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json", ...authHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status}.`, "ERROR");
  }
  return unwrap(body);
}

/**
 * Upload one file (GraphQL multipart request spec). `fileVariable` names the Upload
 * variable. The Apollo-Require-Preflight header is firmflow's CSRF guard for multipart.
 */
export async function upload(query, variables, fileVariable, file) {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query, variables: { ...variables, [fileVariable]: null } }));
  form.append("map", JSON.stringify({ 0: [`variables.${fileVariable}`] }));
  form.append("0", file, file.name);
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Apollo-Require-Preflight": "true", ...authHeaders() },
    body: form,
  });
  return unwrap(await response.json());
}

// ------------------------------------------------------------------ subscriptions

const sockets = new Map();

function socketFor(connectionParams) {
  const key = JSON.stringify(connectionParams);
  if (!sockets.has(key)) {
    const listeners = new Set();
    const entry = { listeners, active: 0 };
    const client = createClient({
      url: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${ENDPOINT}`,
      connectionParams,
      lazy: true,
      retryAttempts: 1000,
      shouldRetry: () => true,
      on: {
        connected: () => {
          showLive("connected");
          listeners.forEach((fn) => fn());
        },
        // graphql-ws closes an idle lazy socket on purpose: only open subscriptions reconnect.
        closed: () => showLive(entry.active > 0 ? "reconnecting" : "off"),
      },
    });
    entry.client = client;
    sockets.set(key, entry);
  }
  return sockets.get(key);
}

/** The page says whether live updates flow (body[data-live] and the #live indicator). */
function showLive(state) {
  document.body.dataset.live = state;
  const el = document.getElementById("live");
  if (el) el.textContent = { connected: "Live", reconnecting: "Reconnecting…" }[state] || "";
}

function closeSockets() {
  for (const { client } of sockets.values()) client.dispose();
  sockets.clear();
  showLive("off");
}

/**
 * Subscribe with the signed-in viewer's token (or `{ requestToken }` for a third party).
 * `onEvent(data)` gets each event; `onConnected()` runs on every (re)connection, where a
 * page reloads what it shows, so nothing missed while disconnected stays missing.
 * Returns a function that ends the subscription.
 */
export function subscribe(query, variables, onEvent, { onConnected, requestToken } = {}) {
  const s = session();
  const params = requestToken ? { requestToken } : { authorization: s ? `Bearer ${s.token}` : "" };
  const socket = socketFor(params);
  if (onConnected) socket.listeners.add(onConnected);
  socket.active += 1;
  const stop = socket.client.subscribe(
    { query, variables },
    {
      next: (result) => (result.data ? onEvent(result.data) : undefined),
      error: (error) => console.warn("subscription ended", error),
      complete: () => undefined,
    },
  );
  return () => {
    if (onConnected) socket.listeners.delete(onConnected);
    socket.active -= 1;
    stop();
  };
}

/** Download a file the viewer may read (the token goes in a header, not in the URL). */
export async function download(url, filename) {
  const response = await fetch(url, { headers: authHeaders() });
  if (!response.ok) throw new ApiError("The file could not be downloaded.", "NOT_FOUND");
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
