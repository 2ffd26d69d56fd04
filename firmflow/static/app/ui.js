// Small DOM helpers shared by the pages: no framework, text always set as text (never HTML).
import { ApiError, clearSession } from "./gql.js";

/** h("tag.class", {attr: value, onclick: fn}, ...children) builds an element. */
export function h(spec, props = {}, ...children) {
  const [tag, ...classes] = spec.split(".");
  const el = document.createElement(tag);
  if (classes.length) el.className = classes.join(" ");
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "text") el.textContent = value;
    else if (key === "class") el.className = value;
    else if (key in el && typeof value !== "string") el[key] = value;
    else el.setAttribute(key, value === true ? "" : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * Replace an element's content. A live update must not take the keyboard away: if the
 * focus was inside, it goes back to the new element with the same id.
 */
export function fill(el, ...children) {
  const focused = el.contains(document.activeElement) && document.activeElement.id;
  el.replaceChildren();
  append(el, children);
  if (focused) {
    const again = document.getElementById(focused);
    if (again) again.focus();
  }
  return el;
}

export function when(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  return h("time", { datetime: iso, text: d.toLocaleString() });
}

export function statusBadge(text, extra = "") {
  return h(`span.status${extra ? "." + extra : ""}`, { text });
}

/** A polite live region for "Saved", "Submitted" and errors. */
export function liveRegion(cls = "small") {
  return h(`p.${cls}`, { role: "status", "aria-live": "polite" });
}

export function showError(region, error) {
  region.className = "error";
  region.setAttribute("role", "alert");
  region.textContent = error instanceof ApiError ? error.message : String(error.message || error);
}

/** Calls fn at most once per `ms`, after the last call (live events come in bursts). */
export function debounce(fn, ms = 150) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** Runs a page's loader; an expired sign-in sends the person back to sign in. */
export async function guarded(region, work) {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError && error.code === "UNAUTHENTICATED") {
      clearSession();
      navigate(`/?next=${encodeURIComponent(location.pathname + location.search)}`);
      return undefined;
    }
    showError(region, error);
    return undefined;
  }
}

export function navigate(url) {
  history.pushState(null, "", url);
  window.dispatchEvent(new Event("firmflow:navigate"));
}

export function link(href, text) {
  return h("a", { href, text, "data-link": "" });
}

export function features() {
  return new Set((document.body.dataset.features || "").split(" ").filter(Boolean));
}
