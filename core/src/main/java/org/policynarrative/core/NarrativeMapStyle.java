package org.policynarrative.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@link NarrativeStyle} for the types with a {@code Map} attribute ({@link Era}, {@link Sector}):
 * the same settings, but collections stay the JDK's unmodifiable wrappers, so a map keeps the
 * order its entries were added in (labels are written in that order).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    throwForInvalidImmutableState = InvalidValueException.class,
    allowedClasspathAnnotations = Override.class,
    defaults = @Value.Immutable(copy = false))
@interface NarrativeMapStyle {}
