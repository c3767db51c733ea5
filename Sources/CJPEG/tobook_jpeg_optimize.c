#include "tobook_jpeg_optimize.h"

#include <stdlib.h>
#include <string.h>

#include "tobook_huffman.h"

/* Exported by libjpeg (jchuff.c) though no public header declares it: the very routine its
   optimize_coding pass builds tables with, so the tables come out the same. */
extern void jpeg_gen_optimal_table(j_compress_ptr info, JHUFF_TBL *table, long freq[]);

enum { MAX_SEGMENTS = 32, DC = 0, AC = 1 };

typedef struct {
    size_t offset;
    size_t length; /* the whole segment, marker included */
    uint8_t marker;
} segment;

typedef struct {
    int id, h, v; /* from SOF */
    int dc, ac;   /* from SOS */
} component;

/* What the header says, and the symbol counts of the coded data. */
typedef struct {
    const uint8_t *jpeg;
    size_t size;
    segment segments[MAX_SEGMENTS];
    int segment_count;
    size_t data_start;
    int width, height, max_h, max_v;
    component frame[4];
    int frame_count;
    component scan[4];
    int scan_count;
    tobook_huffman_table old_tables[2][4];
    int defined[2][4];
    tobook_huffman_table new_tables[2][4];
    int built[2][4];
    long counts[2][4][257];
} layout;

static int read_u16(const uint8_t *bytes) { return (bytes[0] << 8) | bytes[1]; }

