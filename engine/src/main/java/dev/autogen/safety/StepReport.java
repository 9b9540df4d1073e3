package dev.autogen.safety;

import dev.autogen.dialect.LockFacts;

/**
 * One step of a linted revision: what it does and what it costs, measured on a scratch database or taken from the
 * dialect's static table ({@code measured} says which).
 */
public record StepReport(int number, String description, LockFacts facts, boolean measured) {
}
