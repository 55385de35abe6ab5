// Behaviour of the staff pages. Everything works without it; it only makes the pages easier to use.
(function () {
    "use strict";

    // Tabs: one language version visible at a time.
    document.querySelectorAll("[data-tabs]").forEach(function (tabList) {
        var tabs = Array.prototype.slice.call(tabList.querySelectorAll("[role=tab]"));
        function show(selected) {
            tabs.forEach(function (tab) {
                var panel = document.getElementById(tab.getAttribute("aria-controls"));
                var active = tab === selected;
                tab.setAttribute("aria-selected", active ? "true" : "false");
                if (panel) {
                    panel.hidden = !active;
                }
            });
        }
        tabs.forEach(function (tab) {
            tab.addEventListener("click", function (event) {
                event.preventDefault();
                show(tab);
            });
        });
        var withError = tabs.filter(function (tab) {
            var panel = document.getElementById(tab.getAttribute("aria-controls"));
            return panel && panel.querySelector(".field-error, .check-finding--BLOCK");
        });
        show(withError[0] || tabs[0]);
    });

    // Forms that destroy something ask first.
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
        form.addEventListener("submit", function (event) {
            if (!window.confirm(form.getAttribute("data-confirm"))) {
                event.preventDefault();
            }
        });
    });

    // The rich-text editor, from the bundled TinyMCE.
    if (window.tinymce && document.querySelector("textarea.rich-text")) {
        var base = document.querySelector("script[src*='tinymce.min.js']").getAttribute("src").replace(/\/tinymce\.min\.js.*$/, "");
        var options = {
            selector: "textarea.rich-text",
            base_url: base,
            suffix: ".min",
            menubar: false,
            branding: false,
            promotion: false,
            // The element path in the status bar (p › strong) marks its items with ARIA attributes their role does not
            // allow, which screen readers misread; the toolbar shows the same formatting.
            elementpath: false,
            plugins: "lists link table image autoresize code",
            toolbar: "undo redo | blocks | bold italic | bullist numlist | link image table | code",
            block_formats: "Paragraph=p; Heading 2=h2; Heading 3=h3; Heading 4=h4",
            image_dimensions: true,
            link_default_protocol: "https",
            convert_urls: false,
            min_height: 320,
            readonly: document.querySelector("textarea.rich-text").closest("fieldset").disabled,
            setup: function (editor) {
                editor.on("change input", function () {
                    editor.save();
                });
            }
        };
        // Uploaded images (media.js): pasted or dropped images are uploaded, the image dialog lists the library.
        if (window.CampusMedia) {
            options.images_upload_handler = window.CampusMedia.uploadForEditor;
            options.image_list = window.CampusMedia.imageListUrl;
        }
        window.tinymce.init(options);
    }
})();
