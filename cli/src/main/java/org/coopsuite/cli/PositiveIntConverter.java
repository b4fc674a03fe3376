package org.coopsuite.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Counts, sizes and rates: a whole number above zero, for options where 0 or less means nothing. */
public final class PositiveIntConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below; picocli names the option
        }
        throw new TypeConversionException("'" + value + "' is not a positive whole number");
    }
}
