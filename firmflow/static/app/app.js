// firmflow's reference web client: a router over a handful of pages. Each page renders into
// <main> and returns a function that stops its live subscriptions when the page is left.
import { session, clearSession, gql } from "./gql.js";
import { h, fill, link, navigate } from "./ui.js";
import { signInPage, acceptInvitePage, resetPasswordPage, forgotPasswordPage } from "./account.js";
import { staffDashboard, staffRequestPage, portalPreviewPage } from "./staff.js";
import { portalHome, portalThreadPage } from "./portal.js";
import { portalRequestPage, sharedRequestPage } from "./request.js";

const main = document.getElementById("main");
const nav = document.getElementById("nav");
let leavePage = () => undefined;

const STAFF_ROLES = new Set(["OWNER", "ADMIN", "EMPLOYEE"]);

function renderNav() {
  const s = session();
  if (!s) {
    fill(nav, link("/", "Sign in"));
    return;
  }
  const links = STAFF_ROLES.has(s.role) ? [link("/board", "Dashboard")] : [link("/portal", "My portal")];
  const signOut = h("button.link", {
    type: "button",
    text: "Sign out",
    onclick: async () => {
      try {
        await gql("mutation { logout }");
      } catch {
        /* the token may have expired already */
      }
      clearSession();
      navigate("/");
    },
  });
  fill(nav, links, h("span.who", { text: `${s.name} · ${s.firm}` }), signOut);
}

/** Which page a path shows; `null` needs a sign-in first. */
function pageFor(path, params) {
  const s = session();
  const staff = s && STAFF_ROLES.has(s.role);
  const client = s && s.role === "CLIENT";
  let m;
  if (path === "/shared-request") return () => sharedRequestPage(main, params.get("token") || "");
  if (path === "/portal/invite") return () => acceptInvitePage(main, params.get("token") || "");
  if (path === "/reset-password") return () => resetPasswordPage(main, params.get("token") || "");
  if (path === "/forgot-password") return () => forgotPasswordPage(main);
  if (path === "/" || path === "/sign-in") {
    if (staff) return () => staffDashboard(main);
    if (client) return () => portalHome(main);
    return () => signInPage(main, params.get("next"));
  }
  if (path === "/board") return staff ? () => staffDashboard(main) : null;
  if ((m = path.match(/^\/requests\/([^/]+)$/))) return staff ? () => staffRequestPage(main, m[1]) : null;
  if ((m = path.match(/^\/preview\/([^/]+)$/))) return staff ? () => portalPreviewPage(main, m[1]) : null;
  if (path === "/portal") return client ? () => portalHome(main) : null;
  if ((m = path.match(/^\/portal\/threads\/([^/]+)$/))) return client ? () => portalThreadPage(main, m[1]) : null;
  if ((m = path.match(/^\/portal\/requests\/([^/]+)$/))) return client ? () => portalRequestPage(main, m[1]) : null;
  return () => {
    document.title = "Not found · firmflow";
    fill(main, h("h1", { text: "Page not found" }), h("p", {}, link("/", "Go to the start page")));
  };
}

function route() {
  leavePage();
  leavePage = () => undefined;
  renderNav();
  const params = new URLSearchParams(location.search);
  let page = pageFor(location.pathname, params);
  if (page === null) {
    // Signed out (or signed in as someone who cannot open this page): sign in, then return.
    const next = location.pathname + location.search;
    page = () => signInPage(main, next, session() ? "This page is for another kind of account." : "");
  }
  const leave = page();
  if (typeof leave === "function") leavePage = leave;
  main.focus({ preventScroll: true });
}

document.addEventListener("click", (event) => {
  const a = event.target.closest("a[data-link]");
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(a.getAttribute("href"));
});
window.addEventListener("popstate", route);
window.addEventListener("firmflow:navigate", route);
route();
