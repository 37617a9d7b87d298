package org.parley.ui.common;

/** A piece of background work that may report progress. */
@FunctionalInterface
public interface Work<T> {

    T call(Progress progress) throws Exception;
}
