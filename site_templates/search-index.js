/* Briefing: Material's search index built in shards, so that a large site answers its first
   query within a second (prepended to Material's search worker by generator/search_worker.py,
   after search-worker.js).

   Material's worker builds one lunr index over every section of the site before it answers
   anything: at 10,000 articles (39,000 sections) that takes 6 to 11 s, and in the offline
   bundle, where the "worker" is an iframe on the page's own thread, the page is frozen while
   it does. Here, on a site of more than SHARDED sections, Material's own builder is only
   configured (its `add` records the sections, its `build` returns a `Sharded` index): the
   sections are indexed in shards, each a lunr index configured exactly as Material configures
   its own (same tokenizer, pipeline, fields, boosts, and the position table it highlights
   with), FIRST_SHARD sections before the worker says it is ready (the home page, the guide,
   the entity and topic pages, then articles and stories: `LATE`) and the rest a slice at a
   time, between which the thread is free and queries are answered first. A query is answered
   from the shards ready so far; each time another is ready, the latest query is answered again
   (Material shows the new answer), and an answer given before the last shard carries
   `progress: {indexed, total}`. Which sections match is the same as with one index; the
   scores are each shard's own (lunr's idf is per index), so the order can differ slightly.

   In the offline bundle of such a site, the page no longer loads the sections (Material's
   offline plugin inlines all of them, 22 MB at 10,000 articles, into a script every page
   loads, and the page copies them to the worker): generator/search_worker.py leaves the
   configuration in that script, with `briefing_docs` naming the script that holds the first
   FIRST_SHARD sections in full and the location of the others (`rest`), whose other fields
   come in parts (`parts`), each loaded when the shards reach it. */
