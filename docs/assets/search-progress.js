/* Briefing: says in the search results when an answer covers only part of the index.

   A large site's search index is built in shards (site_templates/search-index.js); until the
   last one is in, each answer covers the sections indexed so far, and the worker marks it
   with `progress: {indexed, total}`. Material shows every answer the same way ("28 matching
   documents"), so this script, loaded in the page's head before Material's bundle creates
   the search worker, listens to the worker's answers too and, while an answer is partial,
   adds to Material's result count how much of the index it covers:
   "28 matching documents so far (500 of 38,722 sections searched; more are being added)".
   Over http the worker is a Web Worker; in the offline bundle it is Material's iframe shim,
   which the page's `Worker` already is when this runs. `window.briefingSearchNotes` keeps
   every note shown, for tests. */
(function () {
  "use strict";
  var RESULT = 3; // Material's message type of an answer
  var Base = window.Worker;
  if (typeof Base !== "function") return;
  var progress = null;
  var notes = (window.briefingSearchNotes = []);
  var format = new Intl.NumberFormat("en");

  function note() {
    return " so far (" + format.format(progress.indexed) + " of " +
      format.format(progress.total) + " sections searched; more are being added)";
  }

  function annotate() {
    var meta = document.querySelector(".md-search-result__meta");
    if (!meta || !progress) return;
    var text = meta.textContent;
    if (!/matching document/.test(text) || text.indexOf(" so far (") >= 0) return;
    meta.textContent = text + note();
    notes.push(meta.textContent);
  }

  function watch(worker) {
    worker.addEventListener("message", function (event) {
      var message = event.data;
      if (!message || message.type !== RESULT) return;
      progress = (message.data && message.data.progress) || null;
    });
    new MutationObserver(annotate).observe(document.documentElement, {
      subtree: true, childList: true, characterData: true
    });
  }

  function Watched(url, options) {
    var worker = new Base(url, options);
    if (String(url).indexOf("/workers/search.") >= 0) watch(worker);
    return worker;
  }
  Watched.prototype = Base.prototype;
  window.Worker = Watched;
})();
