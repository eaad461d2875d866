package vn.lienthong.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Raises the request body limit for an endpoint that takes files; all others take {@link #DEFAULT}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MaxBodySize {

    long DEFAULT = 256 * 1024;
    long IMPORT = 20 * 1024 * 1024;

    long value();
}
