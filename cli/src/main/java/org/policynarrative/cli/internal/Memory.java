package org.policynarrative.cli.internal;

/**
 * What to say when the JVM runs out of memory: one line with the heap it had and how to give it
 * more, instead of a stack trace of thirty lines.
 */
final class Memory {

  private Memory() {}

  /** The one-line message for {@code e}. */
  static String outOfMemory(OutOfMemoryError e) {
    long maxMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return "out of memory (" + Errors.oneLine(String.valueOf(e.getMessage())) + "; the JVM may use at most " + maxMiB
        + " MiB); give it more, for example JAVA_OPTS=-Xmx4g with the policy-narrative launcher, or java -Xmx4g -jar"
        + " policy-narrative.jar; docs/reliability.md says how much memory a document of a given size needs";
  }
}
