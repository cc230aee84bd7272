/* Briefing: whether a claim's period is past, now or coming, against the reader's today.
   The page is built with each claim's status as of its newest article (and says so); this
   recomputes it from the data-start / data-end dates in the page, so the same bytes are
   right whenever and wherever (offline too) they are read. */
(function () {
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }
  function update() {
    var now = today();
    document.querySelectorAll(".briefing-status").forEach(function (chip) {
      var start = chip.getAttribute("data-start"), end = chip.getAttribute("data-end");
      var state = "now";
      if (end && end < now) state = "past";
      else if (start && start > now) state = "coming";
      chip.textContent = state;
      chip.className = "briefing-status briefing-" + state;
      chip.title = "as of " + now;
    });
    document.querySelectorAll(".briefing-asof").forEach(function (note) {
      note.textContent = "Past, now or coming as of today, " + now + ".";
    });
  }
  if (typeof document$ !== "undefined" && document$.subscribe) document$.subscribe(update);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", update);
  else update();
})();
