#include "tobook_deflate.h"

#include <stdlib.h>
#include <zlib.h>

/* libzip reads its sources in pieces of this size and deflates each with Z_NO_FLUSH. */
enum { piece = 8192 };

int tobook_deflate_entry(const uint8_t *bytes, size_t size, int level, uint8_t **out,
                         size_t *out_size, uint32_t *crc) {
    z_stream stream = {0};
    if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return 1;
    size_t capacity = deflateBound(&stream, (uLong)size) + 64;
    uint8_t *buffer = malloc(capacity);
    if (!buffer) {
        deflateEnd(&stream);
        return 1;
    }
    stream.next_out = buffer;
    stream.avail_out = (uInt)capacity;
    size_t offset = 0;
    int status = Z_OK;
    while (status == Z_OK) {
        size_t n = size - offset < piece ? size - offset : piece;
        stream.next_in = (Bytef *)(bytes + offset);
        stream.avail_in = (uInt)n;
        offset += n;
        status = deflate(&stream, n == 0 ? Z_FINISH : Z_NO_FLUSH);
        if (status == Z_BUF_ERROR && n > 0) status = Z_OK;
        if (status == Z_OK && stream.avail_in != 0) status = Z_STREAM_ERROR;
    }
    deflateEnd(&stream);
    if (status != Z_STREAM_END) {
        free(buffer);
        return 1;
    }
    *out = buffer;
    *out_size = stream.total_out;
    *crc = (uint32_t)crc32(crc32(0L, Z_NULL, 0), bytes, (uInt)size);
    return 0;
}
