// ringkas web page: plain DOM, no build step. Every piece of article-derived text goes through
// textContent / createTextNode, never innerHTML, so markup inside an article shows as text.
"use strict";

const $ = (id) => document.getElementById(id);

// ---------- words: the server's message catalogue (the one the renderers use) ----------

// The page's own words are Indonesian unless ?lang=en; a digest's labels follow its articles.
const uiLanguage = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "id";
const catalogues = {}; // language -> {language, messages, notes, note_words}
let ui = null; // the page's catalogue once loaded (until then: the Indonesian in the markup)

async function loadMessages(language) {
  if (!catalogues[language]) {
    catalogues[language] = await callApi(`/v1/messages?language=${encodeURIComponent(language)}`);
  }
  return catalogues[language];
}

function fill(text, fields) {
  return text.replace(/\{(\w+)\}/g, (whole, key) => (key in fields ? String(fields[key]) : whole));
}

// tr(cat, msgid, fields): the catalogue's text for msgid (msgid itself if unknown), filled.
function tr(cat, msgid, fields = {}) {
  const text = cat && typeof cat.messages[msgid] === "string" ? cat.messages[msgid] : msgid;
  return fill(text, fields);
}

// trn(cat, singular, plural, n): the plural form for n (Indonesian has one, English two).
function trn(cat, singular, plural, n, fields = {}) {
  const forms = cat ? cat.messages[singular] : null;
  let text = n === 1 ? singular : plural;
  if (Array.isArray(forms)) text = forms[cat.language === "en" && n !== 1 ? 1 : 0] || forms[0];
  return fill(text, { n, ...fields });
}

// A note the core wrote (English) in the catalogue's language, by the server's patterns.
function note(cat, text) {
  for (const [pattern, msgid] of cat ? cat.notes : []) {
    const match = new RegExp(pattern.replaceAll("(?P<", "(?<")).exec(text);
    if (!match) continue;
    const fields = { ...(match.groups || {}) };
    for (const key of Object.keys(fields)) {
      if (cat.note_words.includes(fields[key])) fields[key] = tr(cat, fields[key]);
    }
    return tr(cat, msgid, fields);
  }
  return text;
}

// Dates the core wrote ("Kamis, 25 April 2019") with the catalogue's weekday and month names.
function dates(cat, text) {
  const names = cat ? cat.calendar : {};
  if (!names || !Object.keys(names).length) return text;
  return text.replace(new RegExp(`\\b(${Object.keys(names).join("|")})\\b`, "g"), (word) => names[word]);
}

// One side of a conflict; a date slip "X → day, hari W" keeps the outlet's X as printed, and a
// name's spelling stays as printed ("Mei Lan" is no month).
function sideText(cat, value, kind) {
  if (kind === "name") return value;
  const slip = /^(.+) → (.+), hari (\w+)$/.exec(value);
  if (!cat || cat.language === "id" || !slip) return dates(cat, value);
  return tr(cat, "{text} → {day}, a {weekday}", { text: slip[1], day: dates(cat, slip[2]), weekday: dates(cat, slip[3]) });
}

// A conflict's description (the core writes it in Indonesian) in the catalogue's language.
function conflictText(cat, text) {
  if (!cat || cat.language === "id") return text;
  for (const [pattern, msgid] of cat.conflicts) {
    const match = new RegExp(pattern.replaceAll("(?P<", "(?<")).exec(text);
    if (!match) continue;
    const fields = { ...(match.groups || {}) };
    for (const key of Object.keys(fields)) if (key !== "text") fields[key] = dates(cat, fields[key]);
    return tr(cat, msgid, fields);
  }
  return text;
}

function applyMessages(root, cat) {
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = tr(cat, node.dataset.i18n);
  for (const node of root.querySelectorAll("[data-i18n-placeholder]")) {
    node.setAttribute("placeholder", tr(cat, node.dataset.i18nPlaceholder));
  }
  for (const node of root.querySelectorAll("[data-i18n-aria-label]")) {
    node.setAttribute("aria-label", tr(cat, node.dataset.i18nAriaLabel));
  }
}

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
  node.querySelector("legend").textContent = tr(ui, "Article {n}", { n });
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
    node.querySelector("legend").textContent = tr(ui, "Article {n}", { n: i + 1 });
  });
}

async function addFiles(files) {
  for (const file of files) {
    const text = await file.text();
    const empty = [...$("articles").children].find((n) => !n.querySelector("textarea").value.trim());
    const node = empty || addArticle();
    node.querySelector("textarea").value = text;
    // The file name is the article's id; its outlet is what the page says (or typed here).
    node.dataset.name = file.name.replace(/\.(txt|html?)$/i, "");
    node.dataset.html = /\.html?$/i.test(file.name) ? "1" : "";
  }
}

function collectArticles() {
  const articles = [];
  const ids = new Set();
  [...$("articles").children].forEach((node, i) => {
    const text = node.querySelector("textarea").value;
    if (!text.trim()) return;
    const outlet = node.querySelector("input.outlet").value.trim();
    const looksHtml = node.dataset.html === "1" || /^\s*(<!doctype html|<html[\s>])/i.test(text);
    let id = node.dataset.name || `artikel-${i + 1}`;
    for (let k = 2; ids.has(id); k += 1) id = `${node.dataset.name || "artikel"}-${k}`;
    ids.add(id);
    const item = { id, outlet };
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
    showError(tr(ui, "Paste or upload at least one article."));
    return;
  }
  const words = Number($("words").value) || 120;
  $("submit").disabled = true;
  $("status").textContent = tr(ui, "Summarizing…");
  try {
    const digest = await callApi("/v1/digest", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ articles, words, keep_unrelated: $("keep-unrelated").checked }),
    });
    await renderDigest(digest);
    $("status").textContent =
      `${trn(ui, "Done: {n} sentence", "Done: {n} sentences", digest.summary.length)} · ` +
      trn(ui, "{n} word", "{n} words", digest.words);
  } catch (error) {
    $("status").textContent = "";
    showError(tr(ui, "Could not summarize: {error}", { error: error.message }));
  } finally {
    $("submit").disabled = false;
  }
}

