// Reader tools of an article page: a print button, and a text size for the article's body that is remembered
// across pages and visits. The buttons are shown by this script only: without it they would do nothing.
(function () {
    "use strict";

    var tools = document.querySelector(".reader-tools");
    var body = document.querySelector(".article__body");
    if (!tools || !body) {
        return;
    }
    var KEY = "campusnews.textSize";
    var SMALLEST = -1;
    var LARGEST = 3;
    var smaller = document.getElementById("text-smaller");
    var larger = document.getElementById("text-larger");
    var qrCode = document.querySelector(".reader-qr img");

    function within(size) {
        return Math.max(SMALLEST, Math.min(LARGEST, size));
    }

    function storedSize() {
        try {
            var size = parseInt(window.localStorage.getItem(KEY), 10);
            return isNaN(size) ? 0 : within(size);
        } catch (storageRefused) {
            return 0;
        }
    }

    function show(size) {
        if (size === 0) {
            body.removeAttribute("data-text-size");
        } else {
            body.setAttribute("data-text-size", String(size));
        }
        smaller.setAttribute("aria-disabled", String(size <= SMALLEST));
        larger.setAttribute("aria-disabled", String(size >= LARGEST));
    }

    var size = storedSize();

    function change(step) {
        var wanted = within(size + step);
        if (wanted === size) {
            return;
        }
        size = wanted;
        show(size);
        try {
            window.localStorage.setItem(KEY, String(size));
        } catch (storageRefused) {
            // The size still applies to this page.
        }
    }

    // The QR code is loaded lazily, when it comes into view; a printout should carry it all the same.
    function loadQrCode() {
        if (qrCode) {
            qrCode.loading = "eager";
        }
    }

    function printPage() {
        if (!qrCode) {
            window.print();
            return;
        }
        loadQrCode();
        var atMost = new Promise(function (resolve) {
            window.setTimeout(resolve, 2000);
        });
        Promise.race([qrCode.decode(), atMost]).catch(function () {}).then(function () {
            window.print();
        });
    }

    show(size);
    smaller.addEventListener("click", function () {
        change(-1);
    });
    larger.addEventListener("click", function () {
        change(1);
    });
    document.getElementById("print-page").addEventListener("click", printPage);
    window.addEventListener("beforeprint", loadQrCode);
    window.addEventListener("storage", function (event) {
        if (event.key === KEY) {
            size = storedSize();
            show(size);
        }
    });
    tools.hidden = false;
})();
