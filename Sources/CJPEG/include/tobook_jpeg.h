#ifndef TOBOOK_JPEG_H
#define TOBOOK_JPEG_H

#include <stddef.h>
#include <stdint.h>

/* libjpeg reports errors by calling exit() unless its error manager jumps back: these two
   functions own that setjmp/longjmp dance so Swift never sees it. */

/* Encodes packed 8-bit RGB rows as a baseline JFIF JPEG in memory. Returns 0 on success; the
   caller frees *out with tobook_jpeg_free. */
int tobook_jpeg_encode(const uint8_t *rgb, int width, int height, int quality, uint8_t **out,
                       unsigned long *size);

/* Decodes a whole JPEG to prove it is readable, and gives its size. Returns 0 when it is. */
int tobook_jpeg_check(const uint8_t *data, unsigned long size, int *width, int *height);

void tobook_jpeg_free(uint8_t *buffer);

/* A JPEG written band by band from Cairo's RGB24 pixels (32-bit words, 0xXXRRGGBB), so a large
   image never needs to be in memory whole. The bytes are those of tobook_jpeg_encode (libjpeg's
   optimize_coding) for the same pixels, but the Huffman tables are optimized after the fact from
   the finished file, since optimize_coding holds every coefficient of the image. Every call
   returns 0 on success; after a failure, or after finish, the writer is gone. */
typedef struct tobook_jpeg_writer tobook_jpeg_writer;

tobook_jpeg_writer *tobook_jpeg_writer_new(int width, int height, int quality);
int tobook_jpeg_writer_write(tobook_jpeg_writer *writer, const uint8_t *pixels, int stride,
                             int rows);
int tobook_jpeg_writer_finish(tobook_jpeg_writer *writer, uint8_t **out, unsigned long *size);
void tobook_jpeg_writer_abandon(tobook_jpeg_writer *writer);

#endif
