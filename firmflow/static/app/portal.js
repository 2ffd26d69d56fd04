// Portal users: Work in progress, Chats & tasks (tick tasks), requests; one thread with its
// messages. Everything updates live.
import { gql, subscribe } from "./gql.js";
import { h, fill, when, statusBadge, liveRegion, debounce, guarded, link, features } from "./ui.js";

const WIP = `query { workInProgress { jobId jobName status description updatedAt } }`;
const THREADS = `query { threads { id subject completedTaskCount totalTaskCount tasks { id title completed completedBy } } }`;
const REQUESTS = `query { clientRequests { id title status sentAt } }`;
const TODO = `query { clientTodo { kind since task { id title } thread { id subject } request { id title } } }`;
const INBOX = `query { inbox(first: 10) { unreadCount edges { node { id at read summary } } } }`;
const CHECK = `mutation Check($id: ID!, $done: Boolean!) { setClientTaskCompleted(taskId: $id, completed: $done) { id completed } }`;

/** A task as a labelled checkbox: Space ticks it, the label says what it is. */
function taskItem(task, message, after) {
  const box = h("input", {
    type: "checkbox",
    id: `task-${task.id}`,
    checked: task.completed,
    onchange: async () => {
      box.disabled = true;
      await guarded(message, () => gql(CHECK, { id: task.id, done: box.checked }));
      box.disabled = false;
      after();
    },
  });
  return h(
    "li",
    { "data-task": task.id },
    box,
    h("label", { for: `task-${task.id}`, text: task.title }),
    task.completed && task.completedBy ? h("span.small", { text: ` (done by ${task.completedBy})` }) : null,
  );
}

export function portalHome(main) {
  document.title = "My portal · firmflow";
  const message = liveRegion();
  const wip = h("ul.plain.feed", { id: "wip" });
  const threads = h("div", { id: "threads" });
  const requests = h("ul.plain.feed", { id: "requests" });
  const todo = features().has("client-todo") ? h("ul.plain.feed", { id: "todo" }) : null;
  const inbox = features().has("client-inbox") ? h("ul.plain.feed", { id: "inbox" }) : null;
  fill(
    main,
    h("h1", { text: "My portal" }),
    message,
    todo
      ? h("section.panel", { "aria-labelledby": "todo-title" }, h("h2", { id: "todo-title", text: "To do" }), todo)
      : null,
    h(
      "div.grid",
      {},
      h(
        "div",
        {},
        h("section.panel", { "aria-labelledby": "wip-title" }, h("h2", { id: "wip-title", text: "Work in progress" }), wip),
        h("section.panel", { "aria-labelledby": "chats-title" }, h("h2", { id: "chats-title", text: "Chats & tasks" }), threads),
      ),
      h(
        "div",
        {},
        h("section.panel", { "aria-labelledby": "req-title" }, h("h2", { id: "req-title", text: "Requests" }), requests),
        inbox
          ? h("section.panel", { "aria-labelledby": "inbox-title" }, h("h2", { id: "inbox-title", text: "Notifications" }), inbox)
          : null,
      ),
    ),
  );

  async function loadWip() {
    const data = await guarded(message, () => gql(WIP));
    if (!data) return;
    fill(
      wip,
      data.workInProgress.length
        ? data.workInProgress.map((item) =>
            h(
              "li",
              { "data-job": item.jobId },
              h("strong", { text: item.jobName }),
              " ",
              statusBadge(item.status),
              item.description ? h("div", { text: item.description }) : null,
              h("div.small", {}, "Updated ", when(item.updatedAt)),
            ),
          )
        : h("li.muted", { text: "Nothing in progress right now." }),
    );
  }
  async function loadThreads() {
    const data = await guarded(message, () => gql(THREADS));
    if (!data) return;
    fill(
      threads,
      data.threads.length
        ? data.threads.map((t) =>
            h(
              "article",
              { "data-thread": t.id, "aria-labelledby": `thread-${t.id}` },
              h("h3", { id: `thread-${t.id}` }, link(`/portal/threads/${t.id}`, t.subject)),
              t.totalTaskCount
                ? [
                    h("p.small.progress", { text: `${t.completedTaskCount} of ${t.totalTaskCount} tasks done` }),
                    h("ul.plain.tasks", {}, t.tasks.map((task) => taskItem(task, message, reloadAll))),
                  ]
                : null,
            ),
          )
        : h("p.muted", { text: "No conversations yet." }),
    );
  }
  async function loadRequests() {
    const data = await guarded(message, () => gql(REQUESTS));
    if (!data) return;
    fill(
      requests,
      data.clientRequests.length
        ? data.clientRequests.map((r) =>
            h("li", { "data-request": r.id }, link(`/portal/requests/${r.id}`, r.title), " ", statusBadge(r.status, r.status)),
          )
        : h("li.muted", { text: "No requests." }),
    );
  }
  async function loadTodo() {
    if (!todo) return;
    const data = await guarded(message, () => gql(TODO));
    if (!data) return;
    fill(
      todo,
      data.clientTodo.length
        ? data.clientTodo.map((item) =>
            h(
              "li",
              {},
              item.kind === "TASK"
                ? [link(`/portal/threads/${item.thread.id}`, item.task.title), h("span.small", { text: ` in ${item.thread.subject}` })]
                : [link(`/portal/requests/${item.request.id}`, item.request.title), h("span.small", { text: " (request)" })],
              h("div.small", {}, "since ", when(item.since)),
            ),
          )
        : h("li.muted", { text: "Nothing to do. Thank you!" }),
    );
  }
  async function loadInbox() {
    if (!inbox) return;
    const data = await guarded(message, () => gql(INBOX));
    if (!data) return;
    fill(
      inbox,
      data.inbox.edges.length
        ? data.inbox.edges.map(({ node }) =>
            h(`li${node.read ? "" : ".unread"}`, {}, h("div", { text: node.summary }), h("div.small", {}, when(node.at))),
          )
        : h("li.muted", { text: "No notifications." }),
    );
  }
  const reloadWip = debounce(loadWip);
  const reloadThreads = debounce(loadThreads);
  const reloadRequests = debounce(loadRequests);
  const reloadTodo = debounce(loadTodo);
  function reloadAll() {
    reloadThreads();
    reloadTodo();
  }
  loadWip();
  loadThreads();
  loadRequests();
  loadTodo();
  loadInbox();
  const stops = [
    subscribe("subscription { jobStatusEvents { seq jobId } }", {}, reloadWip, { onConnected: reloadWip }),
    subscribe("subscription { clientTaskEvents { seq threadId } }", {}, reloadAll, { onConnected: reloadAll }),
    subscribe("subscription { requestEvents { seq requestId status } }", {}, () => { reloadRequests(); reloadTodo(); }, { onConnected: reloadRequests }),
  ];
  if (inbox) {
    const reloadInbox = debounce(loadInbox);
    stops.push(subscribe("subscription { inboxNotifications { id } }", {}, reloadInbox, { onConnected: reloadInbox }));
  }
  return () => stops.forEach((stop) => stop());
}

