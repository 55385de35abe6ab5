package org.campusnews.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

final class FreePort {

    private FreePort() {
    }

    /** A loopback port that is free now (another process could still take it before it is used). */
    static int find() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
