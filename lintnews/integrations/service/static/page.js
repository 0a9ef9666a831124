/* The service's page: check the draft as it is typed (debounced), show the service's marked
   copy of it under the textarea and its list of flags beside it. The marks and the list are
   HTML fragments the service renders (lintnews.output.web.render, the HTML report's renderer),
   escaped there; hover, click and list behaviour come from lintnews.js, as in the report. */
(function () {
  "use strict";
  var DEBOUNCE_MS = 350;
  var draft = document.getElementById("draft");
  var backdrop = document.getElementById("backdrop");
  var flags = document.getElementById("flags");
  var count = document.getElementById("count");
  var status = document.getElementById("status");
  var format = document.getElementById("format");
  var profile = document.getElementById("profile");
  var scope = document.getElementById("page");
  var shown = { text: "", diagnostics: [] }; // what the marks are for
  var timer = null, seq = 0, pending = null;

  /* Explanations come from the service (GET v1/rules/{id}), relative to the page. */
  LN.explain = function (rule) {
    var url = "v1/rules/" + rule.split("/").map(encodeURIComponent).join("/");
    return fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) { return j && { summary: j.summary, rationale: j.rationale, help: j.help }; });
  };

  function setStatus(text, error) {
    status.textContent = text;
    status.classList.toggle("ln-error", !!error);
  }

  function grow() {
    draft.style.height = "auto";
    draft.style.height = draft.scrollHeight + "px";
  }

  /* Keep the copy under the textarea in step with it while the check is pending: text typed
     after what was checked is added as it is (the marks before it stay where they are); any
     other edit drops the marks until the answer comes. */
  function follow() {
    var text = draft.value;
    if (shown.diagnostics.length && text.length >= shown.text.length && text.slice(0, shown.text.length) === shown.text) {
      var tail = backdrop.querySelector(".ln-tail");
      if (!tail) { tail = document.createElement("span"); tail.className = "ln-tail"; backdrop.appendChild(tail); }
      tail.textContent = text.slice(shown.text.length);
    } else {
      backdrop.textContent = text;
      shown = { text: text, diagnostics: [] };
    }
  }

  function schedule() {
    grow();
    follow();
    clearTimeout(timer);
    setStatus("Typing…");
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  function check() {
    var text = draft.value;
    var mine = ++seq;
    if (pending) pending.abort();
    pending = new AbortController();
    var body = { text: text, format: format.value, markup: true };
    if (profile.value) body.profile = profile.value;
    setStatus("Checking…");
    fetch("v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
      signal: pending.signal
    }).then(function (r) {
      return r.json().then(function (j) { return { ok: r.ok, json: j }; });
    }).then(function (res) {
      if (mine !== seq) return; // a later check is on its way
      if (!res.ok) { setStatus((res.json && res.json.error) || "The service refused the draft.", true); return; }
      if (draft.value !== text) return; // typed since: the next answer will do
      show(text, res.json);
    }).catch(function (err) {
      if (err.name !== "AbortError" && mine === seq) setStatus("Could not reach the service.", true);
    });
  }

  function show(text, result) {
    LN.hideTip();
    shown = { text: text, diagnostics: result.diagnostics };
    backdrop.innerHTML = result.markup.text; // rendered and escaped by the service
    flags.innerHTML = result.markup.list;
    var n = result.diagnostics.length;
    count.textContent = n ? "(" + n + ")" : "";
    setStatus(n ? n + (n === 1 ? " flag." : " flags.") : (text.trim() ? "No problems found." : "Ready."));
    backdrop.setAttribute("data-checked", String(seq)); // (the browser test waits on this)
  }

  /* Offsets: the service counts code points, the textarea UTF-16 units. */
  function toUnits(text, points) {
    var units = 0;
    for (var i = 0; i < points && units < text.length; i++) {
      var c = text.charCodeAt(units);
      units += c >= 0xd800 && c <= 0xdbff && units + 1 < text.length ? 2 : 1;
    }
    return units;
  }
  function toPoints(text, units) {
    var points = 0;
    for (var u = 0; u < units && u < text.length; points++) {
      var c = text.charCodeAt(u);
      u += c >= 0xd800 && c <= 0xdbff && u + 1 < text.length ? 2 : 1;
    }
    return points;
  }

  /* The flags at the caret (a click on a word, or the arrow keys). */
  function flagsAtCaret() {
    if (draft.value !== shown.text) return [];
    var at = toPoints(shown.text, draft.selectionStart);
    var found = [];
    shown.diagnostics.forEach(function (d, i) {
      if (d.offset <= at && at <= d.end_offset) found.push(String(i));
    });
    return found;
  }
  function explainAtCaret() {
    var ids = flagsAtCaret();
    if (ids.length) LN.activate(scope, ids, { explain: true, scrollList: true });
  }

  draft.addEventListener("input", schedule);
  draft.addEventListener("click", explainAtCaret);
  draft.addEventListener("keyup", function (ev) {
    if (/^(Arrow|Home|End|Page)/.test(ev.key)) explainAtCaret();
  });
  format.addEventListener("change", function () { shown.diagnostics = []; check(); });
  profile.addEventListener("change", check);

  /* Hover: the marks are under the textarea, so find them under the pointer. */
  var frame = 0;
  draft.addEventListener("mousemove", function (ev) {
    if (frame) return;
    frame = requestAnimationFrame(function () {
      frame = 0;
      var marks = LN.marksAt(ev.clientX, ev.clientY, backdrop);
      if (marks.length) LN.showTip(scope, marks[0], ev.pageX, ev.pageY);
      else LN.hideTip();
    });
  });
  draft.addEventListener("mouseleave", LN.hideTip);

  /* A place in the list selects its words in the draft. */
  flags.addEventListener("click", function (ev) {
    var place = ev.target.closest && ev.target.closest(".ln-place");
    if (!place) return;
    ev.preventDefault();
    var i = Number(place.closest(".ln-item").getAttribute("data-i"));
    var d = shown.diagnostics[i];
    if (!d || draft.value !== shown.text) return;
    LN.activate(scope, [String(i)]);
    draft.focus();
    draft.setSelectionRange(toUnits(shown.text, d.offset), toUnits(shown.text, d.end_offset));
    var mark = LN.marksOf(scope, i)[0];
    if (mark) mark.scrollIntoView({ block: "center" });
  });

  LN.bind(scope);
  grow();
  if (draft.value) check();
})();
