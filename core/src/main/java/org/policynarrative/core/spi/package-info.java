/**
 * How formats plug in. A format implements {@link org.policynarrative.core.spi.NarrativeFormat}
 * and is registered as a {@link java.util.ServiceLoader} service (with {@code provides} in its
 * module-info and a {@code META-INF/services} entry, so it is found on the module path and the
 * class path alike); {@link org.policynarrative.core.spi.NarrativeFormats} finds it by name or by
 * file extension. Every reader reports bad input as a
 * {@link org.policynarrative.core.spi.NarrativeFormatException}.
 *
 * <p>Formats are shared between threads and must be thread-safe; so are
 * {@link org.policynarrative.core.spi.NarrativeFormats} and
 * {@link org.policynarrative.core.spi.AtomicFiles}, through which every path writer replaces its
 * file atomically, with concurrent writers of one file, links, permissions and owners handled as
 * that class describes.
 */
package org.policynarrative.core.spi;
