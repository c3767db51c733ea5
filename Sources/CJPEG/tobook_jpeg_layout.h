#ifndef TOBOOK_JPEG_LAYOUT_H
#define TOBOOK_JPEG_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "tobook_huffman.h"

enum { TOBOOK_JPEG_MAX_SEGMENTS = 32, TOBOOK_DC = 0, TOBOOK_AC = 1 };

typedef struct {
    size_t offset;
    size_t length; /* the whole segment, marker included */
    uint8_t marker;
} tobook_jpeg_segment;

typedef struct {
    int id, h, v; /* from SOF */
    int dc, ac;   /* from SOS */
} tobook_jpeg_component;

/* What the header says, and the symbol counts of the coded data. */
typedef struct {
    const uint8_t *jpeg;
    size_t size;
    tobook_jpeg_segment segments[TOBOOK_JPEG_MAX_SEGMENTS];
    int segment_count;
    size_t data_start;
    int width, height, max_h, max_v;
    tobook_jpeg_component frame[4];
    int frame_count;
    tobook_jpeg_component scan[4];
    int scan_count;
    tobook_huffman_table old_tables[2][4];
    int defined[2][4];
    tobook_huffman_table new_tables[2][4];
    int built[2][4];
    long counts[2][4][257];
} tobook_jpeg_layout;

/* Reads the segments up to SOS, refusing anything but what libjpeg writes for a baseline,
   single-scan image without restart intervals. Returns 0 when `l->jpeg` is such a file. */
int tobook_jpeg_layout_parse(tobook_jpeg_layout *l);

#endif
