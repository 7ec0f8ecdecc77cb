// Installed by PreviewPane through executeScript after the shell loads. The shell's CSP blocks every page
// script, so this is the only script in the page. It talks to Java through window.pwBridge.
(function () {
  'use strict';
  var ignoreY = -1;     // scrollY of our own last scroll: its scroll event must not echo back to the editor
  var lastLine = -1;    // line to hold at the top when images above it finish loading
  var timer = 0;

  // Blocks carrying data-line in document order, keeping only increasing lines so nested blocks
  // (a list item and its paragraph on the same line) count once and binary search works.
  function anchors() {
    var all = document.querySelectorAll('#pw-content [data-line]');
    var out = [];
    var last = -Infinity;
    for (var i = 0; i < all.length; i++) {
      var line = parseInt(all[i].getAttribute('data-line'), 10);
      if (line > last) { out.push({ line: line, el: all[i] }); last = line; }
    }
    return out;
  }

  // Measured at call time on purpose: cached offsets go stale as images load.
  function docTop(el) { return el.getBoundingClientRect().top + window.pageYOffset; }

  function yForLine(line) {
    var a = anchors();
    if (!a.length) { return 0; }
    if (line < a[0].line) {   // frontmatter and header: interpolate from the page top to the first block
      return a[0].line > 1 ? Math.max(0, (line - 1) / (a[0].line - 1)) * docTop(a[0].el) : 0;
    }
    var lo = 0, hi = a.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (a[mid].line <= line) { lo = mid; } else { hi = mid - 1; }
    }
    var y = docTop(a[lo].el);
    if (lo + 1 < a.length && line > a[lo].line) {
      var next = a[lo + 1];
      y += (line - a[lo].line) / (next.line - a[lo].line) * (docTop(next.el) - y);
    }
    return y;
  }

  function lineAtTop() {
    var a = anchors();
    if (!a.length) { return -1; }
    var firstTop = a[0].el.getBoundingClientRect().top;
    if (firstTop > 0.5) {
      var y0 = firstTop + window.pageYOffset;
      return y0 > 0 ? 1 + (window.pageYOffset / y0) * (a[0].line - 1) : a[0].line;
    }
    var lo = 0, hi = a.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (a[mid].el.getBoundingClientRect().top <= 0.5) { lo = mid; } else { hi = mid - 1; }
    }
    var line = a[lo].line;
    if (lo + 1 < a.length) {
      var t = a[lo].el.getBoundingClientRect().top;
      var tn = a[lo + 1].el.getBoundingClientRect().top;
      if (tn > t) { line += Math.max(0, -t) / (tn - t) * (a[lo + 1].line - a[lo].line); }
    }
    return line;
  }

  function report() {
    timer = 0;
    if (Math.abs(window.pageYOffset - ignoreY) < 1) { return; }
    ignoreY = -1;
    var line = lineAtTop();
    if (line >= 0) {
      lastLine = line;
      window.pwBridge.scrolled(line);
    }
  }

  var shownHeader = null;

  window.pwSet = function (headerHtml, bodyHtml) {
    if (headerHtml !== shownHeader) {
      document.getElementById('pw-header').innerHTML = headerHtml;
      shownHeader = headerHtml;
    }
    patch(document.getElementById('pw-content'), bodyHtml);
  };

  // Puts html into target, replacing only the top-level nodes that changed: a keystroke in a long post then
  // re-lays out one block instead of the page, and images elsewhere are not reloaded. Blocks below an added
  // or removed line differ only in their data-line; those are kept and renumbered in place.
  function patch(target, html) {
    // parsed in a template: an inert document, so copies of unchanged blocks load no images before they are
    // dropped; moving the new nodes into the page adopts them
    var fresh = document.createElement('template');
    fresh.innerHTML = html;
    var olds = target.childNodes;
    var news = fresh.content.childNodes;
    var start = 0;
    var min = Math.min(olds.length, news.length);
    while (start < min && olds[start].isEqualNode(news[start])) { start++; }
    var endOld = olds.length;
    var endNew = news.length;
    while (endOld > start && endNew > start) {
      var o = olds[endOld - 1];
      var n = news[endNew - 1];
      if (!o.isEqualNode(n)) {
        if (!sameButLines(o, n)) { break; }
        copyLines(o, n);
      }
      endOld--;
      endNew--;
    }
    var ref = endOld < olds.length ? olds[endOld] : null;
    for (var i = endOld - 1; i >= start; i--) { target.removeChild(olds[i]); }
    var added = document.createDocumentFragment();
    for (var k = start; k < endNew; k++) { added.appendChild(news[start]); }   // each move shortens news
    target.insertBefore(added, ref);
  }

  function sameButLines(a, b) {
    if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) { return false; }
    if (a.nodeType !== 1) { return a.nodeValue === b.nodeValue; }
    var attrs = a.attributes;
    if (attrs.length !== b.attributes.length) { return false; }
    for (var i = 0; i < attrs.length; i++) {
      if (attrs[i].name !== 'data-line' && b.getAttribute(attrs[i].name) !== attrs[i].value) { return false; }
    }
    var ac = a.childNodes;
    var bc = b.childNodes;
    if (ac.length !== bc.length) { return false; }
    for (var j = 0; j < ac.length; j++) {
      if (!sameButLines(ac[j], bc[j])) { return false; }
    }
    return true;
  }

  function copyLines(a, b) {
    if (a.nodeType !== 1) { return; }
    var line = b.getAttribute('data-line');
    if (line !== null && a.getAttribute('data-line') !== line) { a.setAttribute('data-line', line); }
    for (var j = 0; j < a.childNodes.length; j++) { copyLines(a.childNodes[j], b.childNodes[j]); }
  }

  window.pwScrollToLine = function (line) {
    lastLine = line;
    window.scrollTo(0, Math.round(yForLine(line)));
    ignoreY = window.pageYOffset;
  };

  window.pwLineAtTop = lineAtTop;

  window.pwScrollToId = function (id) {
    var el = document.getElementById(id) || document.getElementsByName(id)[0];
    if (el) { window.scrollTo(0, Math.round(docTop(el))); }   // not ignored: the editor should follow
    return !!el;
  };

  window.pwSetDark = function (dark) {
    if (dark) { document.documentElement.classList.add('pw-dark'); }
    else { document.documentElement.classList.remove('pw-dark'); }
  };

  // Trailing-edge throttle: at most one report per 50 ms, always including the final position.
  window.addEventListener('scroll', function () {
    if (!timer) { timer = setTimeout(report, 50); }
  });

  // Images above the synced line push it down as they load (or turn into broken-image boxes); put it back.
  // Capture phase: load and error do not bubble.
  function imageSettled(e) {
    if (e.target && e.target.tagName === 'IMG' && lastLine >= 0) { window.pwScrollToLine(lastLine); }
  }
  document.addEventListener('load', imageSettled, true);
  document.addEventListener('error', imageSettled, true);

  // No navigation inside the preview: every link goes to Java, which decides.
  function linkClick(e) {
    var n = e.target;
    while (n && !(n.tagName === 'A' && n.hasAttribute('href'))) { n = n.parentElement; }
    if (!n) { return; }
    e.preventDefault();
    window.pwBridge.open(n.getAttribute('href'));
  }
  document.addEventListener('click', linkClick, true);
  document.addEventListener('auxclick', linkClick, true);
  document.addEventListener('submit', function (e) { e.preventDefault(); }, true);
})();
