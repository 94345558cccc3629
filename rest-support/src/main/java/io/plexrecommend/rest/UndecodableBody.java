package io.plexrecommend.rest;

/**
 * Recognises a request body the framework could not decode. Its form reader reports a broken {@code %} escape as a
 * bare {@link IllegalArgumentException} and a field without a name as an {@link IndexOutOfBoundsException}, its
 * multipart reader a broken boundary as an {@link java.io.IOException} ("Connection terminated parsing multipart
 * request"): the same types a bug of ours would throw, so the thrower decides. Only a failure raised while the body
 * was read is the client's fault.
 */
final class UndecodableBody {

    static boolean isUndecodableBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("io.netty.handler.codec.")) {
                return true;
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                String name = frame.getClassName();
                if (name.startsWith("org.jboss.resteasy.reactive.server.core.multipart.") || name.contains("FormUrlEncoded")
                        || name.endsWith("FormBodyHandler") || name.endsWith("RequestDeserializeHandler")) {
                    return true;
                }
            }
        }
        return false;
    }

    private UndecodableBody() {
    }
}
