// Images and attachments in the article editor, and the upload form of the media library.
// Every text shown here comes from the page (data-msg-* attributes), in the page's language.
(function () {
    "use strict";

    var panel = document.getElementById("media-editor");

    function say(status, text, isError) {
        if (!status) {
            return;
        }
        status.textContent = text || "";
        status.classList.toggle("field-error", !!isError);
    }

    // The media library page: refuse a file over the limit before sending it.
    var libraryForm = document.getElementById("library-upload");
    if (libraryForm) {
        libraryForm.addEventListener("submit", function (event) {
            var input = libraryForm.querySelector("input[type=file]");
            var status = libraryForm.querySelector(".media-status");
            var limit = Number(libraryForm.getAttribute("data-max-bytes"));
            if (input.files.length && input.files[0].size > limit) {
                event.preventDefault();
                say(status, libraryForm.getAttribute("data-too-large"), true);
                return;
            }
            say(status, libraryForm.getAttribute("data-uploading"));
        });
    }

    if (!panel) {
        return;
    }

    function msg(name) {
        return panel.getAttribute("data-msg-" + name) || "";
    }

    function departmentId() {
        var select = document.getElementById("departmentId");
        return select ? select.value : "";
    }

    // Uploads one file; resolves with the stored item, rejects with a message to show.
    function upload(file, purpose, alts) {
        var limit = Number(panel.getAttribute(purpose === "IMAGE" ? "data-max-image" : "data-max-file"));
        if (file.size > limit) {
            return Promise.reject(msg(purpose === "IMAGE" ? "image-too-large" : "file-too-large"));
        }
        var data = new FormData();
        data.append("file", file, file.name);
        data.append("purpose", purpose);
        var articleId = panel.getAttribute("data-article-id");
        if (articleId) {
            data.append("articleId", articleId);
        } else if (departmentId()) {
            data.append("departmentId", departmentId());
        }
        if (alts) {
            Object.keys(alts).forEach(function (key) {
                data.append(key, alts[key]);
            });
        }
        var headers = {"Accept": "application/json"};
        headers[panel.getAttribute("data-csrf-header")] = panel.getAttribute("data-csrf-token");
        return fetch(panel.getAttribute("data-upload-url"), {
            method: "POST", body: data, headers: headers, credentials: "same-origin"
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (answer) {
                if (response.ok && answer.id) {
                    return answer;
                }
                // Refusals are problem details (RFC 9457): the detail says why, in the page's language.
                if (answer.detail) {
                    throw answer.detail;
                }
                if (response.status === 413) {
                    throw msg(purpose === "IMAGE" ? "image-too-large" : "file-too-large");
                }
                if (response.status === 403 && !articleId && !departmentId()) {
                    throw msg("department");
                }
                throw msg("failed");
            });
        }, function () {
            // A connection closed by the server is what a very large upload gets.
            throw msg("failed");
        });
    }

    // Cover image.
    var coverInput = document.getElementById("coverMediaId");
    var coverPreview = document.getElementById("cover-preview");
    var coverStatus = document.getElementById("cover-status");

    function setCover(item) {
        coverInput.value = item ? item.id : "";
        coverPreview.textContent = "";
        if (item) {
            var image = document.createElement("img");
            image.src = item.thumbnail;
            image.alt = "";
            image.width = 200;
            image.height = 150;
            coverPreview.appendChild(image);
        }
    }

    document.getElementById("cover-file").addEventListener("change", function (event) {
        var file = event.target.files[0];
        if (!file) {
            return;
        }
        say(coverStatus, msg("uploading"));
        upload(file, "IMAGE").then(function (item) {
            setCover(item);
            say(coverStatus, msg("uploaded"));
        }, function (error) {
            say(coverStatus, error, true);
        }).then(function () {
            event.target.value = "";
        });
    });
    document.getElementById("cover-remove").addEventListener("click", function () {
        setCover(null);
        say(coverStatus, "");
    });

    // Attachments.
    var attachmentList = document.getElementById("attachment-list");
    var attachmentStatus = document.getElementById("attachment-status");

    function addAttachment(item) {
        if (attachmentList.querySelector("li[data-media-id='" + item.id + "']")) {
            return;
        }
        var row = document.createElement("li");
        row.setAttribute("data-media-id", item.id);
        var hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = "attachmentIds";
        hidden.value = item.id;
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.name;
        var details = document.createElement("span");
        details.className = "muted";
        details.textContent = " " + item.sizeText + " ";
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "link-button";
        remove.setAttribute("data-remove-attachment", "");
        remove.textContent = msg("remove");
        row.append(hidden, link, details, remove);
        attachmentList.appendChild(row);
    }

    attachmentList.addEventListener("click", function (event) {
        if (event.target.hasAttribute("data-remove-attachment")) {
            event.target.closest("li").remove();
        }
    });
    document.getElementById("attachment-file").addEventListener("change", function (event) {
        var files = Array.prototype.slice.call(event.target.files);
        var chain = Promise.resolve();
        files.forEach(function (file) {
            chain = chain.then(function () {
                say(attachmentStatus, msg("uploading") + " " + file.name);
                return upload(file, "ATTACHMENT").then(function (item) {
                    addAttachment(item);
                    say(attachmentStatus, msg("uploaded"));
                });
            });
        });
        chain.catch(function (error) {
            say(attachmentStatus, error, true);
        }).then(function () {
            event.target.value = "";
        });
    });

    // Images in the text: uploaded or picked, always with a description in the version's language.
    function insertImage(editorId, item, alt) {
        var attributes = {src: item.insertSrc, alt: alt, width: item.insertWidth, height: item.insertHeight};
        var editor = window.tinymce && window.tinymce.get(editorId);
        if (editor) {
            editor.insertContent(editor.dom.createHTML("img", attributes));
            editor.save();
            return;
        }
        var textarea = document.getElementById(editorId);
        var image = document.createElement("img");
        Object.keys(attributes).forEach(function (name) {
            image.setAttribute(name, attributes[name]);
        });
        textarea.value += "<p>" + image.outerHTML + "</p>";
    }

    function altFor(block, item) {
        var typed = block.querySelector("input[type=text]").value.trim();
        if (typed) {
            return typed;
        }
        var stored = item && (block.getAttribute("data-lang") === "zh" ? item.altZh : item.altEn);
        return stored ? stored.trim() : "";
    }

    document.querySelectorAll(".media-insert").forEach(function (block) {
        var status = block.querySelector(".media-status");
        block.querySelector("[data-insert-upload]").addEventListener("click", function () {
            var fileInput = block.querySelector("input[type=file]");
            var alt = altFor(block, null);
            if (!alt) {
                say(status, msg("alt-required"), true);
                block.querySelector("input[type=text]").focus();
                return;
            }
            if (!fileInput.files.length) {
                fileInput.focus();
                return;
            }
            var alts = {};
            alts[block.getAttribute("data-lang") === "zh" ? "altZh" : "altEn"] = alt;
            say(status, msg("uploading"));
            upload(fileInput.files[0], "IMAGE", alts).then(function (item) {
                insertImage(block.getAttribute("data-editor"), item, alt);
                fileInput.value = "";
                block.querySelector("input[type=text]").value = "";
                say(status, msg("inserted"));
            }, function (error) {
                say(status, error, true);
            });
        });
    });

    // The library picker, shared by the cover, the attachments and the text.
    var picker = document.getElementById("media-picker");
    var results = document.getElementById("picker-results");
    var more = document.getElementById("picker-more");
    var pickState = {kind: "IMAGE", target: null, page: 1};

    function choose(item) {
        var target = pickState.target;
        if (target === "cover") {
            setCover(item);
        } else if (target === "attachments") {
            addAttachment(item);
        } else if (target && target.indexOf("body:") === 0) {
            var lang = target.substring(5);
            var block = document.querySelector(".media-insert[data-lang='" + lang + "']");
            var alt = altFor(block, item);
            if (!alt) {
                say(block.querySelector(".media-status"), msg("alt-required"), true);
                block.querySelector("input[type=text]").focus();
                return;
            }
            insertImage(block.getAttribute("data-editor"), item, alt);
            block.querySelector("input[type=text]").value = "";
            say(block.querySelector(".media-status"), msg("inserted"));
        }
        picker.hidden = true;
    }

    function load(page) {
        pickState.page = page;
        var url = panel.getAttribute("data-search-url") + "?kind=" + encodeURIComponent(pickState.kind)
            + "&page=" + page + "&q=" + encodeURIComponent(document.getElementById("picker-q").value);
        fetch(url, {headers: {"Accept": "application/json"}, credentials: "same-origin"}).then(function (response) {
            return response.json();
        }).then(function (answer) {
            if (page === 1) {
                results.textContent = "";
            }
            if (!answer.items.length && page === 1) {
                var none = document.createElement("li");
                none.className = "muted";
                none.textContent = msg("none");
                results.appendChild(none);
            }
            answer.items.forEach(function (item) {
                var entry = document.createElement("li");
                var button = document.createElement("button");
                button.type = "button";
                button.className = "media-pick";
                button.setAttribute("data-media-id", item.id);
                if (item.thumbnail) {
                    var image = document.createElement("img");
                    image.src = item.thumbnail;
                    image.alt = "";
                    image.loading = "lazy";
                    button.appendChild(image);
                }
                var name = document.createElement("span");
                name.textContent = item.name + " (" + item.sizeText + ")";
                button.appendChild(name);
                button.addEventListener("click", function () {
                    choose(item);
                });
                entry.appendChild(button);
                results.appendChild(entry);
            });
            more.hidden = answer.page >= answer.totalPages;
        });
    }

    document.querySelectorAll("[data-pick]").forEach(function (button) {
        button.addEventListener("click", function () {
            pickState.kind = button.getAttribute("data-pick");
            pickState.target = button.getAttribute("data-target");
            picker.hidden = false;
            load(1);
        });
    });
    document.getElementById("picker-search").addEventListener("click", function () {
        load(1);
    });
    document.getElementById("picker-q").addEventListener("keydown", function (event) {
        if (event.key === "Enter") {
            event.preventDefault();
            load(1);
        }
    });
    more.addEventListener("click", function () {
        load(pickState.page + 1);
    });
    document.getElementById("picker-close").addEventListener("click", function () {
        picker.hidden = true;
    });

    // For the rich-text editor (admin.js): pasted or dropped images are uploaded like the others, and its image
    // dialog lists the latest images of the library.
    window.CampusMedia = {
        imageListUrl: panel.getAttribute("data-image-list-url"),
        uploadForEditor: function (blobInfo) {
            var file = new File([blobInfo.blob()], blobInfo.filename(), {type: blobInfo.blob().type});
            return upload(file, "IMAGE").then(function (item) {
                return item.insertSrc;
            }, function (error) {
                throw {message: error, remove: true};
            });
        }
    };
})();
