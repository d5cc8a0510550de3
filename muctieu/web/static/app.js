// muctieu: small enhancements; every page works without them.
(function () {
  "use strict";

  // Writes made by script (htmx) carry the session's CSRF token, as forms do.
  var csrf = document.querySelector('meta[name="csrf-token"]');
  document.addEventListener("htmx:configRequest", function (ev) {
    if (csrf && csrf.content) ev.detail.headers["X-CSRF-Token"] = csrf.content;
  });

  // Filters apply as soon as a choice is made.
  document.querySelectorAll("select.autosubmit").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });

  // Sortable tables: a click (or Enter) on a header button sorts by that column.
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th, col) {
      var button = th.querySelector("button.sort");
      if (!button) return;
      var ascending = true;
      button.addEventListener("click", function () {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[col]), y = key(b.cells[col]);
          if (typeof x === "number" && typeof y === "number") return ascending ? x - y : y - x;
          return ascending ? String(x).localeCompare(String(y), "vi") : String(y).localeCompare(String(x), "vi");
        });
        rows.forEach(function (r) { body.appendChild(r); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        ascending = !ascending;
      });
    });
  });
  function key(cell) {
    var raw = cell.getAttribute("data-sort");
    if (raw === null) raw = cell.textContent.trim();
    var n = parseFloat(raw);
    return raw !== "" && !isNaN(n) && String(n) === raw.replace(/\.0+$/, "") ? n : raw;
  }

  // Document page: a highlighted quantity and its record light up together.
  document.querySelectorAll("a.q[data-record]").forEach(function (mark) {
    mark.addEventListener("click", function () {
      document.querySelectorAll(".active").forEach(function (e) { e.classList.remove("active"); });
      var rec = document.getElementById(mark.getAttribute("data-record"));
      mark.classList.add("active");
      if (rec) rec.classList.add("active");
    });
  });

  // Review queue: one key per action inside a record; J/K move between records.
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var item = ev.target.closest && ev.target.closest(".review-item");
    var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(ev.target.tagName);
    var k = ev.key.toLowerCase();
    if (!item || (typing && k !== "enter")) return;
    if (k === "j" || k === "k") {
      var items = Array.prototype.slice.call(document.querySelectorAll(".review-item"));
      var next = items[items.indexOf(item) + (k === "j" ? 1 : -1)];
      if (next) { next.focus(); ev.preventDefault(); }
      return;
    }
    var button = item.querySelector('button[data-key="' + k + '"]');
    if (button && !typing) { ev.preventDefault(); button.click(); }
  });
  // After htmx swaps a reviewed record in, move on to the next one.
  document.addEventListener("htmx:load", function (ev) {
    var done = ev.detail.elt;
    if (!done.classList || !done.classList.contains("review-item")) return;
    var next = done.nextElementSibling;
    while (next && next.classList.contains("done")) next = next.nextElementSibling;
    (next || done).focus();
  });
})();
