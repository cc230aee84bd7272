/* Briefing: inflected words and aliases in Material's search (prepended to its search worker
   by generator/search_worker.py, with search-index.js after it; `self.briefingAliases` and
   `self.briefingShards` are set on the lines before this script).

   Material's worker appends `*` to every query term and lunr skips its pipeline for wildcard
   terms, so a query only finds words that begin with exactly what was typed: `halvledarna`
   misses `halvledare`. The index keeps the words as written (no stemmed field: the index stays
   as small as it is); the query is rewritten instead, before Material's handler sees it:

   - each word becomes the shortest prefix that lunr's Snowball stemmers (English, Swedish,
     Norwegian, Danish, German) leave of it, at least MIN_STEM letters long, so the trailing
     `*` finds the word's other forms (`halvledarna` -> `halvled*`, `brikkene` -> `brikk*`);
     words with digits or shorter than MIN_STEM letters are kept as typed (FP8, 7 nm);
   - a registry alias (`Peking`, `Huaweis`, `Advanced Micro Devices`) becomes every one-word
     name of its entity (`beijing* peking*`, `huawei*`, `amd`), so it finds what the tagger
     tagged; names shorter than MIN_STEM letters match whole words only (`us`, not `use`);
   - `-word` excludes and `+word` requires every form of the word; a quoted phrase requires
     every form of each of its words (Material would require the exact words).
   Terms in lunr's own syntax (`title:`, `~1`, `^2`, `*`) are left as typed. */
