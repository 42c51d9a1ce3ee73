// Search for search.html, entirely in the browser, from file:// as well as over HTTP.
// static/search-index.js (loaded first) sets window.sourcebookSearch, the index's manifest:
//   docs: how many documents; dir: the shards' folder from the site's root;
//   terms: the first term of each term shard t<n> (sorted, UTF-16 order);
//   chunks: the first document of each document chunk d<n>, as a number list;
//   stop: function words, left out of passages.
// Shards are scripts too, because browsers refuse fetch() of local files: each one calls
// sourcebookSearchShard(name, data) when the <script> element added for it loads. A term
// shard is {terms: [...], postings: [...]}, each posting a number list of documents per rank
// (title, other names, text) joined by spaces; a document chunk is {docs: [{k: kind,
// t: title, s: snippet, u: link from the site root}, ...]}.
// Titles and snippets are source text, so results are built with textContent only, never
// parsed as HTML. No inline script, eval or handler attributes: the CSP forbids them.
(function () {
  "use strict";

  var PAGE = 20; // results shown at once; "Show more" adds as many again
  var DELAY_MS = 120; // typing pauses this long before a search: one search per burst of keys
  var RANKS = 3; // title, other names, text; RANKS itself means "not found"
  // The digits of number lists (src/render/search/script.rs): the first 32 end a number,
  // the others say more digits follow.
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  // Lowercase without diacritics, so "kabulov" finds "Kābulov" and "etat" finds "État". The
  // index folds its terms the same way (src/render/search/index.rs, `words`).
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  }

  function words(text) {
    return text ? fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean) : [];
  }

  // A number list: gaps from the number before (from -1, less one), base 32, lowest digit first.
  function decodeList(text) {
    var numbers = [];
    var previous = -1, gap = 0, scale = 1;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS.indexOf(text.charAt(i));
      if (digit >= 32) {
        gap += (digit - 32) * scale;
        scale *= 32;
      } else {
        previous += gap + digit * scale + 1;
        numbers.push(previous);
        gap = 0;
        scale = 1;
      }
    }
    return numbers;
  }

  // The index of the last item of `sorted` that is <= `key` (0 when none is).
  function lastAtMost(sorted, key) {
    var low = 0, high = sorted.length - 1, found = 0;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (sorted[middle] <= key) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  // Shards by name, each loaded once by a <script> element.
  var arrived = {};
  var loading = {};
  window.sourcebookSearchShard = function (name, data) {
    arrived[name] = data;
  };

  function loadShard(root, dir, name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = root + dir + name + ".js";
        script.addEventListener("load", function () {
          script.remove();
          if (arrived[name]) resolve(arrived[name]);
          else reject(new Error(dir + name + ".js did not register itself"));
        });
        script.addEventListener("error", function () {
          script.remove();
          delete loading[name]; // so that a later search tries again
          reject(new Error(dir + name + ".js did not load"));
        });
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  function Index(manifest, root) {
    this.manifest = manifest;
    this.root = root;
    this.chunkStarts = decodeList(manifest.chunks || "");
    this.stop = new Set(manifest.stop || []);
  }

  Index.prototype.load = function (name) {
    return loadShard(this.root, this.manifest.dir, name);
  };

  // The words a query searches for: function words are dropped when there are others, as the
  // index leaves them out of passages. A word of one letter or digit matches only itself;
  // longer ones match the words they begin ("harb" finds "Harbour").
  Index.prototype.queryWords = function (text) {
    var all = Array.from(new Set(words(text)));
    var stop = this.stop;
    var content = all.filter(function (w) {
      return !stop.has(w);
    });
    return content.length ? content : all;
  };

  // The term shards that may hold words `word` begins (or `word` itself, when `exact`).
  Index.prototype.shardsFor = function (word, exact) {
    var firsts = this.manifest.terms || [];
    if (!firsts.length) return [];
    var at = lastAtMost(firsts, word);
    var names = ["t" + at];
    for (var n = at + 1; !exact && n < firsts.length && firsts[n].startsWith(word); n++) {
      names.push("t" + n);
    }
    return names;
  };

  // For each document, the best rank at which `word` is found in it (RANKS when it is not).
  Index.prototype.ranksOf = function (word) {
    var exact = word.length < 2;
    var docs = this.manifest.docs;
    return Promise.all(this.shardsFor(word, exact).map(this.load, this)).then(function (shards) {
      var ranks = new Uint8Array(docs).fill(RANKS);
      shards.forEach(function (shard) {
        var terms = shard.terms;
        for (var i = lastAtMost(terms, word); i < terms.length; i++) {
          var term = terms[i];
          if (exact ? term !== word : !term.startsWith(word)) {
            if (term > word) break;
            continue;
          }
          var lists = shard.postings[i].split(" ");
          for (var rank = 0; rank < lists.length && rank < RANKS; rank++) {
            var found = decodeList(lists[rank]);
            for (var f = 0; f < found.length; f++) {
              if (found[f] < docs && ranks[found[f]] > rank) ranks[found[f]] = rank;
            }
          }
        }
      });
      return ranks;
    });
  };

  // The documents that hold every query word, best rank first (a document's rank is that of
  // its worst-placed word), then in index order: actors, events, themes, sources, passages,
  // the main actors first, events by date, passages in text order.
  Index.prototype.search = function (text) {
    var query = this.queryWords(text);
    if (!query.length) return Promise.resolve([]);
    return Promise.all(query.map(this.ranksOf, this)).then(function (perWord) {
      var worst = perWord[0];
      for (var w = 1; w < perWord.length; w++) {
        for (var d = 0; d < worst.length; d++) {
          if (perWord[w][d] > worst[d]) worst[d] = perWord[w][d];
        }
      }
      var ordered = [];
      for (var rank = 0; rank < RANKS; rank++) {
        for (var doc = 0; doc < worst.length; doc++) if (worst[doc] === rank) ordered.push(doc);
      }
      return ordered;
    });
  };

  // The documents numbered `docs`, loading only the chunks that hold them.
  Index.prototype.documents = function (docs) {
    var starts = this.chunkStarts;
    var self = this;
    return Promise.all(
      docs.map(function (doc) {
        var n = lastAtMost(starts, doc);
        return self.load("d" + n).then(function (chunk) {
          return chunk.docs[doc - starts[n]];
        });
      })
    );
  };

  function label(kind) {
    return kind.charAt(0).toUpperCase() + kind.slice(1);
  }

  // Links are site-relative; anything with a scheme (javascript:, http:) is not ours.
  function isOurs(doc) {
    return !!doc && typeof doc.u === "string" && !/^[a-z][a-z0-9+.-]*:/i.test(doc.u);
  }

  function resultItem(doc, root) {
    var li = document.createElement("li");
    li.className = "result result-" + doc.k;
    var link = document.createElement("a");
    link.href = root + doc.u;
    link.textContent = doc.t;
    li.appendChild(link);
    li.appendChild(document.createTextNode(" "));
    var kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = label(String(doc.k));
    li.appendChild(kind);
    if (doc.s) {
      var snippet = document.createElement("p");
      snippet.textContent = doc.s;
      li.appendChild(snippet);
    }
    return li;
  }

  function start() {
    var form = document.getElementById("search-form");
    var input = document.getElementById("search-input");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    if (!form || !input || !status || !list) return;
    var root = form.getAttribute("data-root") || "";
    var manifest = window.sourcebookSearch;
    if (!manifest || !Array.isArray(manifest.terms) || typeof manifest.docs !== "number") {
      status.textContent = "The search index (static/search-index.js) did not load.";
      return;
    }
    var index = new Index(manifest, root);
    var more = document.createElement("button");
    more.type = "button";
    more.className = "search-more";
    more.textContent = "Show more results";
    more.hidden = true;
    list.parentNode.insertBefore(more, list.nextSibling);

    var latest = 0; // the number of the latest search: an older one that ends later is dropped
    var found = [];
    var shown = 0;
    var quoted = "";

    function describe() {
      if (shown < found.length) {
        status.textContent = "The first " + shown + " of " + found.length + " results for " + quoted + ".";
      } else {
        status.textContent = found.length + (found.length === 1 ? " result" : " results") + " for " + quoted + ".";
      }
      more.hidden = shown >= found.length;
    }

    function failed(error) {
      status.textContent = "Part of the search index did not load (" + error.message + ").";
    }

    // Adds the next page of results to the list.
    function showMore(search) {
      var next = found.slice(shown, shown + PAGE);
      more.disabled = true; // one page at a time, or a double click would show one twice
      return index.documents(next).then(function (docs) {
        more.disabled = false;
        if (search !== latest) return;
        var items = document.createDocumentFragment();
        for (var i = 0; i < docs.length; i++) if (isOurs(docs[i])) items.appendChild(resultItem(docs[i], root));
        list.appendChild(items);
        shown += next.length;
        describe();
      });
    }

    function show(text) {
      var search = ++latest;
      if (!words(text).length) {
        found = [];
        shown = 0;
        list.textContent = "";
        more.hidden = true;
        status.textContent = "Type a name, a place, a date or words from a passage.";
        return;
      }
      index
        .search(text)
        .then(function (docs) {
          if (search !== latest) return;
          found = docs;
          shown = 0;
          quoted = "“" + text.trim() + "”";
          list.textContent = "";
          if (!found.length) {
            more.hidden = true;
            status.textContent = "No results for " + quoted + ".";
            return;
          }
          return showMore(search);
        })
        .catch(failed);
    }

    more.addEventListener("click", function () {
      showMore(latest).catch(function (error) {
        more.disabled = false;
        failed(error);
      });
    });

    var timer = 0;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        show(input.value);
      }, DELAY_MS);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      show(input.value);
      // Keep the query in the address so it can be shared and survives a reload.
      try {
        var url = new URL(window.location.href);
        if (input.value.trim()) url.searchParams.set("q", input.value.trim());
        else url.searchParams.delete("q");
        window.history.replaceState(null, "", url.href);
      } catch (e) {
        // Some browsers refuse history changes on file:// pages; the search itself worked.
      }
    });

    input.value = new URLSearchParams(window.location.search).get("q") || "";
    show(input.value);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