(function () {
  "use strict";
  // sizes in sections (Shards in generator/search_worker.py, which sets self.briefingShards)
  var sizes = self.briefingShards || { sharded: 4000, first: 500, largest: 8000, late: [] };
  var SHARDED = sizes.sharded; // sites with more sections than this are indexed in shards
  var FIRST_SHARD = sizes.first; // sections indexed before the worker says it is ready
  var LARGEST_SHARD = sizes.largest; // shards double in size up to this
  var LATE = sizes.late; // sections whose location begins so are indexed after all others
  var SLICE_MS = 40; // the longest the worker runs before it frees the thread
  var QUERY_FIRST_MS = 1000; // the longest the shards wait for a query to be answered
  var SHOW_MS = 100; // the time the page is given to show an answer before indexing goes on
  var FIRST_QUERY_MS = 500; // after the first shard, the time left for the first query
  var TYPES = self.briefingSearch.types; // Material's message types (search-worker.js)

  /* The site's root URL, from the worker's own script (in the offline bundle's iframe, from
     its script element). */
  function siteRoot() {
    var element = typeof document !== "undefined" && document.querySelector("script[src]");
    var src = element ? element.src : String(self.location);
    return src.split("/assets/javascripts/workers/")[0];
  }

  /* The sections, complete up to `filled`; `fill()` loads the next part of them. */
  var docs = { list: [], filled: 0, parts: [] };
  function fill() {
    var file = docs.parts.shift();
    return Promise.resolve(importScripts(siteRoot() + "/" + file)).then(function () {
      var part = self.__briefing_part;
      part.docs.forEach(function (fields, i) {
        Object.assign(docs.list[part.start + i], fields);
      });
      docs.filled = part.start + part.docs.length;
    });
  }

  function loadDocs(data) {
    var script = data.config && data.config.briefing_docs;
    if (!script || data.docs.length) {
      docs = { list: data.docs, filled: data.docs.length, parts: [] };
      return Promise.resolve(data);
    }
    return Promise.resolve(importScripts(siteRoot() + "/" + script)).then(function () {
      var loaded = self.__briefing_docs;
      var list = loaded.docs.concat(loaded.rest.map(function (doc) {
        return typeof doc === "string" ? { location: doc } : doc;
      }));
      docs = { list: list, filled: loaded.docs.length, parts: loaded.parts };
      return { config: data.config, docs: list, options: data.options };
    });
  }

  /* A builder configured as `template` is (Material's, after its setup function ran). */
  function shardBuilder(template) {
    var builder = new self.lunr.Builder();
    ["_ref", "_fields", "_b", "_k1", "metadataWhitelist", "tokenizer"].forEach(function (key) {
      builder[key] = template[key];
    });
    builder.pipeline._stack = template.pipeline._stack.slice();
    builder.searchPipeline._stack = template.searchPipeline._stack.slice();
    return builder;
  }

  /* The sections in the order they are indexed: Material's, those under LATE last (the first
     shard holds the home page, the guide and every entity and topic page). */
  function indexOrder(entries) {
    function late(entry) {
      return LATE.some(function (start) { return entry[0].location.indexOf(start) === 0; });
    }
    return entries.filter(function (e) { return !late(e); }).concat(entries.filter(late));
  }

  function byScore(a, b) {
    return b.score - a.score;
  }

  /* What Material's worker calls on its index (`search`, `query`, `fields`, `invertedIndex`),
     answered from the shards built so far. `entries` are the arguments of each `add`. */
  function Sharded(template, entries) {
    var shards = (this.shards = []);
    this.fields = Object.keys(template._fields);
    this.total = entries.length;
    this.indexed = 0;
    this.invertedIndex = new Proxy({}, {
      has: function (_, term) {
        return shards.some(function (shard) { return term in shard.invertedIndex; });
      }
    });
    this.template = template;
    this.entries = indexOrder(entries); // the same order as docs.list, offline
    this.next = 0; // the next entry to add
    this.end = Math.min(FIRST_SHARD, entries.length); // where the shard being built ends
    this.builder = null;
    this.work(Infinity); // the first shard, before Material says the search is ready
  }

  /* Index sections for at most `budget` ms or until a shard is done (then true). */
  Sharded.prototype.work = function (budget) {
    var start = Date.now();
    while (this.next < docs.filled && Date.now() - start < budget) {
      this.builder = this.builder || shardBuilder(this.template);
      var entry = this.entries[this.next];
      this.builder.add(entry[0], entry[1]);
      if (++this.next === this.end) {
        this.shards.push(this.builder.build());
        this.builder = null;
        this.indexed = this.next;
        this.end = Math.min(this.next + Math.min(this.next, LARGEST_SHARD), this.total);
        return true;
      }
    }
    return false;
  };

  Sharded.prototype.complete = function () {
    return this.indexed === this.total;
  };

  Sharded.prototype.search = function (query) {
    return [].concat.apply([], this.shards.map(function (s) { return s.search(query); }))
      .sort(byScore);
  };

  Sharded.prototype.query = function (fn) {
    return [].concat.apply([], this.shards.map(function (s) { return s.query(fn); }))
      .sort(byScore);
  };

  /* Material's next `lunr(...)` call builds a Sharded index instead of one index. */
  var index = null;
  function shardNextIndex(again) {
    var proto = self.lunr.Builder.prototype;
    var add = proto.add;
    var build = proto.build;
    proto.add = function (doc, attributes) {
      (this.briefingEntries = this.briefingEntries || []).push([doc, attributes]);
    };
    proto.build = function () {
      proto.add = add;
      proto.build = build;
      index = new Sharded(this, this.briefingEntries || []);
      continueIndexing(again);
      return index;
    };
  }

  /* The rest of the shards, a slice at a time, a query waiting first; after each shard, the
     latest query is answered again with `again`. */
  var latest = null;
  var waiting = 0; // when the query being answered arrived (0: none is)
  var paused = 0; // until when the page is left to show an answer
  function continueIndexing(again) {
    var indexing = index;
    paused = Date.now() + FIRST_QUERY_MS;
    function slice() {
      if (indexing !== index || index.complete()) return;
      var now = Date.now();
      if (now < paused || (waiting && now - waiting < QUERY_FIRST_MS)) return setTimeout(slice, 5);
      if (index.next === docs.filled && docs.parts.length) return fill().then(slice);
      if (index.work(SLICE_MS) && latest) again(latest);
      setTimeout(slice, 0);
    }
    setTimeout(slice, 0);
  }

  /* The worker side: search-worker.js calls `prepare(message, again)` on each message before
     Material's handler, `again(message)` handing a message to that handler once more. */
  function prepare(message, again) {
    if (message && message.type === TYPES.SETUP) {
      index = latest = null;
      return loadDocs(message.data).then(function (data) {
        if (data.docs.length > SHARDED) shardNextIndex(again);
        return { type: message.type, data: data };
      });
    }
    if (message && message.type === TYPES.QUERY) {
      if (index && !index.complete()) {
        latest = message;
        waiting = Date.now();
      }
    }
    return message;
  }

  /* An answer given before the last shard says how much of the index it covers. */
  var answered = null;
  var history = []; // what each answer covered, and how many pages it found
  function annotate(message) {
    if (!message || message.type !== TYPES.RESULT || !message.data) return message;
    waiting = 0;
    paused = Date.now() + SHOW_MS;
    answered = index
      ? { indexed: index.indexed, total: index.total }
      : { indexed: docs.list.length, total: docs.list.length };
    if (answered.indexed < answered.total) message.data.progress = answered;
    history.push({ indexed: answered.indexed, total: answered.total,
      pages: (message.data.items || []).length });
    return message;
  }

  /* For tests and measurements: the shards built, what the latest answer covered, and the
     history of answers since the worker started. */
  function state() {
    return { shards: index ? index.shards.length : 0, answered: answered, history: history };
  }

  self.briefingIndex = { prepare: prepare, annotate: annotate, state: state };
})();
