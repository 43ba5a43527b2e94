package org.nocontact.json;

/** Strict UTF-8 validation (no overlongs, no surrogates, nothing past U+10FFFF). */
final class Utf8 {
    private Utf8() {
    }

    /** The index of the first byte that does not start or continue a valid sequence, or -1. */
    static int firstInvalidByte(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length;
            int min;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + length > bytes.length) {
                return i;
            }
            int codePoint = b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return i;
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return i;
            }
            i += length;
        }
        return -1;
    }
}
