// The portal's only script: small, no third-party code. Pages work without it; it adds
//  - the retry after a busy answer: counts Retry-After down, then sends the same form again (what was typed is in it);
//  - the large-text mode (适老化), remembered in this browser;
//  - countdowns ([data-countdown-to]) and polling ([data-poll-url]) on the payment page;
//  - a region kept up to date ([data-refresh-every], optionally [data-refresh-from]: the staff console's live figures,
//    a results import's progress);
//  - a private image that cannot be had ([data-unavailable]) said in words beside where it would be.
(function () {
  "use strict";
  var timers = [];

  function clearTimers() { timers.forEach(clearInterval); timers = []; }

  function retry(notice) {
    var left = parseInt(notice.getAttribute("data-retry-after"), 10) || 1;
    var counter = notice.querySelector("[data-retry-countdown]");
    var timer = setInterval(function () {
      left -= 1;
      if (counter) counter.textContent = String(Math.max(left, 0));
      if (left > 0) return;
      clearInterval(timer);
      var button = notice.querySelector("[data-retry-now]");
      if (button && button.form) button.form.requestSubmit(button); else location.reload();
    }, 1000);
    timers.push(timer);
  }

  function countdown(el) {
    var end = Date.parse(el.getAttribute("data-countdown-to"));
    function tick() {
      var s = Math.max(0, Math.round((end - Date.now()) / 1000));
      el.textContent = Math.floor(s / 60) + " 分 " + (s % 60) + " 秒";
      if (s === 0) { el.closest("[data-expired-text]") && (el.textContent = el.closest("[data-expired-text]").getAttribute("data-expired-text")); return false; }
      return true;
    }
    if (tick()) timers.push(setInterval(function () { if (!tick()) clearTimers(); }, 1000));
  }

  function poll(el) {
    var url = el.getAttribute("data-poll-url"), done = el.getAttribute("data-poll-done");
    var every = (parseInt(el.getAttribute("data-poll-every"), 10) || 3) * 1000;
    timers.push(setInterval(function () {
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (state) { if (state && state.done) location.assign(done); })
        .catch(function () { /* the next poll tries again */ });
    }, every));
  }

  // A region (with an id) brought up to date every n seconds from the page's own address (or its data-refresh-from):
  // only its content is replaced, and not while the keyboard focus is inside it, so the person's place on the page stays
  // where it is. A fresh copy without data-refresh-every (e.g. a finished import) is the last one fetched.
  function refresh(el) {
    var every = (parseInt(el.getAttribute("data-refresh-every"), 10) || 30) * 1000;
    var from = el.getAttribute("data-refresh-from") || location.href;
    var timer = setInterval(function () {
      if (document.hidden || el.contains(document.activeElement)) return;
      fetch(from, { credentials: "same-origin", headers: { "Accept": "text/html" } })
        .then(function (r) { return r.ok && !r.redirected ? r.text() : null; })
        .then(function (html) {
          var fresh = html && new DOMParser().parseFromString(html, "text/html").getElementById(el.id);
          if (!fresh || el.contains(document.activeElement)) return;
          el.innerHTML = fresh.innerHTML;
          if (!fresh.hasAttribute("data-refresh-every")) clearInterval(timer);
        })
        .catch(function () { /* the next refresh tries again */ });
    }, every);
    timers.push(timer);
  }

  function textSize() {
    var large = localStorage.getItem("portal.largeText") === "1";
    document.documentElement.classList.toggle("large-text", large);
    document.querySelectorAll("[data-text-size]").forEach(function (b) {
      b.setAttribute("aria-pressed", large ? "true" : "false");
      b.textContent = large ? "标准字号" : "大字模式";
    });
  }

  function start() {
    clearTimers();
    textSize();
    document.querySelectorAll("[data-retry-after]").forEach(retry);
    document.querySelectorAll("[data-countdown-to]").forEach(countdown);
    document.querySelectorAll("[data-poll-url]").forEach(poll);
    document.querySelectorAll("[data-refresh-every][id]").forEach(refresh);
  }

  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("[data-text-size]");
    if (!b) return;
    localStorage.setItem("portal.largeText", document.documentElement.classList.contains("large-text") ? "0" : "1");
    textSize();
  });
  // An image's load error does not bubble: caught on its way down. The words replace the broken image, read as an alert.
  document.addEventListener("error", function (e) {
    var img = e.target;
    if (!(img instanceof HTMLImageElement) || !img.hasAttribute("data-unavailable")) return;
    var said = document.createElement("p");
    said.className = "field-error";
    said.setAttribute("role", "alert");
    said.textContent = img.getAttribute("data-unavailable");
    img.replaceWith(said);
  }, true);
  document.addEventListener("DOMContentLoaded", start);
  if (window.Blazor) window.Blazor.addEventListener("enhancedload", start);
  else document.addEventListener("DOMContentLoaded", function () { window.Blazor && window.Blazor.addEventListener("enhancedload", start); });
})();
