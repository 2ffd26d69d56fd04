// A client request's questionnaire, for a portal user (by id) and for a third party (by
// the e-mailed link's token, no sign-up). Answers save as they are given (autosave); files
// upload at once; Submit checks the required questions on the server.
import { gql, upload, subscribe, download } from "./gql.js";
import { h, fill, liveRegion, showError, statusBadge, debounce, guarded, link } from "./ui.js";

const FIELDS = `title status questions { id position kind prompt required options }
  answers { questionId text choices files { id filename size url } }`;
const OPEN = new Set(["PENDING", "IN_PROGRESS"]);

export function answerText(answer) {
  if (answer.choices && answer.choices.length) return answer.choices.join(", ");
  return answer.text || "";
}

export function portalRequestPage(main, id) {
  return questionnaire(main, {
    load: async () => (await gql(`query R($id: ID!) { clientRequest(id: $id) { ${FIELDS} } }`, { id })).clientRequest,
    who: { requestId: id },
    back: link("/portal", "← My portal"),
    subscribe: (onEvent) => subscribe("subscription R($id: ID) { requestEvents(requestId: $id) { seq status } }", { id }, onEvent),
  });
}

export function sharedRequestPage(main, token) {
  return questionnaire(main, {
    load: async () => (await gql(`query S($token: String!) { sharedRequest(token: $token) { firmName ${FIELDS} } }`, { token })).sharedRequest,
    who: { token },
    back: null,
    subscribe: (onEvent) => subscribe("subscription { requestEvents { seq status } }", {}, onEvent, { requestToken: token }),
    fileUrl: (f) => `${f.url}?token=${encodeURIComponent(token)}`,
  });
}

