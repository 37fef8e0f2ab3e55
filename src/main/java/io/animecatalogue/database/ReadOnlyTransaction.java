package io.animecatalogue.database;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a read in a transaction of its own whose entities are loaded read-only and never flushed: Hibernate then
 * keeps no snapshots and dirty-checks nothing, which on a list page with hundreds of embedded credits is most of its
 * work. Called inside a transaction that is already running, the method joins it unchanged, so that a writer who
 * reads through it can still change what it reads.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnlyTransaction {
}
