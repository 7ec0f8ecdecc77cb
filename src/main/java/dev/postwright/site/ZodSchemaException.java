package dev.postwright.site;

/** A content config file holds no zod object schema Postwright can read; the message says why. */
public class ZodSchemaException extends Exception {

    private static final long serialVersionUID = 1L;

    public ZodSchemaException(String message) {
        super(message);
    }
}
