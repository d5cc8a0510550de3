// Charts drawn with Chart.js from data-* attributes the server wrote.
(function () {
  "use strict";
  if (typeof Chart === "undefined") return;
  var lang = document.documentElement.lang === "en" ? "en-US" : "vi-VN";
  var nums = function (s) { return s.split(",").map(Number); };
  Chart.defaults.animation = false;

  // Trend lines are drawn when they scroll into view: a page of 150 targets
  // would otherwise spend about a second drawing lines nobody sees yet.
  function spark(c) {
    new Chart(c, {
      type: "line",
      data: { labels: c.dataset.years.split(","), datasets: [{ data: nums(c.dataset.values), borderColor: "#0b5cad", pointRadius: 2, borderWidth: 2 }] },
      options: { responsive: false, plugins: { legend: { display: false }, tooltip: { enabled: true } },
                 scales: { x: { display: false }, y: { display: false } }, locale: lang }
    });
  }
  var sparks = document.querySelectorAll("canvas.spark");
  if ("IntersectionObserver" in window) {
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { seen.unobserve(e.target); spark(e.target); }
      });
    }, { rootMargin: "200px" });
    sparks.forEach(function (c) { seen.observe(c); });
  } else {
    sparks.forEach(spark);
  }

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
