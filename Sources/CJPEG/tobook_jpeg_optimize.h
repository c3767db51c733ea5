#ifndef TOBOOK_JPEG_OPTIMIZE_H
#define TOBOOK_JPEG_OPTIMIZE_H

#include <stdint.h>
#include <stdio.h>

#include <jpeglib.h>

/* Rewrites a baseline, single-scan JPEG that libjpeg wrote with its standard Huffman tables into
   the bytes libjpeg writes for the same image with optimize_coding: the symbols are counted, the
   tables built by libjpeg's own jpeg_gen_optimal_table, the DHT segments replaced and the coded
   data recoded. libjpeg's optimize_coding keeps every coefficient of the image for its counting
   pass (12 MB for a 1600x2560 cover); this needs only the two files. `info` is the compressor
   that wrote the JPEG (for libjpeg's error handling). Returns 0 and a malloc'ed *out, or 1 for
   a JPEG outside that form or out of memory. */
int tobook_jpeg_optimize(j_compress_ptr info, const uint8_t *jpeg, size_t size, uint8_t **out,
                         unsigned long *out_size);

#endif
