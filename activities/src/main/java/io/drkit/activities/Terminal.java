package io.drkit.activities;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a named error that trying again cannot change (bad input, a lock someone else holds, divergent data): the
 * state machines' standard Retry lists every error so marked with {@code MaxAttempts: 0}, and the contract test
 * keeps that list and these marks the same.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Terminal {}
