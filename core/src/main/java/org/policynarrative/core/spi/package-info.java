/**
 * How formats plug in. A format implements {@link org.policynarrative.core.spi.NarrativeFormat}
 * and is registered as a {@link java.util.ServiceLoader} service (with {@code provides} in its
 * module-info and a {@code META-INF/services} entry, so it is found on the module path and the
 * class path alike); {@link org.policynarrative.core.spi.NarrativeFormats} finds it by name or by
 * file extension. Every reader reports bad input as a
 * {@link org.policynarrative.core.spi.NarrativeFormatException}.
 *
 * <p>What every adapter needs besides its parsing library is here too, so that the adapters (this
 * project's and anyone else's) behave alike:
 * <ul>
 *   <li>{@link org.policynarrative.core.spi.DocumentLimits}: the limits every format applies (one
 *       set of defaults, so that what one format writes every format reads back), the document length
 *       counted exactly on read and on write, with one message for a document that passes it;</li>
 *   <li>{@link org.policynarrative.core.spi.StrictUtf8}: UTF-8 decoding that reports malformed
 *       bytes where they are instead of replacing them;</li>
 *   <li>{@link org.policynarrative.core.spi.LocationIndex}: where each value of a document was
 *       read, so that a problem the validator finds later has a line and column;</li>
 *   <li>{@link org.policynarrative.core.spi.ReadValidation}: the policy for the checks across a
 *       whole narrative on read, and the one error when they fail;</li>
 *   <li>{@link org.policynarrative.core.spi.AtomicFiles}: writing a file so that readers see the
 *       old content or the new, never a part.</li>
 * </ul>
 * A model value that is invalid on its own fails its {@code build()} with
 * {@link org.policynarrative.core.InvalidValueException}, whose type, attribute and reason locate
 * the error without reading its message.
 *
 * <p>Formats are shared between threads and must be thread-safe; so are
 * {@link org.policynarrative.core.spi.NarrativeFormats} and
 * {@link org.policynarrative.core.spi.AtomicFiles}, through which every path writer replaces its
 * file atomically, with concurrent writers of one file, links, permissions and owners handled as
 * that class describes.
 */
package org.policynarrative.core.spi;
