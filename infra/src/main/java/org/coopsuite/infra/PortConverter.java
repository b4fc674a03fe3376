package org.coopsuite.infra;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A TCP port, or 0 for a free one. */
final class PortConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below; picocli names the option
        }
        throw new TypeConversionException("'" + value + "' is not a port (0 to 65535; 0 picks a free one)");
    }
}
