// Sign-in, accepting a portal invitation, and password reset.
import { gql, saveSession } from "./gql.js";
import { h, fill, liveRegion, showError, navigate, link, features } from "./ui.js";

const AUTH_FIELDS = "token expiresAt viewer { id name role firm { name } }";

function passwordPair() {
  const password = h("input", { id: "password", type: "password", required: true, minlength: "8", autocomplete: "new-password" });
  const confirm = h("input", { id: "confirm", type: "password", required: true, autocomplete: "new-password" });
  return {
    fields: [
      h("label", { for: "password", text: "New password (at least 8 characters)" }), password,
      h("label", { for: "confirm", text: "Repeat the password" }), confirm,
    ],
    value() {
      if (password.value !== confirm.value) throw new Error("The two passwords differ.");
      return password.value;
    },
  };
}

export function signInPage(main, next, note = "") {
  document.title = "Sign in · firmflow";
  const message = liveRegion();
  const email = h("input", { id: "email", type: "email", required: true, autocomplete: "username" });
  const password = h("input", { id: "password", type: "password", required: true, autocomplete: "current-password" });
  const form = h(
    "form.card",
    {
      "aria-labelledby": "signin-title",
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          const data = await gql(
            `mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH_FIELDS} } }`,
            { email: email.value, password: password.value },
          );
          saveSession(data.login);
          navigate(next && next.startsWith("/") ? next : "/");
        } catch (error) {
          showError(message, error);
        }
      },
    },
    h("h1", { id: "signin-title", text: "Sign in" }),
    note ? h("p.muted", { text: note }) : null,
    h("label", { for: "email", text: "E-mail" }), email,
    h("label", { for: "password", text: "Password" }), password,
    h("button", { type: "submit", text: "Sign in" }),
    message,
    features().has("password-reset") ? h("p", {}, link("/forgot-password", "Forgot your password?")) : null,
  );
  fill(main, form);
}

export function acceptInvitePage(main, token) {
  document.title = "Your client portal · firmflow";
  const message = liveRegion();
  const pair = passwordPair();
  fill(
    main,
    h(
      "form.card",
      {
        "aria-labelledby": "invite-title",
        onsubmit: async (event) => {
          event.preventDefault();
          try {
            const data = await gql(
              `mutation Accept($token: String!, $password: String!) { acceptPortalInvite(token: $token, password: $password) { ${AUTH_FIELDS} } }`,
              { token, password: pair.value() },
            );
            saveSession(data.acceptPortalInvite);
            navigate("/portal");
          } catch (error) {
            showError(message, error);
          }
        },
      },
      h("h1", { id: "invite-title", text: "Welcome to your client portal" }),
      h("p", { text: "Choose a password. You will sign in with your e-mail address and this password." }),
      pair.fields,
      h("button", { type: "submit", text: "Set my password and open the portal" }),
      message,
    ),
  );
}

export function forgotPasswordPage(main) {
  document.title = "Forgot password · firmflow";
  if (!features().has("password-reset")) return notAvailable(main);
  const message = liveRegion();
  const email = h("input", { id: "email", type: "email", required: true, autocomplete: "username" });
  fill(
    main,
    h(
      "form.card",
      {
        "aria-labelledby": "forgot-title",
        onsubmit: async (event) => {
          event.preventDefault();
          try {
            await gql("mutation Forgot($email: String!) { requestPasswordReset(email: $email) }", { email: email.value });
            message.className = "ok";
            message.textContent = "If this address has an account, an e-mail with a link to set a new password is on its way.";
          } catch (error) {
            showError(message, error);
          }
        },
      },
      h("h1", { id: "forgot-title", text: "Forgot your password?" }),
      h("label", { for: "email", text: "E-mail" }), email,
      h("button", { type: "submit", text: "E-mail me a link" }),
      message,
    ),
  );
}

export function resetPasswordPage(main, token) {
  document.title = "New password · firmflow";
  if (!features().has("password-reset")) return notAvailable(main);
  const message = liveRegion();
  const pair = passwordPair();
  fill(
    main,
    h(
      "form.card",
      {
        "aria-labelledby": "reset-title",
        onsubmit: async (event) => {
          event.preventDefault();
          try {
            const data = await gql(
              `mutation Reset($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { ${AUTH_FIELDS} } }`,
              { token, password: pair.value() },
            );
            saveSession(data.resetPassword);
            navigate("/");
          } catch (error) {
            showError(message, error);
          }
        },
      },
      h("h1", { id: "reset-title", text: "Set a new password" }),
      pair.fields,
      h("button", { type: "submit", text: "Save the new password" }),
      message,
    ),
  );
}

function notAvailable(main) {
  fill(main, h("h1", { text: "Password reset" }), h("p", { text: "This server does not offer password reset yet. Ask your firm." }));
}
