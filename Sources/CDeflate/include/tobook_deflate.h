#ifndef TOBOOK_DEFLATE_H
#define TOBOOK_DEFLATE_H

#include <stddef.h>
#include <stdint.h>

/* zlib's deflateInit2 is a macro Swift cannot call: this compresses one ZIP entry the way
   libzip does (raw deflate, 15-bit window, memory level 9, default strategy, input in 8 KB
   pieces), so an entry deflated here and stored by libzip as it is has the same bytes. */

/* Deflates `size` bytes at `level`; returns 0 and sets `*out` (free with free()),
   `*out_size` and `*crc` (the CRC-32 of the input), or nonzero when zlib fails. */
int tobook_deflate_entry(const uint8_t *bytes, size_t size, int level, uint8_t **out,
                         size_t *out_size, uint32_t *crc);

#endif
