// Live reload for `sourcebook serve`: serve adds this script to the pages it serves (never to
// the built site). The page knows the generation of the site it was served from; the server
// sends "reload" once a newer generation (a rebuilt site, or a failed rebuild's error page)
// is published.
(function () {
  'use strict';
  var script = document.currentScript;
  var since = (script && script.dataset.generation) || '0';
  var events = new EventSource('/__sourcebook/events?since=' + encodeURIComponent(since));
  events.addEventListener('reload', function () {
    events.close();
    window.location.reload();
  });
})();