function questionnaire(main, { load, who, back, subscribe: listen, fileUrl }) {
  const message = liveRegion();
  const saved = liveRegion("saved small");
  const body = h("div");
  fill(main, back ? h("p", {}, back) : null, body, message);
  let request = null;
  // The status line tells the outcome of the newest save or upload: an older autosave that
  // finishes later must not overwrite "Uploaded …" (or a newer error) with its own message.
  let newest = 0;
  const status = (ticket, text) => {
    if (ticket === newest) saved.textContent = text;
  };

  async function save(questionId, answer) {
    const ticket = ++newest;
    saved.className = "saved small";
    saved.textContent = "Saving…";
    try {
      await gql(
        `mutation Save($requestId: ID, $token: String, $answers: [AnswerInput!]!) {
          saveRequestAnswers(requestId: $requestId, token: $token, answers: $answers) { questionId }
        }`,
        { ...who, answers: [{ questionId, ...answer }] },
      );
      status(ticket, "All answers saved.");
    } catch (error) {
      showError(saved, error);
    }
  }

  function questionField(q, answer, editable) {
    const id = `q-${q.id}`;
    const prompt = `${q.prompt}${q.required ? " (required)" : ""}`;
    const text = answer ? answer.text || "" : "";
    const choices = new Set(answer && answer.choices ? answer.choices : []);
    const later = debounce((value) => save(q.id, value), 500);
    const disabled = !editable;
    if (["SHORT_TEXT", "LONG_TEXT", "DATE", "NUMBER"].includes(q.kind)) {
      const attrs = { id, name: id, value: text, disabled, required: q.required, oninput: (e) => later({ text: e.target.value }) };
      const input =
        q.kind === "LONG_TEXT"
          ? h("textarea", attrs)
          : h("input", { ...attrs, type: q.kind === "DATE" ? "date" : "text", inputmode: q.kind === "NUMBER" ? "decimal" : null });
      return h("div.question", { "data-question": q.id }, h("label", { for: id, text: prompt }), input);
    }
    if (["SINGLE_CHOICE", "MULTIPLE_CHOICE", "YES_NO"].includes(q.kind)) {
      const multiple = q.kind === "MULTIPLE_CHOICE";
      const options = q.kind === "YES_NO" ? ["yes", "no"] : q.options;
      const group = h("fieldset", { "data-question": q.id }, h("legend", { text: prompt }));
      options.forEach((option, i) => {
        const optionId = `${id}-${i}`;
        const checked = q.kind === "YES_NO" ? text === option : choices.has(option);
        group.append(
          h("input", {
            type: multiple ? "checkbox" : "radio",
            name: id,
            id: optionId,
            value: option,
            checked,
            disabled,
            onchange: () => {
              const picked = [...group.querySelectorAll("input:checked")].map((el) => el.value);
              later(q.kind === "YES_NO" ? { text: picked[0] || "" } : { choices: picked });
            },
          }),
          h("label", { for: optionId, text: q.kind === "YES_NO" ? (option === "yes" ? "Yes" : "No") : option }),
        );
      });
      return group;
    }
    // FILE_UPLOAD: each chosen file is uploaded at once (multipart, with the CSRF header).
    const list = h(
      "ul.plain.question-files",
      {},
      (answer && answer.files ? answer.files : []).map((f) => fileItem(f)),
    );
    const picker = h("input", {
      type: "file",
      id,
      disabled,
      onchange: async () => {
        const file = picker.files[0];
        if (!file) return;
        const ticket = ++newest;
        saved.textContent = `Uploading ${file.name}…`;
        try {
          const data = await upload(
            `mutation Up($requestId: ID, $token: String, $questionId: ID!, $file: Upload!) {
              uploadRequestFile(requestId: $requestId, token: $token, questionId: $questionId, file: $file) { id filename size url }
            }`,
            { ...who, questionId: q.id },
            "file",
            file,
          );
          list.append(fileItem(data.uploadRequestFile));
          picker.value = "";
          status(ticket, `Uploaded ${file.name}.`);
        } catch (error) {
          showError(saved, error);
        }
      },
    });
    return h("div.question", { "data-question": q.id }, h("label", { for: id, text: prompt }), picker, list);
  }

  function fileItem(f) {
    const url = fileUrl ? fileUrl(f) : f.url;
    return h("li", {}, h("button.link", { type: "button", text: `${f.filename} (${f.size} bytes)`, onclick: () => download(url, f.filename) }));
  }

  async function render() {
    request = await guarded(message, load);
    if (!request) {
      if (!message.textContent) fill(body, h("h1", { text: "Request not found" }));
      return;
    }
    document.title = `${request.title} · firmflow`;
    const editable = OPEN.has(request.status);
    const answers = new Map(request.answers.map((a) => [a.questionId, a]));
    const submit = h("button", { type: "submit", text: "Submit answers", disabled: !editable });
    fill(
      body,
      h("h1", { text: request.title }),
      h("p", {}, request.firmName ? `${request.firmName} asks you a few questions. ` : "", "Status: ", h("span.request-status", {}, statusBadge(request.status, request.status))),
      editable ? h("p.muted", { text: "Your answers are saved as you type; you can come back and finish later." }) : null,
      request.status === "SUBMITTED" ? h("p.ok", { role: "status", text: "Submitted. Thank you!" }) : null,
      h(
        "form",
        {
          onsubmit: async (event) => {
            event.preventDefault();
            submit.disabled = true;
            try {
              await gql(
                "mutation Submit($requestId: ID, $token: String) { submitClientRequest(requestId: $requestId, token: $token) }",
                who,
              );
              await render();
            } catch (error) {
              submit.disabled = false;
              showError(message, error);
            }
          },
        },
        [...request.questions].sort((a, b) => a.position - b.position).map((q) => questionField(q, answers.get(q.id), editable)),
        saved,
        editable ? submit : null,
      ),
    );
  }
  render();
  // The status changes live: answering starts (IN_PROGRESS: only the badge changes, so
  // nobody loses their cursor), or another tab submits, or the firm cancels (re-render).
  return listen((data) => {
    const status = data.requestEvents.status;
    if (!request || status === request.status) return;
    if (OPEN.has(status)) {
      request.status = status;
      const badge = body.querySelector(".request-status");
      if (badge) fill(badge, statusBadge(status, status));
    } else {
      render();
    }
  });
}
