package vn.lienthong.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raises the request body limit for an endpoint that takes files; all others take {@link #DEFAULT}. With
 * {@link #property()} the limit is a setting in megabytes (MicroProfile Config), {@link #value()} its default.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MaxBodySize {

    long DEFAULT = 256 * 1024;
    long IMPORT = 20 * 1024 * 1024;

    long value();

    /** A MicroProfile Config property that sets the limit in megabytes; empty for the fixed {@link #value()}. */
    String property() default "";
}
