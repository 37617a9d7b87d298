package org.parley.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * One opening of a store: a random id, the login and the computer, which a workshop's lease on a server names to the
 * other sessions (decision 0036).
 */
public record StoreSession(String id, String holder, String host) {

    static StoreSession here() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException | SecurityException e) {
            host = "an unnamed computer";
        }
        return new StoreSession(UUID.randomUUID().toString(), System.getProperty("user.name", "someone"), host);
    }
}
