/* lintnews: what a reader does with the marks, shared by the HTML report and the service's page.
   Hover a mark: a card with the message, suggestion and why the rule exists. Click a mark: its
   flags light up in the list, with the rule's explanation. Click a place in the list: the words
   light up in the text. Text is only ever set with textContent: nothing here builds HTML. */
(function () {
  "use strict";
  var LN = (window.LN = window.LN || {});
  var cache = {};

  /* The explanation of a rule: {summary, rationale, help}. The report has them in its appendix;
     the page replaces this with a request to the service. */
  LN.explain = function (rule) {
    var found = null;
    document.querySelectorAll("[data-rule-help]").forEach(function (el) {
      if (el.getAttribute("data-rule-help") === rule) found = el;
    });
    if (!found) return Promise.resolve(null);
    var part = function (sel) { var e = found.querySelector(sel); return e ? e.textContent : ""; };
    return Promise.resolve({ summary: part(".ln-help-summary"), rationale: part(".ln-help-rationale"),
                             help: part(".ln-help-text") });
  };

  function explained(rule) {
    if (!cache[rule]) {
      cache[rule] = LN.explain(rule).catch(function () { delete cache[rule]; return null; });
    }
    return cache[rule];
  }

  function ids(mark) {
    return (mark.getAttribute("data-d") || "").split(" ").filter(Boolean);
  }

  LN.marksOf = function (scope, i) {
    return scope.querySelectorAll('mark.ln-m[data-d~="' + i + '"]');
  };
  LN.itemOf = function (scope, i) {
    return scope.querySelector('.ln-item[data-i="' + i + '"]');
  };

  /* Light up flags ``list`` (indexes) in ``scope``: their marks and their list items. */
  LN.activate = function (scope, list, opts) {
    opts = opts || {};
    scope.querySelectorAll(".ln-active").forEach(function (el) { el.classList.remove("ln-active"); });
    var first = null;
    list.forEach(function (i) {
      LN.marksOf(scope, i).forEach(function (m) { m.classList.add("ln-active"); });
      var item = LN.itemOf(scope, i);
      if (item) {
        item.classList.add("ln-active");
        if (!first) first = item;
        if (opts.explain) LN.showExplanation(item, true);
      }
    });
    if (first && opts.scrollList) first.scrollIntoView({ block: "nearest" });
    return first;
  };

  /* Fill a list item's explanation box from the rule's help text (shown, or toggled). */
  LN.showExplanation = function (item, show) {
    var box = item.querySelector(".ln-explain");
    if (!box) return Promise.resolve();
    if (!show && !box.hidden) { box.hidden = true; return Promise.resolve(); }
    return explained(item.getAttribute("data-rule")).then(function (ex) {
      box.textContent = ex ? (ex.help || ex.rationale || ex.summary) : "No explanation for this rule.";
      box.hidden = false;
    });
  };

  var tip = null;
  function tipElement() {
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "ln-tip";
      tip.setAttribute("role", "tooltip");
      document.body.appendChild(tip);
    }
    return tip;
  }

  /* The hover card for a mark, at page coordinates (x, y). */
  LN.showTip = function (scope, mark, x, y) {
    var el = tipElement();
    el.textContent = "";
    ids(mark).forEach(function (i) {
      var item = LN.itemOf(scope, i);
      if (!item) return;
      var box = document.createElement("div");
      box.className = "ln-tip-item";
      var head = document.createElement("strong");
      head.textContent = item.getAttribute("data-rule");
      box.appendChild(head);
      [".ln-msg", ".ln-sugg"].forEach(function (sel) {
        var src = item.querySelector(sel);
        if (src) { var p = document.createElement("div"); p.textContent = src.textContent; box.appendChild(p); }
      });
      var why = document.createElement("div");
      why.className = "ln-tip-why";
      box.appendChild(why);
      explained(item.getAttribute("data-rule")).then(function (ex) {
        if (ex) why.textContent = "Why: " + (ex.rationale || ex.summary);
      });
      el.appendChild(box);
    });
    el.style.left = Math.max(4, Math.min(x + 12, window.scrollX + document.documentElement.clientWidth - 360)) + "px";
    el.style.top = (y + 18) + "px";
    el.style.display = "block";
  };
  LN.hideTip = function () { if (tip) tip.style.display = "none"; };

  /* The marks under a point of the viewport, also under an element on top (the page's editor). */
  LN.marksAt = function (clientX, clientY, within) {
    return document.elementsFromPoint(clientX, clientY).filter(function (el) {
      return el.matches && el.matches("mark.ln-m") && !el.classList.contains("ln-swatch") &&
        (!within || within.contains(el));
    });
  };

  /* Wire up a scope: a report's file section, or the page. */
  LN.bind = function (scope) {
    scope.addEventListener("mouseover", function (ev) {
      var mark = ev.target.closest && ev.target.closest("mark.ln-m");
      if (mark && !mark.classList.contains("ln-swatch")) LN.showTip(scope, mark, ev.pageX, ev.pageY);
    });
    scope.addEventListener("mouseout", function (ev) {
      var mark = ev.target.closest && ev.target.closest("mark.ln-m");
      if (mark) LN.hideTip();
    });
    scope.addEventListener("click", function (ev) {
      var t = ev.target;
      var why = t.closest && t.closest(".ln-why");
      if (why) {
        ev.preventDefault();
        LN.showExplanation(why.closest(".ln-item"), false);
        return;
      }
      var place = t.closest && t.closest(".ln-place");
      if (place) {
        var item = place.closest(".ln-item");
        LN.activate(scope, [item.getAttribute("data-i")]);
        return; // the link itself scrolls to the words
      }
      var mark = t.closest && t.closest("mark.ln-m");
      if (mark && !mark.classList.contains("ln-swatch")) {
        LN.activate(scope, ids(mark), { explain: true, scrollList: true });
      }
    });
  };

  /* A report binds each of its file sections when it loads (the page binds itself). The title
     attributes are for readers without script: with it, the card replaces them. */
  LN.bindReport = function () {
    document.querySelectorAll(".ln-file").forEach(function (section) {
      section.querySelectorAll("mark.ln-m[title]").forEach(function (m) {
        m.setAttribute("data-title", m.getAttribute("title"));
        m.removeAttribute("title");
      });
      LN.bind(section);
    });
  };
})();
