// The portal's only script: small, no third-party code. Pages work without it; it adds
//  - the retry after a busy answer: counts Retry-After down, then sends the same form again (what was typed is in it);
//  - the large-text mode (适老化), remembered in this browser;
//  - countdowns ([data-countdown-to]) and polling ([data-poll-url]) on the payment page;
//  - a region kept up to date ([data-refresh-every], optionally [data-refresh-from]: the staff console's live figures,
//    a results import's progress);
//  - a private image that cannot be had ([data-unavailable]) said in words beside where it would be;
//  - files larger than the platform takes in one request (<meta name="max-request-bytes">, or the form's
//    data-max-bytes) refused beside their field before they are sent.
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
  // A form's files over what the platform takes in one request: the gateway would refuse the whole request (413) and
  // the person would be left with no page. Said beside the largest file's field instead, and nothing is sent. Caught on
  // its way down, before Blazor's enhanced forms see the submit. Without script the gateway answers with a page.
  var formRoom = 64 * 1024;   // the form's other fields and the multipart framing
  function megabytes(bytes) { return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "") + "MB"; }
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!(form instanceof HTMLFormElement) || form.enctype !== "multipart/form-data") return;
    var meta = document.querySelector("meta[name='max-request-bytes']");
    var limit = parseInt(form.getAttribute("data-max-bytes") || (meta && meta.content), 10);
    if (!limit) return;
    form.querySelectorAll("[data-size-error]").forEach(function (p) {
      var input = document.getElementById(p.getAttribute("data-size-error"));
      if (input) {
        input.removeAttribute("aria-invalid");
        input.setAttribute("aria-describedby", (input.getAttribute("aria-describedby") || "").replace(p.id, "").trim());
      }
      p.remove();
    });
    var total = 0, largest = null, chosen = 0;
    form.querySelectorAll("input[type=file]").forEach(function (input) {
      Array.prototype.forEach.call(input.files || [], function (file) {
        total += file.size; chosen += 1;
        if (!largest || file.size > largest.size) largest = { input: input, size: file.size };
      });
    });
    if (!largest || total + formRoom <= limit) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    var input = largest.input, said = document.createElement("p");
    said.id = (input.id || "file") + "-size-error";
    said.className = "field-error";
    said.setAttribute("role", "alert");
    said.setAttribute("data-size-error", input.id);
    said.textContent = chosen > 1 && largest.size + formRoom <= limit
      ? "所选文件合计 " + megabytes(total) + "，超过了一次最多上传的 " + megabytes(limit) + "，请压缩后重新选择。"
      : "所选文件为 " + megabytes(largest.size) + "，超过了一次最多上传的 " + megabytes(limit) + "，请压缩后重新选择。";
    input.insertAdjacentElement("afterend", said);
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", ((input.getAttribute("aria-describedby") || "") + " " + said.id).trim());
    input.focus();
  }, true);
  document.addEventListener("DOMContentLoaded", start);
  if (window.Blazor) window.Blazor.addEventListener("enhancedload", start);
  else document.addEventListener("DOMContentLoaded", function () { window.Blazor && window.Blazor.addEventListener("enhancedload", start); });
})();
