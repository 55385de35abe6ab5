// The results of the editor's link checks, shown when they are ready: while links are being checked in the
// background, the editor asks for its findings again every few seconds and puts them in place of those it shows,
// until no link is pending, for a few minutes at the most. Without it, the results show when the editor is opened again.
(function () {
    "use strict";

    var INTERVAL = 3000;
    var LONGEST = 3 * 60 * 1000;

    var script = document.currentScript;
    var url = script && script.getAttribute("data-checks-url");
    if (!url || !window.fetch || !document.getElementById("checks-pending")) {
        return;
    }
    var started = Date.now();

    // The summary at the top and the findings beside each field, each with its id.
    function parts(root) {
        return Array.prototype.slice.call(root.querySelectorAll("#checks, .check-findings[id]"));
    }

    // What the findings say, without what a reviewer typed: an update changes the page only when this differs.
    function signature(root) {
        return parts(root).map(function (part) {
            var keys = Array.prototype.map.call(part.querySelectorAll("[data-key]"), function (finding) {
                return finding.getAttribute("data-key");
            });
            return part.id + "|" + part.textContent.replace(/\s+/g, " ").trim() + "|" + keys.join(",");
        }).join("\n");
    }

    // The reasons typed to accept warnings, by the finding's key, and which of them has the focus.
    function typedReasons() {
        var reasons = {};
        document.querySelectorAll(".check-accept").forEach(function (field) {
            var key = field.querySelector("input[name=overrideKey]");
            var reason = field.querySelector("input[name=overrideReason]");
            if (key && reason) {
                reasons[key.value] = {
                    value: reason.value,
                    focused: reason === document.activeElement,
                    start: reason.selectionStart,
                    end: reason.selectionEnd
                };
            }
        });
        return reasons;
    }

    function putBack(reasons) {
        document.querySelectorAll(".check-accept").forEach(function (field) {
            var key = field.querySelector("input[name=overrideKey]");
            var reason = field.querySelector("input[name=overrideReason]");
            var typed = key && reasons[key.value];
            if (!typed || !reason) {
                return;
            }
            reason.value = typed.value;
            if (typed.focused) {
                reason.focus();
                reason.setSelectionRange(typed.start, typed.end);
            }
        });
    }

    function show(update) {
        if (signature(update) === signature(document)) {
            return;
        }
        var reasons = typedReasons();
        parts(update).forEach(function (part) {
            var shown = document.getElementById(part.id);
            if (shown) {
                shown.replaceWith(document.importNode(part, true));
            }
        });
        putBack(reasons);
    }

    // A failed answer (signed out, no longer allowed, the server away) ends the asking; reopening shows the results.
    function ask() {
        window.fetch(url, {
            credentials: "same-origin",
            redirect: "error",
            headers: {"Accept": "text/html", "X-Requested-With": "XMLHttpRequest"}
        }).then(function (response) {
            if (!response.ok) {
                throw new Error("The findings answered " + response.status);
            }
            return response.text();
        }).then(function (html) {
            var update = new DOMParser().parseFromString(html, "text/html").getElementById("checks-update");
            if (!update) {
                return;
            }
            show(update);
            if (update.getAttribute("data-pending") !== "0" && Date.now() - started < LONGEST) {
                window.setTimeout(ask, INTERVAL);
            }
        }).catch(function () {
            // Nothing to show: the findings stay as they are.
        });
    }

    window.setTimeout(ask, INTERVAL);
})();
