// ringkas web page: plain DOM, no build step. Every piece of article-derived text goes through
// textContent / createTextNode, never innerHTML, so markup inside an article shows as text.
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// ---------- article inputs ----------

let articleCount = 0;

function addArticle(text = "", outlet = "") {
  articleCount += 1;
  const node = $("article-template").content.firstElementChild.cloneNode(true);
  const n = $("articles").children.length + 1;
  node.dataset.key = String(articleCount);
  node.querySelector("legend").textContent = `Artikel ${n}`;
  const body = node.querySelector("textarea.body");
  body.id = `article-body-${articleCount}`;
  body.value = text;
  const outletInput = node.querySelector("input.outlet");
  outletInput.value = outlet;
  node.querySelector("button.remove").addEventListener("click", () => {
    node.remove();
    renumber();
    if (!$("articles").children.length) addArticle();
  });
  $("articles").append(node);
  return node;
}

function renumber() {
  [...$("articles").children].forEach((node, i) => {
    node.querySelector("legend").textContent = `Artikel ${i + 1}`;
  });
}

async function addFiles(files) {
  for (const file of files) {
    const text = await file.text();
    const empty = [...$("articles").children].find((n) => !n.querySelector("textarea").value.trim());
    const node = empty || addArticle();
    node.querySelector("textarea").value = text;
    const outlet = node.querySelector("input.outlet");
    if (!outlet.value) outlet.value = file.name.replace(/\.(txt|html?)$/i, "");
    node.dataset.html = /\.html?$/i.test(file.name) ? "1" : "";
  }
}

function collectArticles() {
  const articles = [];
  [...$("articles").children].forEach((node, i) => {
    const text = node.querySelector("textarea").value;
    if (!text.trim()) return;
    const outlet = node.querySelector("input.outlet").value.trim();
    const looksHtml = node.dataset.html === "1" || /^\s*(<!doctype html|<html[\s>])/i.test(text);
    const item = { id: `artikel-${i + 1}`, outlet };
    if (looksHtml) item.html = text;
    else item.text = text;
    articles.push(item);
  });
  return articles;
}

// ---------- talking to the API ----------

async function callApi(path, options = {}) {
  const response = await fetch(path, options);
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const message = data && data.error ? data.error.message : `HTTP ${response.status}`;
    throw new Error(message);
  }
  return data;
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

async function summarize(event) {
  event.preventDefault();
  showError("");
  const articles = collectArticles();
  if (!articles.length) {
    showError("Tempel atau unggah setidaknya satu artikel.");
    return;
  }
  const words = Number($("words").value) || 120;
  $("submit").disabled = true;
  $("status").textContent = "Meringkas…";
  try {
    const digest = await callApi("/v1/digest", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ articles, words }),
    });
    renderDigest(digest);
    $("status").textContent = `Selesai: ${digest.summary.length} kalimat, ${digest.words} kata.`;
  } catch (error) {
    $("status").textContent = "";
    showError(`Gagal meringkas: ${error.message}`);
  } finally {
    $("submit").disabled = false;
  }
}

// ---------- rendering a digest ----------

let current = null; // the digest on screen

function outletName(source) {
  return source.outlet || source.article_id;
}

function renderDigest(digest) {
  current = digest;
  $("result").hidden = false;
  $("digest-title").textContent = digest.title || "Ringkasan";
  const outlets = new Set(digest.sources.map(outletName));
  $("digest-meta").textContent =
    `${digest.words} kata · ${digest.sources.length} artikel dari ${outlets.size} media` +
    (digest.single_source ? " · satu sumber saja" : "");

  const summary = $("summary");
  summary.replaceChildren();
  digest.summary.forEach((sentence, k) => {
    const item = el(
      "li",
      { tabindex: "0", class: "sentence", dataset: { index: String(k) } },
      sentence.text,
      el("span", { class: "badge" }, `${sentence.outlet_count} media: ${sentence.outlets.join(", ")}`),
    );
    item.addEventListener("mouseenter", () => highlight(k));
    item.addEventListener("focus", () => highlight(k));
    item.addEventListener("mouseleave", () => highlight(null));
    item.addEventListener("blur", () => highlight(null));
    summary.append(item);
  });

  const sources = $("sources");
  sources.replaceChildren();
  for (const source of digest.sources) {
    const body = el("div", { class: "body" });
    body.textContent = source.body;
    sources.append(
      el(
        "section",
        { class: "source", dataset: { n: String(source.n), articleId: source.article_id, outlet: outletName(source) } },
        el("h4", {}, `[${source.n}] ${outletName(source)}`),
        source.title ? el("p", { class: "meta" }, source.title) : null,
        body,
      ),
    );
  }

  const conflicts = $("conflicts");
  conflicts.replaceChildren();
  if (!digest.conflicts.length) conflicts.append(el("p", { class: "meta" }, "Tidak ada perbedaan yang terdeteksi."));
  for (const conflict of digest.conflicts) {
    const sides = el("ul");
    for (const side of conflict.sides) {
      const quotes = el("ul");
      for (const ev of side.evidence) quotes.append(el("li", {}, `“${ev.text}” (${ev.outlet || ev.article_id})`));
      sides.append(el("li", {}, el("strong", {}, side.value), ` — ${side.outlets.join(", ")}`, quotes));
    }
    conflicts.append(el("div", { class: "conflict" }, el("p", {}, conflict.description), sides));
  }

  const timeline = $("timeline");
  timeline.replaceChildren();
  for (const event of digest.timeline) {
    const when = event.end && event.end !== event.date ? `${event.date} – ${event.end}` : event.date;
    timeline.append(
      el("li", {}, el("strong", {}, when), ` ${event.text} (${event.outlets.join(", ")})`, event.disputed ? el("span", { class: "badge" }, "diperdebatkan") : null),
    );
  }

  const entities = $("entities");
  entities.replaceChildren();
  for (const entity of digest.entities) {
    entities.append(el("li", { title: entity.kind }, `${entity.name} · ${entity.outlets.length} media`));
  }

  $("warnings").replaceChildren(...digest.warnings.map((w) => el("li", {}, w)));
  $("warnings-box").hidden = !digest.warnings.length;
}

