#include "tobook_jpeg_layout.h"

#include <string.h>

static int read_u16(const uint8_t *bytes) { return (bytes[0] << 8) | bytes[1]; }

static int parse_frame(tobook_jpeg_layout *l, const uint8_t *body, size_t length) {
    if (length < 6 || body[0] != 8) return 1;
    l->height = read_u16(body + 1);
    l->width = read_u16(body + 3);
    l->frame_count = body[5];
    if (l->frame_count < 1 || l->frame_count > 4 || length != 6 + 3 * (size_t)l->frame_count)
        return 1;
    for (int i = 0; i < l->frame_count; i++) {
        tobook_jpeg_component *c = &l->frame[i];
        c->id = body[6 + 3 * i];
        c->h = body[7 + 3 * i] >> 4;
        c->v = body[7 + 3 * i] & 15;
        if (c->h < 1 || c->h > 4 || c->v < 1 || c->v > 4) return 1;
        if (c->h > l->max_h) l->max_h = c->h;
        if (c->v > l->max_v) l->max_v = c->v;
    }
    return l->width == 0 || l->height == 0;
}

/* One DHT segment's tables (libjpeg writes one table a segment). */
static int parse_tables(tobook_jpeg_layout *l, const uint8_t *body, size_t length) {
    size_t at = 0;
    for (int tables = 0; at < length; tables++) {
        if (length - at < 17 || tables == 8) return 1;
        int kind = body[at] >> 4, number = body[at] & 15;
        if (kind > 1 || number > 3) return 1;
        tobook_huffman_table *table = &l->old_tables[kind][number];
        size_t count = 0;
        for (int n = 1; n <= 16; n++) count += (table->bits[n] = body[at + n]);
        if (count > 256 || length - at - 17 < count) return 1;
        memcpy(table->values, body + at + 17, count);
        if (tobook_huffman_derive(table)) return 1;
        l->defined[kind][number] = 1;
        at += 17 + count;
    }
    return 0;
}

static int parse_scan(tobook_jpeg_layout *l, const uint8_t *body, size_t length) {
    l->scan_count = length > 0 ? body[0] : 0;
    if (l->scan_count != l->frame_count || length != 4 + 2 * (size_t)l->scan_count) return 1;
    for (int i = 0; i < l->scan_count; i++) {
        int id = body[1 + 2 * i], tables = body[2 + 2 * i];
        int found = 0;
        for (int j = 0; j < l->frame_count; j++) {
            if (l->frame[j].id == id) {
                l->scan[i] = l->frame[j];
                found = 1;
            }
        }
        l->scan[i].dc = tables >> 4;
        l->scan[i].ac = tables & 15;
        if (!found || l->scan[i].dc > 3 || l->scan[i].ac > 3) return 1;
        if (!l->defined[TOBOOK_DC][l->scan[i].dc]) return 1;
        if (!l->defined[TOBOOK_AC][l->scan[i].ac]) return 1;
    }
    const uint8_t *spectral = body + 1 + 2 * l->scan_count;
    return !(spectral[0] == 0 && spectral[1] == 63 && spectral[2] == 0);
}

int tobook_jpeg_layout_parse(tobook_jpeg_layout *l) {
    const uint8_t *p = l->jpeg;
    if (l->size < 4 || p[0] != 0xFF || p[1] != 0xD8) return 1;
    l->segments[l->segment_count++] = (tobook_jpeg_segment){0, 2, 0xD8};
    size_t at = 2;
    while (l->segment_count < TOBOOK_JPEG_MAX_SEGMENTS) {
        if (l->size - at < 4 || p[at] != 0xFF) return 1;
        uint8_t marker = p[at + 1];
        size_t length = (size_t)read_u16(p + at + 2) + 2;
        if (length < 4 || l->size - at < length) return 1;
        l->segments[l->segment_count++] = (tobook_jpeg_segment){at, length, marker};
        const uint8_t *body = p + at + 4;
        size_t body_length = length - 4;
        int failed = 0;
        if (marker == 0xC0) {
            failed = parse_frame(l, body, body_length);
        } else if (marker == 0xC4) {
            failed = parse_tables(l, body, body_length);
        } else if (marker >= 0xC1 && marker <= 0xCF && marker != 0xC8 && marker != 0xCC) {
            failed = 1; /* progressive, extended, lossless or arithmetic */
        } else if (marker == 0xDD) {
            failed = body_length != 2 || read_u16(body) != 0; /* restart intervals */
        } else if (marker == 0xDA) {
            l->data_start = at + length;
            return l->frame_count == 0 || parse_scan(l, body, body_length);
        }
        if (failed) return 1;
        at += length;
    }
    return 1;
}