(function () {
  "use strict";
  var MIN_STEM = 4;
  var LANGUAGES = ["sv", "no", "da", "de"];
  var TYPES = { SETUP: 0, QUERY: 2, RESULT: 3 };
  var aliases = self.briefingAliases || { phrases: {}, names: [], tags: [], longest: 1 };
  var separator = /[\s\-]+/;
  var edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

  /* The folder of lunr-languages, found the way Material's worker finds it. */
  function lunrFolder() {
    if (typeof parent !== "undefined" && "IFrameWorker" in parent) {
      var script = document.querySelector("script[src]");
      return script.src.split("/worker")[0] + "/lunr";
    }
    return "../lunr";
  }

  /* Load the stemmers of languages the site's search configuration does not load itself. */
  function loadStemmers(config) {
    var missing = LANGUAGES.filter(function (lang) {
      return config.lang.indexOf(lang) < 0;
    });
    if (!missing.length) return Promise.resolve();
    var folder = lunrFolder();
    var scripts = [folder + "/min/lunr.stemmer.support.min.js"].concat(
      missing.map(function (lang) { return folder + "/min/lunr." + lang + ".min.js"; })
    );
    return Promise.resolve(importScripts.apply(self, scripts));
  }

  function stemmers() {
    var found = [self.lunr.stemmer];
    LANGUAGES.forEach(function (lang) {
      if (self.lunr[lang] && self.lunr[lang].stemmer) found.push(self.lunr[lang].stemmer);
    });
    return found;
  }

  /* The shortest prefix of `word` the stemmers leave, at least MIN_STEM letters long. */
  function stem(word) {
    var lower = word.toLowerCase();
    if (lower.length <= MIN_STEM || /\P{L}/u.test(lower)) return lower;
    var best = lower;
    stemmers().forEach(function (stemmer) {
      var stemmed = String(stemmer(new self.lunr.Token(lower, {})));
      var i = 0;
      while (i < stemmed.length && stemmed[i] === lower[i]) i++;
      if (i >= MIN_STEM && i < best.length) best = lower.slice(0, i);
    });
    return best;
  }

  function clean(word) {
    return word.replace(edges, "");
  }

  /* The entity whose alias the words from `start` spell (longest first), as [end, names]. */
  function matchAlias(words, start) {
    for (var n = Math.min(aliases.longest, words.length - start); n > 0; n--) {
      var parts = words.slice(start, start + n).map(clean);
      if (n > 1 && words.slice(start + 1, start + n).some(function (w) { return /^[+-]/.test(w); }))
        continue;
      var last = parts[n - 1];
      var tails = [last, last.replace(/(?:['’:]?s)$/i, "")];
      for (var t = 0; t < tails.length; t++) {
        var typed = parts.slice(0, n - 1).concat([tails[t]]).join(" ");
        var entries = aliases.phrases[typed.toLowerCase()] || [];
        for (var e = 0; e < entries.length; e++) {
          var entry = entries[e];
          if (entry.exact && entry.exact !== typed) continue;
          return [start + n, entry.entity];
        }
      }
    }
    return null;
  }

  function terms(sign, words) {
    return words.filter(Boolean).map(function (w) {
      return sign ? sign + w + "*" : w;
    });
  }

  /* A name as a query term: a prefix, or the whole word if shorter than MIN_STEM (`us`). */
  function nameTerm(sign, name, field) {
    var term = (field ? field + ":" : "") + name;
    if (name.length >= MIN_STEM) return sign ? sign + term + "*" : term;
    return sign ? sign + term : term + "^1";
  }

  /* An entity as query terms: its one-word names in the text, its slug in the tags. The slug
     is one token (`united_states`) and matched whole: as a prefix, or word by word, `state`
     would find what is tagged `united_states`. */
  var expanded = [];
  function entityTerms(sign, entity) {
    var names = aliases.names[entity];
    expanded.push(names.concat(aliases.tags[entity]));
    var terms = names.map(function (name) { return nameTerm(sign, name); });
    return terms.concat(aliases.tags[entity].map(function (slug) {
      return sign ? sign + "tags:" + slug : "tags:" + slug + "^1";
    }));
  }

  /* Material lists a query term a result lacks as "Missing"; an alias's other names are not
     missing from a result that holds one of them. */
  function dropMissingNames(result) {
    (result.items || []).forEach(function (group) {
      group.forEach(function (item) {
        var terms = item.terms || {};
        expanded.forEach(function (names) {
          if (!names.some(function (name) { return terms[name]; })) return;
          names.forEach(function (name) { if (terms[name] === false) delete terms[name]; });
        });
      });
    });
    return result;
  }

  /* Material opens a result with its matched terms in the URL (`?h=`) and marks them on the
     page from where a word begins to where the term ends: a rewritten term (`halvled`) would
     mark part of each word. The whole words the result's own text marks come first (the page
     tries them in that order, longest first), so those are marked whole. */
  var MARKED = /<mark>([^<&]+)<\/mark>/g;
  function wholeWords(result) {
    (result.items || []).forEach(function (group) {
      group.forEach(function (item) {
        var found = {};
        [item.title, item.text].forEach(function (html) {
          String(html || "").replace(MARKED, function (_, word) { found[word.toLowerCase()] = 1; });
        });
        var words = Object.keys(found).sort(function (a, b) { return b.length - a.length; });
        if (!words.length) return;
        var terms = {};
        words.forEach(function (word) { terms[word] = true; });
        Object.keys(item.terms || {}).forEach(function (term) {
          if (!(term in terms)) terms[term] = item.terms[term];
        });
        item.terms = terms;
      });
    });
    return result;
  }

  function rewriteWords(text, forced) {
    var words = text.split(/\s+/).filter(Boolean);
    var out = [];
    for (var i = 0; i < words.length; ) {
      var word = words[i];
      var sign = forced || (/^[+-]/.test(word) ? word[0] : "");
      var bare = /^[+-]/.test(word) ? word.slice(1) : word;
      if (/[*~^:]/.test(bare) && !/^[^:]+:s$/i.test(bare)) {
        out.push(word);
        i++;
        continue;
      }
      var alias = sign === "+" ? null : matchAlias([bare].concat(words.slice(i + 1)), 0);
      if (alias) {
        out = out.concat(entityTerms(sign, alias[1]));
        i += alias[0];
        continue;
      }
      var parts = bare.replace(/:s$/i, "").split(separator).map(clean).map(stem);
      out = out.concat(terms(sign, parts));
      i++;
    }
    return out.join(" ");
  }

  /* The query as Material should see it (see the comment at the top). */
  function rewrite(query) {
    return query
      .split(/"([^"]*)"/)
      .map(function (part, i) { return rewriteWords(part, i % 2 ? "+" : ""); })
      .join(" ")
      .trim();
  }

  /* The setup message passes as it is; the stemmers it does not load start loading, and are
     loaded before the first query is rewritten. */
  var config = null;
  var loaded = null;
  function prepare(message) {
    if (message && message.type === TYPES.SETUP) {
      config = message.data.config;
      separator = new RegExp(config.separator);
      loaded = Promise.resolve(config).then(loadStemmers);
    }
    if (!message || message.type !== TYPES.QUERY || typeof message.data !== "string")
      return message;
    loaded = loaded || (config ? loadStemmers(config) : Promise.resolve());
    return loaded.then(function () {
      expanded = [];
      return { type: message.type, data: rewrite(message.data) };
    });
  }

  /* Material's worker registers one "message" listener; each message reaches it rewritten,
     one at a time and in order (the stemmers load asynchronously from file://), after
     search-index.js has seen it (`self.briefingIndex`, which may hand the latest query to
     Material again), and its answer passes dropMissingNames and wholeWords on the way out. */
  var listen = self.addEventListener;
  var queue = Promise.resolve();
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return listen.apply(self, arguments);
    function handle(message) {
      var indexing = self.briefingIndex;
      queue = queue
        .then(function () { return indexing ? indexing.prepare(message, handle) : message; })
        .then(prepare)
        .then(function (data) { return listener({ data: data }); })
        .catch(function (error) { console.warn("briefing search:", error); });
    }
    return listen.call(self, type, function (event) { handle(event.data); }, options);
  };
  var post = self.postMessage;
  self.postMessage = function (message) {
    if (message && message.type === TYPES.RESULT && message.data)
      wholeWords(dropMissingNames(message.data));
    if (self.briefingIndex) self.briefingIndex.annotate(message);
    return post.apply(self, arguments);
  };
  self.briefingSearch = { rewrite: rewrite, stem: stem, types: TYPES };
})();
