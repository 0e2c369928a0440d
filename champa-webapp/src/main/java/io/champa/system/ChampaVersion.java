package io.champa.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Champa's own version, written into the jar by the build. */
public final class ChampaVersion {

  private static final String VERSION = load();

  private ChampaVersion() {
  }

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ChampaVersion.class.getResourceAsStream("/io/champa/champa.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