const THREAD = `query Thread($id: ID!) {
  thread(id: $id) {
    id subject completedTaskCount totalTaskCount
    tasks { id title completed completedBy }
    messages { id at authorName fromClient body }
  }
}`;

export function portalThreadPage(main, id) {
  const message = liveRegion();
  const body = h("div");
  const text = h("textarea", { id: "reply", required: true });
  const form = h(
    "form",
    {
      onsubmit: async (event) => {
        event.preventDefault();
        const sent = await guarded(message, () => gql("mutation Post($id: ID!, $body: String!) { postMessage(threadId: $id, body: $body) { id } }", { id, body: text.value }));
        if (sent) {
          text.value = "";
          load();
        }
      },
    },
    h("label", { for: "reply", text: "Your message" }),
    text,
    h("button", { type: "submit", text: "Send" }),
  );
  fill(main, h("p", {}, link("/portal", "← My portal")), body, form, message);
  async function load() {
    const data = await guarded(message, () => gql(THREAD, { id }));
    if (!data) return;
    const t = data.thread;
    if (!t) {
      fill(body, h("h1", { text: "Conversation not found" }));
      return;
    }
    document.title = `${t.subject} · firmflow`;
    fill(
      body,
      h("h1", { text: t.subject }),
      t.totalTaskCount
        ? h(
            "section.panel",
            { "aria-labelledby": "tasks-title" },
            h("h2", { id: "tasks-title", text: `Tasks (${t.completedTaskCount} of ${t.totalTaskCount} done)` }),
            h("ul.plain.tasks", {}, t.tasks.map((task) => taskItem(task, message, load))),
          )
        : null,
      h(
        "section.panel",
        { "aria-labelledby": "messages-title" },
        h("h2", { id: "messages-title", text: "Messages" }),
        h(
          "ul.plain.messages",
          {},
          t.messages.map((m) => h("li", {}, h("div.small", {}, m.authorName, " · ", when(m.at)), h("div", { text: m.body }))),
        ),
      ),
    );
  }
  load();
  const reload = debounce(load);
  return subscribe("subscription T($id: ID) { clientTaskEvents(threadId: $id) { seq } }", { id }, reload, { onConnected: reload });
}
