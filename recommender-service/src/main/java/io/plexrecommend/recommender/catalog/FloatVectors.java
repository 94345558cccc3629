package io.plexrecommend.recommender.catalog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Vectors as BLOBs of little-endian IEEE 754 floats, the layout numpy and most tools read without a hint. */
public final class FloatVectors {

    public static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    public static float[] fromBytes(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("a float vector needs a multiple of 4 bytes, got " + bytes.length);
        }
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    private FloatVectors() {
    }
}
