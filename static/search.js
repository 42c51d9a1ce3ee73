// Search for search.html, entirely in the browser, from file:// as well as over HTTP.
// static/search-index.js (loaded first) sets window.sourcebookSearch = {entries: [...]},
// each entry {k: kind, t: title, x: extra words, s: snippet, u: link from the site root}.
// Titles and snippets are source text, so results are built with textContent only, never
// parsed as HTML. No inline script, eval or handler attributes: the CSP forbids them.
(function () {
  "use strict";

  var LIMIT = 50;
  var DELAY_MS = 120; // typing pauses this long before a search: one search per burst of keys

  // Lowercase without diacritics, so "kabulov" finds "Kābulov" and "etat" finds "État".
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  }

  function words(text) {
    return text ? fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean) : [];
  }

  // The words of an entry's fields in rank order: title, extra words, snippet. A claim's
  // title is its source's title, shown for context but not matched: otherwise a search for
  // a source would list every one of its passages.
  function fieldsOf(entry) {
    return [entry.k === "claim" ? [] : words(entry.t), words(entry.x), words(entry.s)];
  }

  // How well an entry matches: 0 when every query word is in the title, 1 when the extra
  // words are needed, 2 when the snippet is; -1 when a word is nowhere. A query word matches
  // the words it begins ("harb" finds "Harbour").
  function rank(fields, query) {
    var worst = 0;
    for (var i = 0; i < query.length; i++) {
      var found = -1;
      for (var f = 0; f < fields.length && found < 0; f++) {
        for (var w = 0; w < fields[f].length; w++) {
          if (fields[f][w].startsWith(query[i])) {
            found = f;
            break;
          }
        }
      }
      if (found < 0) return -1;
      if (found > worst) worst = found;
    }
    return worst;
  }

  // Best rank first; at equal rank actors, events, themes and sources before passages, then
  // index order (the index lists the main actors first, events by date, claims in text order).
  function search(prepared, text) {
    var query = words(text);
    if (!query.length) return [];
    var hits = [];
    for (var i = 0; i < prepared.length; i++) {
      var r = rank(prepared[i].fields, query);
      if (r >= 0) hits.push({ rank: r, claim: prepared[i].entry.k === "claim" ? 1 : 0, at: i });
    }
    hits.sort(function (a, b) {
      return a.rank - b.rank || a.claim - b.claim || a.at - b.at;
    });
    return hits.map(function (h) {
      return prepared[h.at].entry;
    });
  }

  function label(kind) {
    return kind.charAt(0).toUpperCase() + kind.slice(1);
  }

  function resultItem(entry, root) {
    var li = document.createElement("li");
    li.className = "result result-" + entry.k;
    var link = document.createElement("a");
    link.href = root + entry.u;
    link.textContent = entry.t;
    li.appendChild(link);
    li.appendChild(document.createTextNode(" "));
    var kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = label(entry.k);
    li.appendChild(kind);
    if (entry.s) {
      var snippet = document.createElement("p");
      snippet.textContent = entry.s;
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
    var index = window.sourcebookSearch;
    if (!index || !Array.isArray(index.entries)) {
      status.textContent = "The search index (static/search-index.js) did not load.";
      return;
    }
    var prepared = index.entries
      // Links are site-relative; anything with a scheme (javascript:, http:) is not ours.
      .filter(function (e) {
        return typeof e.u === "string" && !/^[a-z][a-z0-9+.-]*:/i.test(e.u);
      })
      .map(function (e) {
        return { entry: e, fields: fieldsOf(e) };
      });

    function show(text) {
      var found = search(prepared, text);
      var shown = found.slice(0, LIMIT);
      var items = document.createDocumentFragment();
      for (var i = 0; i < shown.length; i++) items.appendChild(resultItem(shown[i], root));
      list.textContent = "";
      list.appendChild(items);
      var q = "“" + text.trim() + "”";
      if (!words(text).length) {
        status.textContent = "Type a name, a place, a date or words from a passage.";
      } else if (!found.length) {
        status.textContent = "No results for " + q + ".";
      } else if (found.length > LIMIT) {
        status.textContent =
          "The first " + LIMIT + " of " + found.length + " results for " + q + ": add words to narrow them.";
      } else {
        status.textContent = found.length + (found.length === 1 ? " result" : " results") + " for " + q + ".";
      }
    }

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
