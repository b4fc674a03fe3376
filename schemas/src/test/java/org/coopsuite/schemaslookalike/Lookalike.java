package org.coopsuite.schemaslookalike;

/** A class whose package merely starts with the trusted one: Avro must not trust it. */
public final class Lookalike {
}
