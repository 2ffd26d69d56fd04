// Staff: the dashboard (a pipeline's board with client-facing statuses, client task lists,
// client requests, Inbox+), all live; and one request's answers.
import { gql, subscribe, download } from "./gql.js";
import { h, fill, when, statusBadge, liveRegion, debounce, guarded, link, features } from "./ui.js";
import { answerText } from "./request.js";

const BOARD = `query Board($pipelineId: ID!) {
  kanban(pipelineId: $pipelineId) {
    stage { id name }
    cards { job { id name clientAccount { name } clientFacing { visible jobName status { name } } } }
  }
}`;
const THREADS = `query Threads { threads(taskFilter: WITH_TASKS) { id subject clientAccount { name } completedTaskCount totalTaskCount } }`;
const REQUESTS = `query Requests { clientRequests { id title status access clientAccount { name } } }`;
const INBOX = `query Inbox { inbox(first: 20) { unreadCount edges { node { id at kind read summary clientAccount { name } request { id } } } } }`;

function progress(done, total) {
  return `${done} of ${total} tasks done`;
}

export function staffDashboard(main) {
  document.title = "Dashboard · firmflow";
  const message = liveRegion();
  const picker = h("select", { id: "pipeline" });
  const board = h("div.board", { id: "board", "aria-live": "polite" });
  const threads = h("ul.plain.feed", { id: "task-lists" });
  const requests = h("tbody", { id: "requests" });
  const inbox = h("ul.plain.feed", { id: "inbox" });
  const unread = h("span", { id: "unread" });
  const portals = h("ul.plain.feed", { id: "portals" });
  fill(
    main,
    h("h1", { text: "Dashboard" }),
    message,
    h(
      "div.grid",
      {},
      h(
        "div",
        {},
        h(
          "section.panel",
          { "aria-labelledby": "board-title" },
          h("h2", { id: "board-title", text: "Pipeline board" }),
          h("label", { for: "pipeline", text: "Pipeline" }),
          picker,
          board,
        ),
        h(
          "section.panel",
          { "aria-labelledby": "tasks-title" },
          h("h2", { id: "tasks-title", text: "Client task lists" }),
          threads,
        ),
        h(
          "section.panel",
          { "aria-labelledby": "requests-title" },
          h("h2", { id: "requests-title", text: "Client requests" }),
          h("table", {}, h("thead", {}, h("tr", {}, h("th", { text: "Request" }), h("th", { text: "Client" }), h("th", { text: "Status" }))), requests),
        ),
      ),
      h(
        "div",
        {},
        h(
          "section.panel",
          { "aria-labelledby": "inbox-title" },
          h("h2", { id: "inbox-title" }, "Inbox+ ", unread),
          h("button", { type: "button", text: "Mark all as read", onclick: () => markAllRead() }),
          inbox,
        ),
        h(
          "section.panel",
          { "aria-labelledby": "portals-title" },
          h("h2", { id: "portals-title", text: "Client portals" }),
          portals,
        ),
      ),
    ),
  );

  let inboxIds = [];
  async function loadBoard() {
    if (!picker.value) return;
    const data = await guarded(message, () => gql(BOARD, { pipelineId: picker.value }));
    if (!data) return;
    fill(
      board,
      data.kanban.map((column) =>
        h(
          "section.column",
          { "aria-label": `Stage ${column.stage.name}` },
          h("h3", { text: `${column.stage.name} (${column.cards.length})` }),
          h(
            "ul",
            {},
            column.cards.map(({ job }) =>
              h(
                "li.job",
                { "data-job": job.id },
                h("div", { text: job.name }),
                h("div.client", { text: job.clientAccount.name }),
                job.clientFacing.visible && job.clientFacing.status
                  ? statusBadge(`Client sees: ${job.clientFacing.status.name}`)
                  : statusBadge("Hidden from the client", "hidden"),
              ),
            ),
          ),
        ),
      ),
    );
  }
  async function loadThreads() {
    const data = await guarded(message, () => gql(THREADS));
    if (!data) return;
    fill(
      threads,
      data.threads.map((t) =>
        h(
          "li",
          { "data-thread": t.id },
          h("strong", { text: t.subject }),
          " · ",
          t.clientAccount.name,
          h("div.progress", { text: progress(t.completedTaskCount, t.totalTaskCount) }),
        ),
      ),
    );
  }
  async function loadRequests() {
    const data = await guarded(message, () => gql(REQUESTS));
    if (!data) return;
    fill(
      requests,
      data.clientRequests.map((r) =>
        h(
          "tr",
          { "data-request": r.id },
          h("td", {}, link(`/requests/${r.id}`, r.title)),
          h("td", { text: `${r.clientAccount.name}${r.access === "THIRD_PARTY" ? " (third party)" : ""}` }),
          h("td", {}, statusBadge(r.status, r.status)),
        ),
      ),
    );
  }
  function notificationItem(n) {
    return h(
      `li${n.read ? "" : ".unread"}`,
      { "data-notification": n.id },
      n.request ? h("div", {}, link(`/requests/${n.request.id}`, n.summary)) : h("div", { text: n.summary }),
      h("div.small", {}, n.clientAccount.name, " · ", when(n.at)),
    );
  }
  async function loadInbox() {
    const data = await guarded(message, () => gql(INBOX));
    if (!data) return;
    inboxIds = data.inbox.edges.map((e) => e.node.id);
    unread.textContent = `(${data.inbox.unreadCount} unread)`;
    fill(inbox, data.inbox.edges.map((e) => notificationItem(e.node)));
  }
  async function markAllRead() {
    if (inboxIds.length) await guarded(message, () => gql("mutation Read($ids: [ID!]!) { markNotificationsRead(ids: $ids) }", { ids: inboxIds }));
    await loadInbox();
  }

  async function loadPortals() {
    const data = await guarded(message, () => gql("query { clientAccounts { id name } }"));
    if (!data) return;
    fill(portals, data.clientAccounts.map((a) => h("li", {}, link(`/preview/${a.id}`, `Preview the portal of ${a.name}`))));
  }
  async function start() {
    const data = await guarded(message, () => gql("query { pipelines { id name } }"));
    if (!data) return;
    fill(picker, data.pipelines.map((p) => h("option", { value: p.id, text: p.name })));
    await Promise.all([loadBoard(), loadThreads(), loadRequests(), loadInbox(), loadPortals()]);
  }
  picker.addEventListener("change", loadBoard);
  start();

  const reloadBoard = debounce(loadBoard);
  const reloadThreads = debounce(loadThreads);
  const reloadRequests = debounce(loadRequests);
  const reloadInbox = debounce(loadInbox);
  const stops = [
    subscribe("subscription { jobStatusEvents { seq jobId } }", {}, reloadBoard, { onConnected: reloadBoard }),
    subscribe(
      "subscription { clientTaskEvents { seq threadId completedTaskCount totalTaskCount } }",
      {},
      ({ clientTaskEvents: e }) => {
        const row = threads.querySelector(`[data-thread="${CSS.escape(e.threadId)}"] .progress`);
        if (row) row.textContent = progress(e.completedTaskCount, e.totalTaskCount);
        else reloadThreads();
        reloadBoard(); // a last task may have moved a job on (auto-advance)
      },
      { onConnected: reloadThreads },
    ),
    subscribe("subscription { requestEvents { seq requestId status } }", {}, reloadRequests, { onConnected: reloadRequests }),
    subscribe("subscription { inboxNotifications { id } }", {}, reloadInbox, { onConnected: reloadInbox }),
  ];
  return () => stops.forEach((stop) => stop());
}

