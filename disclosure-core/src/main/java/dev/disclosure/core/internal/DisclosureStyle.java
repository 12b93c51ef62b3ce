package dev.disclosure.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the core module: implementations are package-private and hidden
 * behind the abstract value type, which exposes {@code of(…)} and, where it has many fields, a
 * nested public {@code Builder}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = false),
    // JDK collections in the generated builders: every null element is refused with the
    // attribute's name ("localGroundIds element"), which Guava's builders do not give
    jdkOnly = true,
    // generate no annotations from whatever happens to be on the class path (JSR 305, Error Prone):
    // the module does not read those packages
    allowedClasspathAnnotations = {Override.class})
public @interface DisclosureStyle {}
