package org.coopsuite.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Counts where none is a choice (no fault of a kind, say): a whole number, 0 or more. */
public final class NonNegativeIntConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below; picocli names the option
        }
        throw new TypeConversionException("'" + value + "' is not a whole number of 0 or more");
    }
}