static int parse_frame(layout *l, const uint8_t *body, size_t length) {
    if (length < 6 || body[0] != 8) return 1;
    l->height = read_u16(body + 1);
    l->width = read_u16(body + 3);
    l->frame_count = body[5];
    if (l->frame_count < 1 || l->frame_count > 4 || length != 6 + 3 * (size_t)l->frame_count)
        return 1;
    for (int i = 0; i < l->frame_count; i++) {
        component *c = &l->frame[i];
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
static int parse_tables(layout *l, const uint8_t *body, size_t length) {
    size_t at = 0;
    while (at < length) {
        if (length - at < 17) return 1;
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

static int parse_scan(layout *l, const uint8_t *body, size_t length) {
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
        if (!l->defined[DC][l->scan[i].dc] || !l->defined[AC][l->scan[i].ac]) return 1;
    }
    const uint8_t *spectral = body + 1 + 2 * l->scan_count;
    return !(spectral[0] == 0 && spectral[1] == 63 && spectral[2] == 0);
}

/* Reads the segments up to SOS: only what baseline, single-scan libjpeg output holds. */
static int parse(layout *l) {
    const uint8_t *p = l->jpeg;
    if (l->size < 4 || p[0] != 0xFF || p[1] != 0xD8) return 1;
    l->segments[l->segment_count++] = (segment){0, 2, 0xD8};
    size_t at = 2;
    while (l->segment_count < MAX_SEGMENTS) {
        if (l->size - at < 4 || p[at] != 0xFF) return 1;
        uint8_t marker = p[at + 1];
        size_t length = (size_t)read_u16(p + at + 2) + 2;
        if (length < 4 || l->size - at < length) return 1;
        l->segments[l->segment_count++] = (segment){at, length, marker};
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

/* One pass over the coded data: counts the symbols when `writer` is NULL, as libjpeg's
   htest_one_block does, else writes each symbol again with the new tables. */
typedef struct {
    layout *l;
    tobook_bit_reader reader;
    tobook_bit_writer *writer;
} coder;

static void recode(coder *c, int kind, int number, int symbol) {
    if (c->writer == NULL) {
        c->l->counts[kind][number][symbol]++;
    } else {
        const tobook_huffman_table *table = &c->l->new_tables[kind][number];
        tobook_bits_write(c->writer, table->code[symbol], table->length[symbol]);
    }
}

/* The extra bits that follow a symbol, copied as they are: they hold the coefficient. */
static void copy_bits(coder *c, int n) {
    uint32_t bits = tobook_bits_read(&c->reader, n);
    if (c->writer != NULL) tobook_bits_write(c->writer, bits, n);
}

static int recode_block(coder *c, const component *comp) {
    int size = tobook_bits_decode(&c->reader, &c->l->old_tables[DC][comp->dc]);
    if (size < 0 || size > 11) return 1;
    recode(c, DC, comp->dc, size);
    copy_bits(c, size);
    for (int k = 1; k < 64; k++) {
        int symbol = tobook_bits_decode(&c->reader, &c->l->old_tables[AC][comp->ac]);
        if (symbol < 0) return 1;
        recode(c, AC, comp->ac, symbol);
        int run = symbol >> 4, bits = symbol & 15;
        if (symbol == 0x00) break; /* EOB: the rest are zeros */
        if (bits == 0 && run != 15) return 1;
        k += run; /* 0xF0 (ZRL) skips 16 zeros: 15 here and one by the loop */
        if (k > 63) return 1;
        copy_bits(c, bits);
    }
    return c->reader.damaged;
}

/* Every block of the single interleaved scan, MCU by MCU. */
static int code_data(layout *l, tobook_bit_writer *writer) {
    coder c = {l, {l->jpeg, l->size, l->data_start, 0, 0, 0}, writer};
    long across = (l->width + 8 * l->max_h - 1) / (8 * l->max_h);
    long down = (l->height + 8 * l->max_v - 1) / (8 * l->max_v);
    int interleaved = l->scan_count > 1;
    if (!interleaved) {
        across = (l->width + 7) / 8;
        down = (l->height + 7) / 8;
    }
    for (long mcu = 0; mcu < across * down; mcu++) {
        for (int i = 0; i < l->scan_count; i++) {
            int blocks = interleaved ? l->scan[i].h * l->scan[i].v : 1;
            for (int b = 0; b < blocks; b++) {
                if (recode_block(&c, &l->scan[i])) return 1;
            }
        }
    }
    /* What follows the coded data must be EOI, and nothing else. */
    size_t end = c.reader.position;
    return !(l->size - end == 2 && l->jpeg[end] == 0xFF && l->jpeg[end + 1] == 0xD9);
}

/* libjpeg's optimal tables from the counts, for the tables the scan uses. */
static int build_tables(j_compress_ptr info, layout *l) {
    for (int i = 0; i < l->scan_count; i++) {
        int numbers[2] = {l->scan[i].dc, l->scan[i].ac};
        for (int kind = DC; kind <= AC; kind++) {
            tobook_huffman_table *table = &l->new_tables[kind][numbers[kind]];
            if (l->built[kind][numbers[kind]]++) continue;
            JHUFF_TBL built;
            memset(&built, 0, sizeof(built));
            jpeg_gen_optimal_table(info, &built, l->counts[kind][numbers[kind]]);
            memcpy(table->bits, built.bits, sizeof(table->bits));
            memcpy(table->values, built.huffval, sizeof(table->values));
            if (tobook_huffman_derive(table)) return 1;
        }
    }
    return 0;
}

static size_t value_count(const uint8_t bits[17]) {
    size_t count = 0;
    for (int n = 1; n <= 16; n++) count += bits[n];
    return count;
}

/* A DHT segment with the same tables in the same order as `old`, their new contents. */
static void write_tables(layout *l, const segment *old, tobook_bit_writer *writer) {
    const uint8_t *body = l->jpeg + old->offset + 4;
    uint8_t numbers[8];
    int count = 0;
    size_t length = 2;
    for (size_t at = 0; at < old->length - 4 && count < 8; count++) {
        int number = numbers[count] = body[at];
        at += 17 + value_count(body + at); /* body + at: the index, then the 16 counts */
        length += 17 + value_count(l->new_tables[number >> 4][number & 15].bits);
    }
    uint8_t head[4] = {0xFF, 0xC4, (uint8_t)(length >> 8), (uint8_t)length};
    tobook_bytes_write(writer, head, 4);
    for (int i = 0; i < count; i++) {
        const tobook_huffman_table *table = &l->new_tables[numbers[i] >> 4][numbers[i] & 15];
        tobook_bytes_write(writer, &numbers[i], 1);
        tobook_bytes_write(writer, table->bits + 1, 16);
        tobook_bytes_write(writer, table->values, value_count(table->bits));
    }
}

int tobook_jpeg_optimize(j_compress_ptr info, const uint8_t *jpeg, size_t size, uint8_t **out,
                         unsigned long *out_size) {
    layout *l = calloc(1, sizeof(layout));
    if (l == NULL) return 1;
    l->jpeg = jpeg;
    l->size = size;
    if (parse(l) || code_data(l, NULL) || build_tables(info, l)) {
        free(l);
        return 1;
    }
    tobook_bit_writer writer = {0};
    for (int i = 0; i < l->segment_count; i++) {
        const segment *s = &l->segments[i];
        if (s->marker == 0xC4) {
            write_tables(l, s, &writer);
        } else {
            tobook_bytes_write(&writer, jpeg + s->offset, s->length);
        }
    }
    int failed = code_data(l, &writer);
    tobook_bits_flush(&writer);
    static const uint8_t end[2] = {0xFF, 0xD9};
    tobook_bytes_write(&writer, end, 2);
    free(l);
    if (failed || writer.failed) {
        free(writer.data);
        return 1;
    }
    *out = writer.data;
    *out_size = writer.size;
    return 0;
}
