package org.campusnews.benchmark;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The programs the benchmark runs besides the application: wrk and nginx, as Debian installs them. */
record Tools(Path wrk, Path nginx) {

    static Tools find() {
        Optional<Path> wrk = executable("wrk");
        Optional<Path> nginx = executable("nginx");
        List<String> missing = new ArrayList<>();
        if (wrk.isEmpty()) {
            missing.add("wrk");
        }
        if (nginx.isEmpty()) {
            missing.add("nginx");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The public pages benchmark needs " + String.join(" and ", missing)
                    + ", which were not found: install the Debian packages with `apt-get install wrk nginx-light`");
        }
        return new Tools(wrk.get(), nginx.get());
    }

    /** Like {@code which}, also looking in /usr/sbin, where nginx is, which is not on every user's PATH. */
    private static Optional<Path> executable(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/sbin", "/usr/bin"))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