// ---------- rendering a digest ----------

let current = null; // the digest on screen

let cat = null; // the catalogue of the digest on screen (its articles' language)

// A page that names no outlet: "unnamed outlet: FILE" (its label in outlet lists is its id).
function unnamed(articleId) {
  return tr(cat, "unnamed outlet: {article_id}", { article_id: articleId });
}

function outletName(source) {
  return source.outlet || unnamed(source.article_id);
}

function outletList(labels) {
  const ids = new Set(current.sources.filter((s) => !s.outlet).map((s) => s.article_id));
  return labels.map((label) => (ids.has(label) ? unnamed(label) : label)).join(", ");
}

// A core sentence with each unnamed page's id shown as unnamed (as the renderers do).
function withUnnamed(text) {
  let out = text;
  for (const source of current.sources.filter((s) => !s.outlet)) {
    out = out.split(source.article_id).join(unnamed(source.article_id));
  }
  return out;
}

function digestLanguage(digest) {
  const language = digest.sources.length ? digest.sources[0].language : "id";
  return language === "en" ? "en" : "id";
}

async function renderDigest(digest) {
  try {
    cat = await loadMessages(digestLanguage(digest));
  } catch {
    cat = null; // the msgids (English) rather than nothing
  }
  current = digest;
  applyMessages($("result"), cat);
  $("result").hidden = false;
  $("digest-title").textContent = digest.title || tr(cat, "Summary");
  const outlets = new Set(digest.sources.map((s) => s.outlet || s.article_id));
  $("digest-meta").textContent =
    `${trn(cat, "{n} word", "{n} words", digest.words)} · ` +
    `${trn(cat, "{n} article", "{n} articles", digest.sources.length)} ` +
    trn(cat, "from {n} outlet", "from {n} outlets", outlets.size) +
    (digest.single_source ? ` · ${tr(cat, "single source only")}` : "");

  const summary = $("summary");
  summary.replaceChildren();
  digest.summary.forEach((sentence, k) => {
    const item = el(
      "li",
      { tabindex: "0", class: "sentence", dataset: { index: String(k) } },
      sentence.text,
      el("span", { class: "badge" }, `${trn(cat, "{n} outlet", "{n} outlets", sentence.outlet_count)}: ${outletList(sentence.outlets)}`),
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
  if (!digest.conflicts.length) conflicts.append(el("p", { class: "meta" }, tr(cat, "No differences detected.")));
  for (const conflict of digest.conflicts) {
    const sides = el("ul");
    for (const side of conflict.sides) {
      const quotes = el("ul");
      for (const ev of side.evidence) quotes.append(el("li", {}, `“${ev.text}” (${outletList([ev.outlet || ev.article_id])})`));
      sides.append(el("li", {}, el("strong", {}, sideText(cat, side.value, conflict.kind)), ` — ${outletList(side.outlets)}`, quotes));
    }
    conflicts.append(el("div", { class: "conflict" }, el("p", {}, withUnnamed(conflictText(cat, conflict.description))), sides));
  }

  const timeline = $("timeline");
  timeline.replaceChildren();
  for (const event of digest.timeline) {
    const when = event.end && event.end !== event.date ? `${event.date} – ${event.end}` : event.date;
    timeline.append(
      el("li", {}, el("strong", {}, when), ` ${event.text} (${outletList(event.outlets)})`, event.disputed ? el("span", { class: "badge" }, tr(cat, "disputed")) : null),
    );
  }

  const entities = $("entities");
  entities.replaceChildren();
  for (const entity of digest.entities) {
    const kind = { person: "person", place: "place", org: "organisation" }[entity.kind] || "other";
    entities.append(el("li", { title: tr(cat, kind) }, `${entity.name} · ${trn(cat, "{n} outlet", "{n} outlets", entity.outlets.length)}`));
  }

  $("warnings").replaceChildren(...digest.warnings.map((w) => el("li", {}, note(cat, w))));
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
  $("stories-status").textContent = tr(ui, "Loading…");
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
    $("stories-status").textContent = trn(ui, "{n} story.", "{n} stories.", rows.length);
  } catch (error) {
    $("stories-status").textContent = tr(ui, "Could not load stories: {error}", { error: error.message });
  }
}

// When a story last changed (an article joined it): local time, the exact UTC time in datetime.
function changedAt(iso) {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const text = when.toLocaleString(uiLanguage === "en" ? "en-GB" : "id-ID", { dateStyle: "medium", timeStyle: "short" });
  return el("time", { datetime: when.toISOString(), title: when.toISOString() }, text);
}

async function openStory(id) {
  try {
    const digest = await callApi(`/v1/stories/${encodeURIComponent(id)}`);
    show("digest");
    await renderDigest(digest);
    $("digest-title").focus();
  } catch (error) {
    $("stories-status").textContent = tr(ui, "Could not open story: {error}", { error: error.message });
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
  loadMessages(uiLanguage)
    .then((loaded) => {
      ui = loaded;
      document.documentElement.lang = uiLanguage;
      applyMessages(document, ui);
      applyMessages($("article-template").content, ui);
      renumber();
    })
    .catch(() => {}); // the Indonesian in the markup stays
});
