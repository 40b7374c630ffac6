package org.policynarrative.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's one stylesheet ({@code report.css} beside this class) and the Content-Security-Policy
 * that allows exactly it: nothing may be loaded (no script, font, image, frame or connection),
 * and the only style is the inline stylesheet whose SHA-256 the policy names.
 */
final class Stylesheet {

  static final String CSS = load();

  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + sha256(CSS)
      + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

  private Stylesheet() {}

  private static String load() {
    try (InputStream in = Stylesheet.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from io-html's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report.css from io-html's jar", e);
    }
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
