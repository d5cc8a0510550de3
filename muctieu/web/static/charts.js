// Charts drawn with Chart.js from data-* attributes the server wrote.
(function () {
  "use strict";
  if (typeof Chart === "undefined") return;
  var lang = document.documentElement.lang === "en" ? "en-US" : "vi-VN";
  var nums = function (s) { return s.split(",").map(Number); };
  Chart.defaults.animation = false;

  document.querySelectorAll("canvas.spark").forEach(function (c) {
    new Chart(c, {
      type: "line",
      data: { labels: c.dataset.years.split(","), datasets: [{ data: nums(c.dataset.values), borderColor: "#0b5cad", pointRadius: 2, borderWidth: 2 }] },
      options: { responsive: false, plugins: { legend: { display: false }, tooltip: { enabled: true } },
                 scales: { x: { display: false }, y: { display: false } }, locale: lang }
    });
  });

  document.querySelectorAll("canvas.bars").forEach(function (c) {
    var labels = c.dataset.labels.split("|");
    // one bar per province: the box grows with the number of provinces
    c.parentNode.style.height = Math.max(90, 40 + labels.length * 24) + "px";
    new Chart(c, {
      type: "bar",
      data: { labels: labels, datasets: [{ data: nums(c.dataset.values), backgroundColor: "#2e8b57" }] },
      options: { indexAxis: "y", plugins: { legend: { display: false } }, locale: lang, maintainAspectRatio: false }
    });
  });
})();