// Highlight every outlet and passage that supports summary sentence k (null clears).
function highlight(k) {
  document.querySelectorAll("#summary li.active").forEach((n) => n.classList.remove("active"));
  for (const node of document.querySelectorAll("#sources .source")) {
    node.classList.remove("is-support");
    const source = current.sources.find((s) => String(s.n) === node.dataset.n);
    node.querySelector(".body").textContent = source.body;
  }
  if (k === null || !current) return;
  const sentence = current.summary[k];
  document.querySelector(`#summary li[data-index="${k}"]`).classList.add("active");
  const spans = new Map(); // article id -> spans
  for (const support of sentence.supports) {
    if (!spans.has(support.article_id)) spans.set(support.article_id, []);
    spans.get(support.article_id).push(support.span);
  }
  let first = null;
  for (const node of document.querySelectorAll("#sources .source")) {
    const mine = spans.get(node.dataset.articleId);
    if (!mine) continue;
    node.classList.add("is-support");
    const source = current.sources.find((s) => String(s.n) === node.dataset.n);
    const body = node.querySelector(".body");
    body.replaceChildren();
    let at = 0;
    for (const [start, end] of mine.slice().sort((a, b) => a[0] - b[0])) {
      if (start < at) continue;
      body.append(document.createTextNode(source.body.slice(at, start)));
      const mark = el("mark", {}, source.body.slice(start, end));
      body.append(mark);
      first = first || mark;
      at = end;
    }
    body.append(document.createTextNode(source.body.slice(at)));
    const mark = body.querySelector("mark");
    if (mark) body.scrollTop = Math.max(0, mark.offsetTop - body.offsetTop - 20);
  }
}

// ---------- stories view ----------

async function loadStories() {
  const min = Number($("min-outlets").value) || 1;
  $("stories-status").textContent = "Memuat…";
  try {
    const rows = await callApi(`/v1/stories?min_outlets=${encodeURIComponent(min)}`);
    const body = $("stories").querySelector("tbody");
    body.replaceChildren();
    for (const row of rows) {
      const link = el("a", { href: `#story-${row.id}` }, row.title || row.id);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        openStory(row.id);
      });
      body.append(
        el("tr", {}, el("td", {}, link), el("td", {}, row.articles), el("td", {}, row.reprints), el("td", {}, row.outlets.join(", ")), el("td", {}, row.digest_version), el("td", {}, changedAt(row.last_updated))),
      );
    }
    $("stories-status").textContent = `${rows.length} cerita.`;
  } catch (error) {
    $("stories-status").textContent = `Gagal memuat cerita: ${error.message}`;
  }
}

// When a story last changed (an article joined it): local time, the exact UTC time in datetime.
function changedAt(iso) {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const text = when.toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short" });
  return el("time", { datetime: when.toISOString(), title: when.toISOString() }, text);
}

async function openStory(id) {
  try {
    const digest = await callApi(`/v1/stories/${encodeURIComponent(id)}`);
    show("digest");
    renderDigest(digest);
    $("digest-title").focus();
  } catch (error) {
    $("stories-status").textContent = `Gagal membuka cerita: ${error.message}`;
  }
}

function show(view) {
  $("view-digest").hidden = view !== "digest";
  $("view-stories").hidden = view !== "stories";
  $("tab-digest").setAttribute("aria-pressed", String(view === "digest"));
  $("tab-stories").setAttribute("aria-pressed", String(view === "stories"));
  if (view === "stories") loadStories();
}

// ---------- wiring ----------

document.addEventListener("DOMContentLoaded", () => {
  addArticle();
  addArticle();
  $("digest-title").setAttribute("tabindex", "-1");
  $("add-article").addEventListener("click", () => addArticle().querySelector("textarea").focus());
  $("files").addEventListener("change", (event) => addFiles(event.target.files));
  const drop = $("drop");
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    addFiles(event.dataTransfer.files);
  });
  $("digest-form").addEventListener("submit", summarize);
  $("tab-digest").addEventListener("click", () => show("digest"));
  $("tab-stories").addEventListener("click", () => show("stories"));
  $("refresh-stories").addEventListener("click", loadStories);
});