const REQUEST = `query Request($id: ID!) {
  clientRequest(id: $id) {
    id title status access sentAt submittedAt recipients clientAccount { name }
    questions { id position kind prompt required options }
    answers { questionId text choices files { id filename size url } }
  }
}`;

export function staffRequestPage(main, id) {
  const message = liveRegion();
  const body = h("div");
  fill(main, body, message);
  async function load() {
    const data = await guarded(message, () => gql(REQUEST, { id }));
    if (!data) return;
    const r = data.clientRequest;
    if (!r) {
      fill(body, h("h1", { text: "Request not found" }));
      return;
    }
    document.title = `${r.title} · firmflow`;
    const answers = new Map(r.answers.map((a) => [a.questionId, a]));
    fill(
      body,
      h("p", {}, link("/board", "← Dashboard")),
      h("h1", { text: r.title }),
      h("p", {}, r.clientAccount.name, " · ", statusBadge(r.status, r.status), r.submittedAt ? [" · submitted ", when(r.submittedAt)] : null),
      h(
        "section.panel",
        { "aria-label": "Answers" },
        h(
          "table",
          {},
          h("thead", {}, h("tr", {}, h("th", { text: "Question" }), h("th", { text: "Answer" }))),
          h(
            "tbody",
            {},
            r.questions.map((q) => {
              const a = answers.get(q.id);
              return h(
                "tr",
                {},
                h("td", { text: q.prompt }),
                h(
                  "td",
                  {},
                  a ? answerText(a) : h("span.muted", { text: "no answer" }),
                  a && a.files
                    ? a.files.map((f) =>
                        h("div", {}, h("button.link", { type: "button", text: `${f.filename} (${f.size} bytes)`, onclick: () => download(f.url, f.filename) })),
                      )
                    : null,
                ),
              );
            }),
          ),
        ),
      ),
    );
  }
  load();
  const stop = subscribe("subscription Req($id: ID) { requestEvents(requestId: $id) { seq status } }", { id }, debounce(load), { onConnected: debounce(load) });
  return stop;
}

