package org.parley.app.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Which Parley this is: the version Maven wrote into {@code build.properties} when it built the classes. */
public final class BuildInfo {

    private BuildInfo() {
    }

    /** The project version, such as "0.2.0-SNAPSHOT". */
    public static String version() {
        Properties facts = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing from the classpath: rebuild Parley");
            }
            facts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return facts.getProperty("version");
    }

    /** The Java runtime Parley runs on: "17.0.13 (Eclipse Adoptium)". */
    public static String runtime() {
        return System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                + System.getProperty("java.vendor", "unknown vendor") + ")";
    }
}
