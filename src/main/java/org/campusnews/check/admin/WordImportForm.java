package org.campusnews.check.admin;

import org.springframework.web.multipart.MultipartFile;

/** The file of the word list's import form. */
public class WordImportForm {

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
