package org.coopsuite.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses a JSON string that is no valid Unicode: a lone surrogate ({@code "\ud800"}), which JSON's
 * escapes allow but no character is. It would be stored as {@code ?} and published as what
 * nobody wrote; refused, it is a 400 naming the field like any other unreadable value.
 */
final class ValidUnicode extends SimpleModule {

    ValidUnicode() {
        super("coop-valid-unicode");
        addDeserializer(String.class, new Strings());
    }

    /** Jackson's own strings, checked once read. */
    static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && !wellFormed(text)) {
                return (String) context.handleWeirdStringValue(String.class, text,
                        "not valid Unicode: a lone surrogate");
            }
            return text;
        }

        static boolean wellFormed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
