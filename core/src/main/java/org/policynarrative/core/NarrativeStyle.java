package org.policynarrative.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every model type. Source retention: it leaves nothing in the
 * bytecode, so core keeps no run-time dependency on Immutables.
 *
 * <p>Generated {@code Immutable*} classes are package-private; users only see the abstract
 * types, their nested {@code Builder} and their static factories.
 *
 * <p>Builders are not strict: {@code Narrative.builder().from(narrative)} copies every attribute of a
 * value, and a later setter replaces what an earlier one set, so changing one thing in a copy is one
 * call. (A strict builder, which refuses a second set, generates no {@code from}.)
 *
 * <p>Collections are Java 9's immutable lists ({@code List.copyOf}): one object holding its
 * elements, where an unmodifiable wrapper around an {@code ArrayList} took three, so a large
 * narrative takes less memory and is faster to walk. {@code Map.copyOf} would lose the order of a
 * map's entries, so the types with maps use {@link NarrativeMapStyle} instead.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jdk9Collections = true,
    throwForInvalidImmutableState = InvalidValueException.class,
    allowedClasspathAnnotations = Override.class,
    defaults = @Value.Immutable(copy = false))
@interface NarrativeStyle {}
