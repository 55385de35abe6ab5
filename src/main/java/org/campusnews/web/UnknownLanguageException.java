package org.campusnews.web;

class UnknownLanguageException extends IllegalArgumentException {

    UnknownLanguageException(String code) {
        super("Unknown language: " + code);
    }
}
