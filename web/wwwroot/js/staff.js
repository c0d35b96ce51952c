// The staff console's keyboard shortcuts: a key pressed outside any field acts on the element of the page marked
// data-shortcut="<key>" (each such element also says its key in its label and in aria-keyshortcuts):
// a button or link is pressed, a field (the first common reason) gets the focus. Modifier keys are left to the browser.
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.altKey || e.metaKey || e.shiftKey || e.repeat || e.key.length !== 1) return;
    var t = e.target;
    var typing = t && (t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName) || (t.tagName === "INPUT" && !/^(radio|checkbox|submit|button)$/.test(t.type)));
    if (typing) return;
    var target = document.querySelector('[data-shortcut="' + e.key.toLowerCase() + '"]');
    if (!target) return;
    e.preventDefault();
    if (target.tagName === "INPUT") target.focus(); else target.click();
  });
})();
