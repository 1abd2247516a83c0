(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("facts").textContent);
  var docId = document.body.dataset.docId, docName = document.body.dataset.docName;
  var byId = {};
  data.forEach(function (f) { byId[f.id] = f; });
  var key = "kehoach-marks:" + docId;
  var marks = JSON.parse(localStorage.getItem(key) || '{"facts": {}, "missed": []}');

  function highlight(id) { return document.querySelector('mark.fact[data-fact="' + id + '"]:not(.cont)'); }
  function row(id) { return document.querySelector('tr.fact-row[data-fact="' + id + '"]'); }
  function show(id) {
    var f = byId[id], box = document.getElementById("detail");
    if (!f) return;
    var lines = [f.kind + "  [" + f.start + ", " + f.end + ")", "“" + f.quote + "”"];
    Object.keys(f.fields).forEach(function (k) { lines.push(k + ": " + f.fields[k]); });
    lines.push("rule: " + f.rule);
    box.textContent = lines.join("\n");
    document.querySelectorAll("tr.fact-row.active").forEach(function (r) { r.classList.remove("active"); });
    var r = row(id); if (r) r.classList.add("active");
  }
  function go(id) {
    var m = highlight(id);
    if (!m) return false;
    m.scrollIntoView({ block: "center" });
    m.classList.remove("flash"); void m.offsetWidth; m.classList.add("flash");
    m.focus({ preventScroll: true });
    show(id);
    return true;
  }
  document.querySelectorAll("tr.fact-row").forEach(function (r) {
    r.addEventListener("click", function (e) { if (e.target.tagName !== "BUTTON") go(r.dataset.fact); });
  });
  document.querySelectorAll("mark.fact").forEach(function (m) {
    m.addEventListener("focus", function () { show(m.dataset.fact); });
    m.addEventListener("click", function (e) {
      e.stopPropagation(); show(m.dataset.fact);
      var r = row(m.dataset.fact); if (r) r.scrollIntoView({ block: "nearest" });
    });
  });
  document.querySelectorAll("input.kind-filter").forEach(function (box) {
    box.addEventListener("change", function () { document.body.classList.toggle("hide-" + box.value, !box.checked); });
  });
  var search = document.getElementById("search");
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    document.querySelectorAll("tr.fact-row").forEach(function (r) {
      r.classList.toggle("hidden", q && r.textContent.toLowerCase().indexOf(q) < 0);
    });
    var n = q ? document.querySelector(".text").textContent.toLowerCase().split(q).length - 1 : 0;
    document.getElementById("search-count").textContent = q ? n + " in text" : "";
  });

  // Reviewer marks: right / wrong per fact, missed facts from a text selection; kept in this browser.
  function save() { localStorage.setItem(key, JSON.stringify(marks)); paint(); }
  function paint() {
    document.querySelectorAll("tr.fact-row").forEach(function (r) {
      var v = marks.facts[r.dataset.fact];
      r.classList.toggle("v-right", v === "right"); r.classList.toggle("v-wrong", v === "wrong");
    });
    var n = Object.keys(marks.facts).length + marks.missed.length;
    document.getElementById("marks-count").textContent = n + " mark" + (n === 1 ? "" : "s");
  }
  document.querySelectorAll(".verdict button").forEach(function (b) {
    b.addEventListener("click", function () {
      var id = b.closest("tr").dataset.fact;
      if (marks.facts[id] === b.dataset.verdict) delete marks.facts[id]; else marks.facts[id] = b.dataset.verdict;
      save();
    });
  });
  function offsetIn(container, node, offset) {
    var walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT), pos = 0, n;
    while ((n = walker.nextNode())) { if (n === node) return pos + offset; pos += n.textContent.length; }
    return -1;
  }
  document.getElementById("add-missed").addEventListener("click", function () {
    var sel = window.getSelection(), text = document.querySelector(".text");
    if (!sel.rangeCount || sel.isCollapsed) { alert("Select the missed text first."); return; }
    var r = sel.getRangeAt(0);
    var start = offsetIn(text, r.startContainer, r.startOffset), end = offsetIn(text, r.endContainer, r.endOffset);
    if (start < 0 || end <= start) { alert("Select text inside the document."); return; }
    var kind = document.getElementById("missed-kind").value;
    var fields = prompt("Fields of the missed " + kind + " (key=value; key=value), e.g. value=51; unit=%; indicator=Tỷ lệ che phủ rừng", "") || "";
    var parsed = {};
    fields.split(";").forEach(function (kv) { var i = kv.indexOf("="); if (i > 0) parsed[kv.slice(0, i).trim()] = kv.slice(i + 1).trim(); });
    marks.missed.push({ kind: kind, start: start, end: end, quote: text.textContent.slice(start, end), fields: parsed });
    save();
  });
  function exported() {
    var out = [];
    Object.keys(marks.facts).forEach(function (id) {
      var f = byId[id];
      if (f) out.push({ kind: f.kind, verdict: marks.facts[id], start: f.start, end: f.end, quote: f.quote, fields: f.fields });
    });
    marks.missed.forEach(function (m) { out.push({ kind: m.kind, verdict: "missed", start: m.start, end: m.end, quote: m.quote, fields: m.fields }); });
    return { format: "kehoach-review-marks/1", doc: docName, doc_id: docId, marks: out };
  }
  function download(name, type, body) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([body], { type: type }));
    a.download = name; document.body.appendChild(a); a.click(); a.remove();
  }
  document.getElementById("export-json").addEventListener("click", function () {
    download(docName + ".marks.json", "application/json", JSON.stringify(exported(), null, 2));
  });
  document.getElementById("export-csv").addEventListener("click", function () {
    var e = exported(), q = function (s) { return '"' + String(s).replace(/"/g, '""') + '"'; };
    var lines = ["doc,doc_id,kind,verdict,start,end,quote,fields"];
    e.marks.forEach(function (m) { lines.push([e.doc, e.doc_id, m.kind, m.verdict, m.start, m.end, m.quote, JSON.stringify(m.fields)].map(q).join(",")); });
    download(docName + ".marks.csv", "text/csv", lines.join("\n") + "\n");
  });
  paint();

  // Self-test, for the browser tests: "#selftest" clicks a table row per kind and reports what a person would see.
  if (location.hash === "#selftest") {
    var report = { facts: data.length, highlights: document.querySelectorAll("mark.fact:not(.cont)").length, clicks: [] };
    ["targets", "deadlines", "bodies", "legal_refs"].forEach(function (kind) {
      var rows = document.querySelectorAll("tr.fact-row.k-" + kind);
      if (!rows.length) return;
      var r = rows[rows.length - 1];
      window.scrollTo(0, 0);
      r.click();
      var m = highlight(r.dataset.fact), box = m.getBoundingClientRect();
      report.clicks.push({ kind: kind, id: r.dataset.fact, inView: box.bottom > 0 && box.top < window.innerHeight, flashed: m.classList.contains("flash"),
                           focused: document.activeElement === m });
    });
    // Layout at this window width: the text column's width and whether anything runs off the right edge.
    var text = document.querySelector(".text").getBoundingClientRect(), aside = document.querySelector("aside.facts").getBoundingClientRect();
    var widest = 0;
    document.querySelectorAll("aside.facts section").forEach(function (s) { widest = Math.max(widest, s.getBoundingClientRect().right); });
    report.layout = { width: window.innerWidth, textWidth: Math.round(text.width), asideWidth: Math.round(aside.width),
                      rightmost: Math.round(Math.max(text.right, aside.right, widest)), pageScrollWidth: document.documentElement.scrollWidth };
    var pre = document.createElement("pre");
    pre.id = "selftest"; pre.textContent = JSON.stringify(report);
    document.body.appendChild(pre);
  }
})();