const PREVIEW = `query Preview($id: ID!) { portalPreview(clientAccountId: $id) { jobId jobName status description updatedAt } clientAccount(id: $id) { name } }`;
const PORTAL_VIEW = `query View($id: ID!) {
  portalView(clientAccountId: $id) {
    workInProgress { jobId jobName status description updatedAt }
    threads { id subject completedTaskCount totalTaskCount tasks { id title completed } }
    requests { id title status }
  }
  clientAccount(id: $id) { name }
}`;

/** Read-only: the portal exactly as the account's portal users see it. */
export function portalPreviewPage(main, id) {
  const message = liveRegion();
  const body = h("div");
  fill(main, h("p", {}, link("/board", "← Dashboard")), body, message);
  const full = features().has("portal-view");
  async function load() {
    const data = await guarded(message, () => gql(full ? PORTAL_VIEW : PREVIEW, { id }));
    if (!data) return;
    const name = data.clientAccount ? data.clientAccount.name : "";
    document.title = `Portal of ${name} · firmflow`;
    const wip = full ? data.portalView.workInProgress : data.portalPreview;
    fill(
      body,
      h("h1", { text: `The portal of ${name}, as they see it` }),
      h(
        "section.panel",
        { "aria-labelledby": "wip-title" },
        h("h2", { id: "wip-title", text: "Work in progress" }),
        h(
          "ul.plain.feed",
          { id: "wip" },
          wip.length
            ? wip.map((item) =>
                h("li", {}, h("strong", { text: item.jobName }), " ", statusBadge(item.status), item.description ? h("div", { text: item.description }) : null),
              )
            : h("li.muted", { text: "Nothing in progress." }),
        ),
      ),
      full
        ? [
            h(
              "section.panel",
              { "aria-labelledby": "chats-title" },
              h("h2", { id: "chats-title", text: "Chats & tasks" }),
              h(
                "ul.plain.feed",
                {},
                data.portalView.threads.map((t) =>
                  h("li", {}, h("strong", { text: t.subject }), h("div.small", { text: `${t.completedTaskCount} of ${t.totalTaskCount} tasks done` })),
                ),
              ),
            ),
            h(
              "section.panel",
              { "aria-labelledby": "req-title" },
              h("h2", { id: "req-title", text: "Requests" }),
              h("ul.plain.feed", {}, data.portalView.requests.map((r) => h("li", {}, r.title, " ", statusBadge(r.status, r.status)))),
            ),
          ]
        : null,
    );
  }
  load();
  const reload = debounce(load);
  const stops = [
    subscribe("subscription P($id: ID) { jobStatusEvents(clientAccountId: $id) { seq } }", { id }, reload, { onConnected: reload }),
    subscribe("subscription T($id: ID) { clientTaskEvents(clientAccountId: $id) { seq } }", { id }, reload),
  ];
  return () => stops.forEach((stop) => stop());
}
